// Every story: the kit's styles, MSW answering from the sandbox (see stories/support), a fresh QueryClient and
// TalonProvider per story, and toolbar globals for the theme, locale (words and numbers), direction and currency. Axe violations fail the stories'
// tests (`a11y.test: 'error'`).
import type { Decorator, Preview } from '@storybook/react-vite';
import { sandboxHandlers } from '../stories/support/sandbox.js';
import { mswStoryLoader } from '../stories/support/msw.js';
import { StoryProviders, type Direction, type Theme } from '../stories/support/StoryProviders.js';
import { storyLocales } from '../stories/support/storyLocales.js';
import '../src/components/styles.css';

const withProviders: Decorator = (Story, context) => (
  <StoryProviders
    key={context.id}
    storyId={context.id}
    theme={(context.globals.theme as Theme | undefined) ?? 'light'}
    locale={(context.globals.locale as string | undefined) ?? 'en-US'}
    dir={(context.globals.dir as Direction | undefined) ?? 'auto'}
    currency={(context.globals.currency as string | undefined) ?? 'USD'}
    fill={context.viewMode === 'story'}
  >
    <Story />
  </StoryProviders>
);

const preview: Preview = {
  // msw-storybook-addon's mswLoader starts the worker; the story's parameters.msw.handlers answer its own requests
  // only, each sandboxHandlers() with a fresh sandbox (stories/support/msw.ts).
  loaders: [mswStoryLoader],
  decorators: [withProviders],
  globalTypes: {
    theme: {
      description: 'Colour theme of the components (data-talon-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the words (talon-react/locales) and locale of numbers, points, money and dates',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(storyLocales).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: "Text direction of the page: the locale's own (Arabic is right-to-left), or forced",
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: "The locale's" },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    currency: {
      description: 'Currency of the Talon.One Application',
      toolbar: {
        title: 'Currency',
        icon: 'credit',
        items: ['USD', 'EUR', 'GBP', 'JPY', 'CHF'].map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US', dir: 'auto', currency: 'USD' },
  parameters: {
    // Every story is served by a fresh demo sandbox unless it says otherwise.
    msw: { handlers: sandboxHandlers() },
    a11y: { test: 'error' },
    controls: { matchers: { date: /Date$/i } },
    layout: 'fullscreen',
  },
};

export default preview;
