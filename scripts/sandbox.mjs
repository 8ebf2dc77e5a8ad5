// `npm run sandbox`: the Talon.One sandbox as a local HTTP server, with the demo data and the system clock, for a
// proxy or any HTTP client to use in place of Talon.One. Runs from a fresh clone: Vite's module runner loads the
// TypeScript sources, no build needed. TALON_SANDBOX_PORT (default 4010) and TALON_SANDBOX_API_KEY (default a fixed
// demo key) configure it; Ctrl-C stops it.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const DEMO_API_KEY = 'talon-sandbox-demo-key';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.TALON_SANDBOX_PORT ?? 4010);
const apiKey = process.env.TALON_SANDBOX_API_KEY || DEMO_API_KEY;

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`TALON_SANDBOX_PORT must be a port number (0-65535), not "${process.env.TALON_SANDBOX_PORT}".`);
  process.exit(1);
}

// A Vite server without HTTP, file watching or HMR, just to load the sources; it stays open, as the sandbox loads
// Node's HTTP server on demand. No config file: the sources need no plugin, and the repository's config builds the
// library.
const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const mock = await vite.ssrLoadModule('/src/mock/index.ts');

let server;
try {
  server = await mock.startTalonSandboxServer({
    port,
    apiKey,
    seed: mock.demoSeed(),
    onError: (error) => console.error('The sandbox failed to handle a request:', error),
  });
} catch (error) {
  const reason = error?.code === 'EADDRINUSE' ? `port ${port} is in use (set TALON_SANDBOX_PORT)` : error;
  console.error('The Talon.One sandbox could not start:', reason);
  await vite.close();
  process.exit(1);
}

const { demo } = mock;
console.log(
  [
    `Talon.One sandbox listening at ${server.url}`,
    '',
    'Use it as the Integration API base URL, with the header:',
    `  Authorization: ApiKey-v1 ${apiKey}`,
    '',
    'For example:',
    `  curl -H 'Authorization: ApiKey-v1 ${apiKey}' ${server.url}/v1/customer_profiles/${demo.profiles.ada}/inventory`,
    '',
    `Demo data: customers ${Object.values(demo.profiles).join(', ')}; coupons ${Object.values(demo.coupons).join(', ')};`,
    `loyalty programs ${Object.values(demo.loyaltyPrograms).join(' and ')}. Press Ctrl-C to stop.`,
  ].join('\n'),
);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  await server.close();
  await vite.close();
  console.log(`\nTalon.One sandbox stopped (${signal}).`);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
