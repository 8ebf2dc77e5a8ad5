// `npm run test:services`: the `services` Vitest project (test/services), the suites that need more than Node: a real
// redis-server for rate limits shared by several proxy instances (started by the tests on a free loopback port, with
// no persistence), and the proxy under Miniflare's workerd (from the npm package). Checks that redis-server is there
// first, and says how to get it when it is not. Extra arguments go to Vitest.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const redisServer = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

try {
  accessSync(redisServer, constants.X_OK);
} catch {
  const origin = process.env.REDIS_SERVER_PATH ? 'REDIS_SERVER_PATH' : 'the default path';
  console.error(
    [
      `test:services needs redis-server, but there is no executable at ${redisServer} (${origin}).`,
      '',
      'On Debian or Ubuntu, as root:',
      '  apt-get update && apt-get install -y redis-server',
      '(as another user: sudo apt-get update && sudo apt-get install -y redis-server)',
      '',
      'That installs /usr/bin/redis-server; the tests start their own on a free loopback port, so no service needs',
      'to run. For a redis-server elsewhere, set REDIS_SERVER_PATH to its executable.',
    ].join('\n'),
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--project', 'services', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, REDIS_SERVER_PATH: redisServer },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
