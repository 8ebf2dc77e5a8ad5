import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };

// zod's code is built into the package (types still come from the installed zod): Turbopack, Next's default bundler,
// keeps the bodies of every schema class in zod's modules, used or not, and doubled the kit's zod. Built here, only
// the parts the kit uses remain, and every bundler gets the same code.
const bundled = ['zod'];
const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)].filter(
  (name) => !bundled.includes(name),
);

// One output file per source file keeps 'use client' on each module and lets bundlers drop what an app leaves unused.
// Five entries and the locales: the kit, its components (`talon-react/components`; their CSS is built by scripts/build-css.mjs),
// `talon-react/mock` (the sandbox), `talon-react/mock/msw` (its MSW handlers, the one entry that needs msw) and
// `talon-react/proxy` (the server-side handler that holds the API key), which the kit never imports. The sandbox and
// the proxy share src/server.
// Each language is an entry of its own (`talon-react/locales/de`): a shop pays only for the words it imports.
const locales = Object.fromEntries(
  readdirSync('src/locales').map((file) => [`locales/${file.replace(/\.ts$/, '')}`, `src/locales/${file}`]),
);

// zod's MIT licence asks that its notice travel with its code.
const bundledLicences: Plugin = {
  name: 'bundled-licences',
  generateBundle() {
    for (const name of bundled) {
      this.emitFile({
        type: 'asset',
        fileName: `vendor/${name}/LICENSE`,
        source: readFileSync(`node_modules/${name}/LICENSE`, 'utf8'),
      });
    }
  },
};

export default defineConfig({
  plugins: [react(), bundledLicences],
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
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // npm leaves out any folder named node_modules: the bundled modules go to dist/vendor.
        entryFileNames: ({ name }) => `${name.replace(/^node_modules\//, 'vendor/')}.js`,
      },
    },
  },
});
