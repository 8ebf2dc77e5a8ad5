// What every story renders in: a fresh QueryClient and a TalonProvider on the sandbox, in the toolbar's theme, locale
// and currency.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { createTalonTransport, TalonProvider } from 'talon-react';
import { STORY_HEADER } from './msw.js';
import { BASE_PATH } from './sandbox.js';

/** The toolbar's themes, and the page background of each (the kit's `--talon-color-background`). */
const themes = { light: '#ffffff', dark: '#0d1117' } as const;
export type Theme = keyof typeof themes;

export interface StoryProvidersProps {
  /** The story's id: the client sends it, so that the story's own MSW handlers answer (see ./msw.ts). */
  storyId: string;
  theme: Theme;
  locale: string;
  currency: string;
  /** Fill the canvas with the theme's background (the story page; not the docs page's small previews). */
  fill: boolean;
  children: ReactNode;
}

/**
 * A fresh QueryClient (no retries) and `TalonProvider` on `/api/talon`, whose client does not retry either (so error
 * states show at once), inside a wrapper with `data-talon-theme` and the theme's background.
 */
export function StoryProviders({ storyId, theme, locale, currency, fill, children }: StoryProvidersProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  const client = useMemo(
    () => createTalonTransport({ baseUrl: BASE_PATH, retry: 0, headers: { [STORY_HEADER]: storyId } }),
    [storyId],
  );
  return (
    <div
      data-talon-theme={theme}
      style={{
        background: themes[theme],
        colorScheme: theme,
        padding: '1rem',
        ...(fill ? { minHeight: '100vh', boxSizing: 'border-box' } : {}),
      }}
    >
      <QueryClientProvider client={queryClient}>
        <TalonProvider client={client} locale={locale} currency={currency}>
          {children}
        </TalonProvider>
      </QueryClientProvider>
    </div>
  );
}
