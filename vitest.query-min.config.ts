// `npm run test:query-min`: the hooks', components' and SSR tests again on the lowest @tanstack/react-query of the peer
// range, from .cache/query-min (scripts/install-query-min.mjs puts it there), to prove that lower bound.
//
// Every import of @tanstack/react-query in our sources and tests resolves there; the library stays external, so its
// own imports (@tanstack/query-core, react) are Node's: query-core from .cache/query-min, react from the project.
// test/query-min/setup.ts fails every test file if another version runs. Type tests are not run here:
// `node scripts/check-types.mjs .cache/query-min` checks the published declarations against that version instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration, type ViteUserConfig } from 'vitest/config';
import baseConfig from './vitest.config.js';

const queryMin = fileURLToPath(new URL('./.cache/query-min/node_modules/@tanstack/react-query', import.meta.url));
if (!existsSync(`${queryMin}/package.json`)) {
  throw new Error('@tanstack/react-query is not in .cache/query-min: run `npm run test:query-min`, which installs it.');
}

const base = baseConfig as ViteUserConfig;
const projects = ((base.test?.projects ?? []) as TestProjectInlineConfiguration[]).filter(
  (project) => project.test?.name === 'unit',
);

export default defineConfig({
  ...base,
  resolve: {
    ...base.resolve,
    alias: [{ find: /^@tanstack\/react-query(\/.*)?$/, replacement: `${queryMin}$1` }],
  },
  test: {
    ...base.test,
    projects: projects.map((project) => ({
      ...project,
      test: {
        ...project.test,
        include: ['test/{react,ssr,components,query-min}/**/*.test.{ts,tsx}'],
        setupFiles: ['test/query-min/setup.ts', ...[project.test?.setupFiles ?? []].flat()],
        typecheck: { enabled: false },
      },
    })),
  },
});
