// `npm run test:react18`: the unit project again, on React 18 from .cache/react18 (scripts/install-react18.mjs puts
// it there), to prove the `react: ^18 || ^19` peer range.
//
// Every import of react and react-dom resolves to React 18: the aliases below apply to our sources and tests, and to
// the libraries that import React themselves (@testing-library/react, @tanstack/react-query) because those are
// inlined, i.e. transformed by Vite instead of being loaded by Node, which would find React 19 in node_modules.
// React 18 itself stays external, so its own `require`s (scheduler, react from react-dom) stay inside .cache/react18.
// test/react18/setup.tsx fails every test file if another React runs.
//
// Type tests (*.test-d.*) are not run here: they check against @types/react 19 in `npm test`, and the types do not
// change with the runtime.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration, type ViteUserConfig } from 'vitest/config';
import baseConfig from './vitest.config.js';

const react18 = fileURLToPath(new URL('./.cache/react18/node_modules/', import.meta.url));
if (!existsSync(`${react18}react/package.json`) || !existsSync(`${react18}react-dom/package.json`)) {
  throw new Error('React 18 is not in .cache/react18: run `npm run test:react18`, which installs it.');
}

// Vitest resolves packages by `main`, which for @testing-library/react is CommonJS: inlined or not, its `require`s are
// Node's and would load React 19. Its ES module build (`module`) goes through Vite, and the aliases, instead.
const testingLibrary = fileURLToPath(new URL('./node_modules/@testing-library/react/', import.meta.url));
const testingLibraryEsm = new URL(
  JSON.parse(readFileSync(`${testingLibrary}package.json`, 'utf8')).module,
  `file://${testingLibrary}`,
);

const base = baseConfig as ViteUserConfig;
// Only the unit project (in Node): the browser project runs in Chromium on the dev install's React 19.
const projects = ((base.test?.projects ?? []) as TestProjectInlineConfiguration[]).filter(
  (project) => project.test?.name === 'unit',
);

export default defineConfig({
  ...base,
  resolve: {
    ...base.resolve,
    alias: [
      // `react`, `react/jsx-runtime`, `react/jsx-dev-runtime`, `react-dom`, `react-dom/client`, `react-dom/server`,
      // `react-dom/test-utils` and any other subpath.
      { find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18}$1$2` },
      { find: /^@testing-library\/react$/, replacement: fileURLToPath(testingLibraryEsm) },
    ],
  },
  test: {
    ...base.test,
    server: { deps: { inline: ['@testing-library/react', '@tanstack/react-query'] } },
    projects: projects.map((project) => ({
      ...project,
      test: {
        ...project.test,
        setupFiles: ['test/react18/setup.tsx', ...[project.test?.setupFiles ?? []].flat()],
        typecheck: { enabled: false },
      },
    })),
  },
});
