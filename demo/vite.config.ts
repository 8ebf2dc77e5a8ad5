// The demo storefront's Vite config: React, and the kit's package names pointing at its sources, so the storefront
// imports `talon-react`, `talon-react/components` and `talon-react/styles.css` as an app does, with no build step.
// `startDemo` (demo/server/startDemo.ts) serves it in middleware mode; scripts/start.mjs loads the server code with it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Alias } from 'vite';

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/** The kit's public entry points, mapped to the sources (exact names only: `talon-react` is not a prefix). */
export const talonAliases: Alias[] = [
  { find: /^talon-react$/, replacement: src('index.ts') },
  { find: /^talon-react\/components$/, replacement: src('components/index.ts') },
  { find: /^talon-react\/styles\.css$/, replacement: src('components/styles.css') },
  { find: /^talon-react\/mock$/, replacement: src('mock/index.ts') },
  { find: /^talon-react\/mock\/msw$/, replacement: src('mock/msw.ts') },
  { find: /^talon-react\/proxy$/, replacement: src('proxy/index.ts') },
  { find: /^talon-react\/locales\/([\w-]+)$/, replacement: src('locales/$1.ts') },
];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Its own cache, apart from Storybook's and the tests' pre-bundled dependencies.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-demo', import.meta.url)),
  appType: 'spa',
  plugins: [react()],
  resolve: { alias: talonAliases },
  // Pre-bundled at start, so that the first page load does not discover them and reload the page.
  optimizeDeps: {
    entries: ['index.html'],
    include: ['react', 'react/jsx-dev-runtime', 'react-dom/client', '@tanstack/react-query', 'ky', 'zod/mini'],
  },
});
