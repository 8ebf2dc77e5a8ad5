// `npm run test:browser`: the `browser` Vitest project (the hooks in a real browser), the `storybook` project (every
// story as a test, with axe) and the `e2e` project (the demo storefront of `npm start`, end to end), in the system's
// Chromium (Debian's package, driven by Playwright; Playwright's own browser downloads are not used). Checks that
// Chromium is there first, and says how to get it when it is not. Extra arguments go to Vitest:
// `npm run test:browser -- test/browser/errors.browser.test.tsx`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

try {
  accessSync(chromium, constants.X_OK);
} catch {
  const origin = process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : 'the default path';
  console.error(
    [
      `test:browser needs Chromium, but there is no executable at ${chromium} (${origin}).`,
      '',
      'On Debian or Ubuntu, as root:',
      '  apt-get update && apt-get install -y chromium',
      '(as another user: sudo apt-get update && sudo apt-get install -y chromium)',
      '',
      'That installs /usr/bin/chromium. For a Chromium elsewhere, set CHROMIUM_PATH to its executable.',
      'Do not use `npx playwright install`: the tests use the system Chromium.',
    ].join('\n'),
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    ...['browser', 'storybook', 'storybook-static', 'e2e'].flatMap((name) => ['--project', name]),
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
  },
);
if (result.error) throw result.error;
process.exit(result.status ?? 1);
