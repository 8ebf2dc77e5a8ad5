// `npm run bench` (after `npm run build`): the components in real Chromium (Debian's, /usr/bin/chromium or
// CHROMIUM_PATH). Bundles bench/components/ (a page importing the built dist/) with Vite in production mode, serves
// it, and reports per scenario the median time to first render and the DOM size (see bench/components/main.tsx for
// what is timed). Goals: CouponWallet with 1,000 coupons renders in under 50 ms; LoyaltyHistory's DOM is the same
// size with 1,000 and 10,000 transactions. Exits 1 when a goal is missed. Results: bench/results/components.json.
//
// Options (environment): BENCH_RUNS (measured mounts per scenario, default 20).
import react from '@vitejs/plugin-react';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, createLogger, preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.cache/bench-components');
const runs = Number(process.env.BENCH_RUNS ?? 20);

if (!existsSync(join(root, 'dist/components/index.js')) || !existsSync(join(root, 'dist/styles.css'))) {
  console.error('bench/components.mjs needs the built package: run `npm run build` first.');
  process.exit(1);
}

// The sandbox's entry also exports its Node server, whose imports Vite leaves out of a browser bundle: say nothing.
const logger = createLogger('warn');
const warn = logger.warn;
logger.warn = (message, options) => {
  if (!message.includes('externalized for browser compatibility')) warn(message, options);
};

await build({
  root: join(root, 'bench/components'),
  configFile: false,
  mode: 'production',
  customLogger: logger,
  plugins: [react()],
  // The built package, by the names an app imports.
  resolve: {
    alias: [
      { find: /^talon-react$/, replacement: join(root, 'dist/index.js') },
      { find: /^talon-react\/components$/, replacement: join(root, 'dist/components/index.js') },
      { find: /^talon-react\/mock$/, replacement: join(root, 'dist/mock/index.js') },
      { find: /^talon-react\/mock\/msw$/, replacement: join(root, 'dist/mock/msw.js') },
      { find: /^talon-react\/styles\.css$/, replacement: join(root, 'dist/styles.css') },
    ],
  },
  build: { outDir, emptyOutDir: true, target: 'es2022', minify: true, chunkSizeWarningLimit: 4096 },
});

const server = await preview({
  root: join(root, 'bench/components'),
  configFile: false,
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('the preview server has no URL');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-dev-shm-usage', '--no-first-run'],
});
let results;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  await page.waitForFunction(() => typeof globalThis.runBench === 'function');
  results = await page.evaluate((options) => globalThis.runBench(options), { runs, warmup: 3, sandboxRuns: 5 });
  if (errors.length) throw errors[0];
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

const ms = (value) => `${value.toFixed(1)} ms`;
console.log(`\nComponents in Chromium (${runs} mounts each, medians; first render from a filled cache)\n`);
console.table(
  Object.fromEntries(
    results.map((result) => [
      result.name,
      {
        'first render': ms(result.firstRender),
        'to next frame': ms(result.firstFrame),
        'ready via sandbox': ms(result.readyViaSandbox),
        'DOM elements': result.domElements,
        'DOM nodes': result.domNodes,
      },
    ]),
  ),
);

const byName = Object.fromEntries(results.map((result) => [result.name, result]));
const wallet = byName['CouponWallet, 1,000 coupons'];
const small = byName['LoyaltyHistory, 1,000 transactions'];
const large = byName['LoyaltyHistory, 10,000 transactions'];
const goals = [
  {
    goal: 'CouponWallet with 1,000 coupons: first render under 50 ms',
    passed: wallet.firstRender < 50,
    actual: ms(wallet.firstRender),
  },
  {
    goal: 'LoyaltyHistory: as many DOM nodes for 10,000 transactions as for 1,000',
    passed: large.domNodes === small.domNodes,
    actual: `${small.domNodes} vs ${large.domNodes}`,
  },
];
for (const { goal, passed, actual } of goals) console.log(`${passed ? '✓' : '✗'} ${goal} (${actual})`);

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/components.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs, results, goals }, null, 2)}\n`,
);
if (goals.some((goal) => !goal.passed)) process.exitCode = 1;
