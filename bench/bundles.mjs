// `npm run bench` (after `npm run build`): what the kit weighs in a real app. Packs the built package, installs the
// tarball into bench/bundles/ (a page holding TalonProvider, useLoyaltyBalances, CouponWallet and LoyaltyBalance, in
// a copy outside the repository, as test:examples does) and builds that page with Next.js (Turbopack, and webpack with
// `--webpack`) and with Vite 5. Each bundle's bytes are given to their packages by its source maps; reported per
// bundler: the kit plus its dependencies (talon-react, zod, ky) minified and brotli-compressed together, and each
// package alone. Goals: at most 22 kB brotli in every bundler, Turbopack within 10% of Vite. Exits 1 when one is
// missed. Results: bench/results/bundles.json. `--update-lockfile` writes bench/bundles/package-lock.json back.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { installTarball, run } from '../scripts/test-examples/npm.mjs';
import { copyApp, workRoot } from '../scripts/test-examples/workspace.mjs';
import { attributeFile } from './bundles-sourcemaps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const kit = ['talon-react', 'zod', 'ky'];
const goal = { brotli: 22_000, turbopackOverVite: 1.1 };

if (!existsSync(join(root, 'dist/components/index.js'))) {
  console.error('bench/bundles.mjs needs the built package: run `npm run build` first.');
  process.exit(1);
}

const packDir = join(root, '.cache/bench-bundles');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
await run('npm', ['pack', '--pack-destination', packDir], { cwd: root });
const tarball = join(
  packDir,
  readdirSync(packDir).find((file) => file.endsWith('.tgz')),
);

const dir = copyApp(join(root, 'bench/bundles'), join(workRoot(root), 'bench-bundles'));
const lockfile = await installTarball(dir, tarball, {
  lockfile: true,
  update: process.argv.includes('--update-lockfile'),
});
if (lockfile) writeFileSync(join(root, 'bench/bundles/package-lock.json'), lockfile);
// The kit's and ky's own maps lead back to their sources (../src/...), outside node_modules/<package>: without them,
// every bundler maps those bytes to the installed files, so that they count for their package.
for (const name of ['talon-react', 'ky']) {
  const folder = join(dir, 'node_modules', name);
  for (const file of readdirSync(folder, { recursive: true })) {
    if (file.endsWith('.js.map')) rmSync(join(folder, file));
  }
}

const builds = {
  'Next.js (Turbopack)': {
    run: () =>
      run('npx', ['next', 'build', 'next'], {
        cwd: dir,
        env: { ...process.env, BENCH_DIST_DIR: '.next-turbopack', NEXT_TELEMETRY_DISABLED: '1' },
      }),
    output: 'next/.next-turbopack/static',
  },
  'Next.js (webpack)': {
    run: () =>
      run('npx', ['next', 'build', 'next', '--webpack'], {
        cwd: dir,
        env: { ...process.env, BENCH_DIST_DIR: '.next-webpack', NEXT_TELEMETRY_DISABLED: '1' },
      }),
    output: 'next/.next-webpack/static',
  },
  'Vite 5': {
    run: () => run('npx', ['vite', 'build', 'vite'], { cwd: dir }),
    output: 'vite/dist/assets',
  },
};

const brotli = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const results = {};
for (const [name, build] of Object.entries(builds)) {
  rmSync(join(dir, build.output, '..'), { recursive: true, force: true });
  await build.run();
  const byPackage = {};
  const output = join(dir, build.output);
  for (const file of readdirSync(output, { recursive: true })) {
    if (file.endsWith('.js')) attributeFile(join(output, file), byPackage);
  }
  const packages = Object.fromEntries(
    [...kit, '@tanstack/query-core', '@tanstack/react-query'].map((pkg) => [
      pkg,
      { minified: byPackage[pkg]?.chars ?? 0, brotli: byPackage[pkg] ? brotli(byPackage[pkg].text.join('')) : 0 },
    ]),
  );
  const together = kit.flatMap((pkg) => byPackage[pkg]?.text ?? []).join('');
  results[name] = { kit: { minified: together.length, brotli: brotli(together) }, packages };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log('\nThe kit on a page with TalonProvider, useLoyaltyBalances, CouponWallet and LoyaltyBalance\n');
console.table(
  Object.fromEntries(
    Object.entries(results).map(([name, { kit: total, packages }]) => [
      name,
      {
        'kit + deps (brotli)': kB(total.brotli),
        'kit + deps (min)': kB(total.minified),
        ...Object.fromEntries(
          Object.entries(packages).map(([pkg, size]) => [pkg, `${kB(size.minified)} / ${kB(size.brotli)}`]),
        ),
      },
    ]),
  ),
);
console.log('Packages: minified / brotli, each alone. @tanstack/* is a peer dependency, not counted in "kit + deps".');

const turbopack = results['Next.js (Turbopack)'].kit.brotli;
const vite = results['Vite 5'].kit.brotli;
const checks = [
  ...Object.entries(results).map(([name, { kit: total }]) => ({
    goal: `${name}: kit + deps at most ${kB(goal.brotli)} brotli`,
    met: total.brotli <= goal.brotli,
    value: kB(total.brotli),
  })),
  {
    goal: 'Turbopack within 10% of Vite',
    met: turbopack <= vite * goal.turbopackOverVite,
    value: `${((turbopack / vite - 1) * 100).toFixed(0)}%`,
  },
];
for (const check of checks) console.log(`${check.met ? '✓' : '✗'} ${check.goal}: ${check.value}`);

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/bundles.json'),
  `${JSON.stringify({ date: new Date().toISOString(), results, checks }, null, 2)}\n`,
);
process.exit(checks.every((check) => check.met) ? 0 : 1);
