import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };

const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];

// One output file per source file keeps 'use client' on each module and lets bundlers drop what an app leaves unused.
// Five entries and the locales: the kit, its components (`talon-react/components`; their CSS is built by scripts/build-css.mjs),
// `talon-react/mock` (the sandbox), `talon-react/mock/msw` (its MSW handlers, the one entry that needs msw) and
// `talon-react/proxy` (the server-side handler that holds the API key), which the kit never imports. The sandbox and
// the proxy share src/server.
// Each language is an entry of its own (`talon-react/locales/de`): a shop pays only for the words it imports.
const locales = Object.fromEntries(
  readdirSync('src/locales').map((file) => [`locales/${file.replace(/\.ts$/, '')}`, `src/locales/${file}`]),
);

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    // public/ holds MSW's worker for the browser tests and Storybook: not part of the package.
    copyPublicDir: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'components/index': 'src/components/index.ts',
        'mock/index': 'src/mock/index.ts',
        'mock/msw': 'src/mock/msw.ts',
        'proxy/index': 'src/proxy/index.ts',
        ...locales,
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
