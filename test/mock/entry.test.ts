// @vitest-environment node
// `talon-react/mock` and `talon-react/mock/msw`, the package entries: what they export, how the package publishes
// them, that they stay loadable in a browser (Storybook uses the MSW handlers), so that nothing they import statically
// needs Node, and that only `talon-react/mock/msw` needs msw (an optional peer).
import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pkg from '../../package.json';

const root = resolve(__dirname, '../..');
const entry = join(root, 'src/mock/index.ts');
const mswEntry = join(root, 'src/mock/msw.ts');

// Static imports and re-exports of values; `import type` vanishes from the output and `import()` loads on demand.
const staticImport = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every module the entry loads statically: its own source files, and the packages they import. */
function staticGraph(start: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(staticImport)) {
      if (!specifier.startsWith('.')) packages.add(specifier);
      // Sources import `./x.js` for `./x.ts`; built files import what is there.
      else visit(resolve(dirname(file), file.endsWith('.ts') ? specifier.replace(/\.js$/, '.ts') : specifier));
    }
  };
  visit(start);
  return { files, packages };
}

describe('the talon-react/mock entry', () => {
  it('exports the sandbox, its server, the demo data (and its names) and its error', async () => {
    const mock = await import('../../src/mock/index.js');
    expect(Object.keys(mock).sort()).toEqual([
      'SandboxError',
      'createTalonSandbox',
      'demo',
      'demoSeed',
      'startTalonSandboxServer',
    ]);
  });

  it('leaves the MSW handlers to talon-react/mock/msw', async () => {
    expect(Object.keys(await import('../../src/mock/msw.js'))).toEqual(['talonHandlers']);
  });

  it('imports no msw, not even through its own files: it loads where msw is not installed', () => {
    const { files, packages } = staticGraph(entry);
    expect([...packages].filter((name) => /^msw(\/|$)/.test(name))).toEqual([]);
    expect(files).not.toContain(join(root, 'src/mock/talonHandlers.ts'));
    // The check sees msw where it is imported.
    expect(staticGraph(mswEntry).packages).toContain('msw');
  });

  it.each([
    ['talon-react/mock', entry],
    ['talon-react/mock/msw', mswEntry],
  ])('%s imports no Node module statically, so that browsers can load it', (_, start) => {
    const { files, packages } = staticGraph(start);
    expect(files.size).toBeGreaterThan(10);
    const nodeOnly = [...packages].filter((name) => isBuiltin(name) || name.startsWith('@hono/node-server'));
    expect(nodeOnly).toEqual([]);
    // What it does load works in browsers.
    const browserSafe = /^(hono|msw|zod)(\/|$)/;
    expect([...packages].filter((name) => !browserSafe.test(name))).toEqual([]);
  });

  it('loads the Node server only when started', () => {
    const source = readFileSync(join(root, 'src/mock/startTalonSandboxServer.ts'), 'utf8');
    expect(source).toMatch(/await import\('@hono\/node-server'\)/);
    // The check above would see a static import: it does see the kit's own ones.
    expect(staticGraph(join(root, 'src/mock/startTalonSandboxServer.ts')).packages).toEqual(
      new Set(['hono', 'zod/mini']),
    );
  });

  it('is published as talon-react/mock and talon-react/mock/msw with their types, msw an optional peer', () => {
    expect(pkg.exports['./mock']).toEqual({ types: './dist/mock/index.d.ts', default: './dist/mock/index.js' });
    expect(pkg.exports['./mock/msw']).toEqual({ types: './dist/mock/msw.d.ts', default: './dist/mock/msw.js' });
    expect(readFileSync(join(root, 'vite.config.ts'), 'utf8')).toContain("'mock/msw': 'src/mock/msw.ts'");
    expect(pkg.peerDependencies.msw).toBe('^2');
    expect(pkg.peerDependenciesMeta.msw).toEqual({ optional: true });
    expect(readFileSync(join(root, 'vite.config.ts'), 'utf8')).toContain("'mock/index': 'src/mock/index.ts'");
  });
});
