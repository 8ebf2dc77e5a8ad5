import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { talonAliases } from './demo/vite.config.js';

const browserTests = 'test/**/*.browser.test.{ts,tsx}';
// In Node, but slow and in need of Chromium: the static Storybook build, driven with Playwright.
const storybookStaticTests = 'test/storybook/**/*.test.ts';
// In Node, driving Chromium with Playwright: the demo storefront end to end (`npm start`'s servers, in-process).
const e2eTests = 'test/e2e/**/*.test.ts';
// In Node, with services beside it: a real redis-server, Miniflare's workerd (`npm run test:services`).
const serviceTests = 'test/services/**/*.test.ts';

// Real Chromium for the `browser` project (`npm run test:browser`): Debian's, not a Playwright download. A factory,
// because Vitest mutates the object it is given.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, browserTests, storybookStaticTests, e2eTests, serviceTests],
          setupFiles: ['test/setup.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
        },
      },
      {
        // The hooks in a real browser: its fetch, its AbortController, MSW's service worker (public/).
        extends: true,
        test: {
          name: 'browser',
          include: [browserTests],
          browser: browser(),
        },
      },
      {
        // Every story in stories/ as a test in real Chromium: it renders (with MSW and the sandbox), its play function
        // passes, and axe finds no violations (`a11y.test: 'error'` in .storybook/preview.tsx).
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: browser(),
        },
      },
      {
        // `npm run build-storybook`'s folder served from a sub-path, in Chromium (test/storybook/static.test.ts).
        test: {
          name: 'storybook-static',
          environment: 'node',
          include: [storybookStaticTests],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The demo storefront in Chromium (test/e2e): its server code imports the kit by its package names.
        resolve: { alias: talonAliases },
        test: {
          name: 'e2e',
          environment: 'node',
          include: [e2eTests],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Shared state and other runtimes (test/services): two proxy processes on one Redis, the proxy in workerd.
        test: {
          name: 'services',
          environment: 'node',
          globals: true,
          include: [serviceTests],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
