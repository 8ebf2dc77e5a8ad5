// `npm run test:examples`: the kit as its users get it. Packs the package (`npm run build`, `npm pack`), installs the
// tarball into each app of examples/ (their own package.json and lockfile, never src/ or aliases), then per app: the
// sandbox entry without msw, the schemas with the app's zod, a strict type-check (`skipLibCheck: false`), the
// production build, the app started on the embedded sandbox and driven in the system's Chromium
// (scripts/test-examples/checks.mjs says what is checked). Last, a consumer type-checked against the lowest
// @tanstack/react-query the peer range allows.
//
// The apps run in a copy outside the repository (EXAMPLES_WORKDIR, default talon-react-examples in the temporary
// folder), so that they resolve nothing from the kit's own node_modules; the copies keep their node_modules between
// runs. Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH; Playwright's own downloads are not used) and the npm
// registry (or a warm npm cache) for the apps' dependencies. Options (environment): TALON_REACT_TARBALL, a tarball to
// test instead of packing this checkout; EXAMPLES, a comma-separated list of apps (default: all).
// `npm run test:examples -- --update-lockfiles` writes the apps' lockfiles back after installing, for a change of the
// kit's dependencies or of an app's.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNextApp, checkViteApp } from './test-examples/checks.mjs';
import { chromiumPath, launchChromium } from './test-examples/browser.mjs';
import { installTarball, run } from './test-examples/npm.mjs';
import { Report } from './test-examples/report.mjs';
import { lowerBound } from './test-examples/versions.mjs';
import { workRoot } from './test-examples/workspace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, '.cache/examples');
const pkg = (await import(join(root, 'package.json'), { with: { type: 'json' } })).default;

const apps = {
  'next-app-router': checkNextApp,
  'vite-react18': checkViteApp,
};
const updateLockfiles = process.argv.includes('--update-lockfiles');
const only = process.env.EXAMPLES?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !(name in apps)) ?? [];
if (unknown.length) {
  console.error(`EXAMPLES names no such app: ${unknown.join(', ')} (there are ${Object.keys(apps).join(', ')})`);
  process.exit(1);
}

if (!chromiumPath()) {
  console.error(
    [
      `test:examples needs Chromium, but there is no executable at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}.`,
      'On Debian or Ubuntu, as root: apt-get update && apt-get install -y chromium',
      'For a Chromium elsewhere, set CHROMIUM_PATH. Do not use `npx playwright install`: the tests use the system Chromium.',
    ].join('\n'),
  );
  process.exit(1);
}

const report = new Report();
mkdirSync(cache, { recursive: true });
const work = workRoot(root);

// 1. The package, as `npm publish` would ship it.
let tarball = process.env.TALON_REACT_TARBALL && resolve(process.env.TALON_REACT_TARBALL);
if (!tarball) {
  await report.step('pack', 'npm run build && npm pack', async () => {
    await run('npm', ['run', 'build'], { cwd: root });
    for (const file of readdirSync(cache)) if (file.endsWith('.tgz')) rmSync(join(cache, file));
    await run('npm', ['pack', '--pack-destination', cache], { cwd: root });
    const packed = readdirSync(cache).find((file) => file.endsWith('.tgz'));
    if (!packed) throw new Error('npm pack wrote no tarball');
    tarball = join(cache, packed);
  });
} else if (!existsSync(tarball)) {
  console.error(`TALON_REACT_TARBALL: no file at ${tarball}`);
  process.exit(1);
}

if (tarball) {
  // Issue 13.8: the package runs the zod it carries (dist/vendor, built with the kit: only what the kit uses), so that
  // no bundler meets zod's whole modules. Its licence goes with it.
  await report.step('contents', 'the tarball carries its zod: no module imports the zod package', async () => {
    const unpacked = join(cache, 'unpacked');
    rmSync(unpacked, { recursive: true, force: true });
    mkdirSync(unpacked, { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', unpacked]);
    const dist = join(unpacked, 'package/dist');
    if (!existsSync(join(dist, 'vendor/zod/LICENSE'))) throw new Error('dist/vendor/zod/LICENSE is missing');
    const importers = readdirSync(dist, { recursive: true }).filter(
      (file) =>
        file.endsWith('.js') &&
        /\b(?:from|import)\s*\(?\s*["']zod(?:\/|["'])/.test(readFileSync(join(dist, file), 'utf8')),
    );
    if (importers.length) throw new Error(`these modules import the zod package: ${importers.join(', ')}`);
  });
}

if (tarball) {
  const browser = await launchChromium();
  try {
    for (const [name, check] of Object.entries(apps)) {
      if (only && !only.includes(name)) continue;
      const source = join(root, 'examples', name);
      await check({
        source,
        dir: join(work, name),
        tarball,
        browser,
        report: report.scope(name),
        updateLockfile: updateLockfiles,
      });
    }
  } finally {
    await browser.close();
  }

  // 2. The lowest @tanstack/react-query the peer range admits, under the Vite app's own sources and tsconfig.
  const floor = lowerBound(pkg.peerDependencies['@tanstack/react-query']);
  const consumer = join(work, 'react-query-floor');
  const scope = report.scope(`@tanstack/react-query ${floor}`);
  await scope.step(
    'install',
    `the tarball with @tanstack/react-query@${floor} (the peer range's lower bound)`,
    async () => {
      rmSync(join(consumer, 'src'), { recursive: true, force: true });
      mkdirSync(consumer, { recursive: true });
      const vite = join(root, 'examples/vite-react18');
      const app = (await import(join(vite, 'package.json'), { with: { type: 'json' } })).default;
      const pinned = { ...app.dependencies, '@tanstack/react-query': floor, 'talon-react': 'file:talon-react.tgz' };
      writeFileSync(
        join(consumer, 'package.json'),
        `${JSON.stringify({ name: 'react-query-floor', private: true, type: 'module', dependencies: pinned, devDependencies: app.devDependencies }, null, 2)}\n`,
      );
      copyFileSync(join(vite, 'tsconfig.json'), join(consumer, 'tsconfig.json'));
      cpSync(join(vite, 'src'), join(consumer, 'src'), { recursive: true });
      await installTarball(consumer, tarball, { lockfile: false });
      const installed = (
        await import(join(consumer, 'node_modules/@tanstack/react-query/package.json'), { with: { type: 'json' } })
      ).default;
      if (installed.version !== floor)
        throw new Error(`installed @tanstack/react-query ${installed.version}, not ${floor}`);
    },
  );
  await scope.step('typecheck', 'tsc with skipLibCheck: false (the Vite app against it)', () =>
    run('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: consumer }),
  );
}

process.exit(report.print() ? 0 : 1);
