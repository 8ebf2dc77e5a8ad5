// What every story renders in: a fresh QueryClient and a TalonProvider on the sandbox, in the toolbar's theme, language
// (words and numbers), direction and currency, on a page that looks like a storefront's.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { createTalonTransport, TalonProvider } from 'talon-react';
import { STORY_HEADER } from './msw.js';
import { BASE_PATH } from './sandbox.js';
import { storyLocales } from './storyLocales.js';

/** The toolbar's themes (`data-talon-theme`). */
export type Theme = 'light' | 'dark';

/** The toolbar's directions: `auto` is the locale's own. */
export type Direction = 'auto' | 'ltr' | 'rtl';

// A storefront's page, not the browser's serif default: the system font stack most shops use, a page colour around
// the kit's own surfaces, and room at the edges.
const hostPage = {
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Noto Sans Arabic", sans-serif',
  lineHeight: 1.5,
  padding: '1.5rem',
} as const;
const pageBackgrounds: Record<Theme, string> = { light: '#f6f7f9', dark: '#010409' };

export interface StoryProvidersProps {
  /** The story's id: the client sends it, so that the story's own MSW handlers answer (see ./msw.ts). */
  storyId: string;
  theme: Theme;
  /** A key of `storyLocales`: its words go to the provider's `messages`, its tag to `locale`. */
  locale: string;
  dir: Direction;
  currency: string;
  /** Fill the canvas with the theme's background (the story page; not the docs page's small previews). */
  fill: boolean;
  children: ReactNode;
}

/**
 * A fresh QueryClient (no retries) and `TalonProvider` on `/api/talon`, whose client does not retry either (so error
 * states show at once), inside a host page with `data-talon-theme`, `lang` and `dir`.
 */
export function StoryProviders({ storyId, theme, locale, dir, currency, fill, children }: StoryProvidersProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  const client = useMemo(
    () => createTalonTransport({ baseUrl: BASE_PATH, retry: 0, headers: { [STORY_HEADER]: storyId } }),
    [storyId],
  );
  const language = storyLocales[locale];
  return (
    <div
      data-talon-theme={theme}
      lang={locale}
      dir={dir === 'auto' ? (language?.dir ?? 'ltr') : dir}
      style={{
        ...hostPage,
        background: pageBackgrounds[theme],
        color: theme === 'dark' ? '#e6edf3' : '#1f2328',
        colorScheme: theme,
        ...(fill ? { minHeight: '100vh', boxSizing: 'border-box' } : {}),
      }}
    >
      <QueryClientProvider client={queryClient}>
        <TalonProvider client={client} locale={locale} currency={currency} messages={language?.messages}>
          {children}
        </TalonProvider>
      </QueryClientProvider>
    </div>
  );
}
