// Storybook for talon-react's components: `npm run storybook` (dev server on port 6006) and `npm run build-storybook`
// (a static folder, storybook-static/, that works from any path: designers get it as a folder). Stories live in
// stories/; every one is backed by the embedded Talon.One sandbox through MSW's service worker (public/).
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { talonAliases } from '../demo/vite.config.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // public/mockServiceWorker.js, served next to iframe.html.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Stories import the kit by its package names (`talon-react/components`, `talon-react/mock` ...), as an app does;
  // the demo's aliases point those names at the sources, so no build step is needed.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { resolve: { alias: talonAliases } }),
  typescript: {
    // Prop tables from the TypeScript types, including props the components inherit (`StyleProps`), without React's
    // own DOM attributes.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
};

export default config;
