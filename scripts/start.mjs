// `npm start`: the demo storefront on one localhost port (PORT, default 5173): the React storefront (Vite), the
// Talon.One proxy on /api/talon, and the shop's own endpoints on /demo-api. Talon.One is the embedded sandbox with
// the demo data, unless TALON_BASE_URL and TALON_API_KEY name a real deployment. Runs from a fresh clone: Vite's
// module runner loads the TypeScript sources, no build needed. TALON_PROXY_LOG=1 prints the proxy's log (one JSON line
// per request, key and personal data redacted). Ctrl-C stops it.
import { fileURLToPath } from 'node:url';
import { createServer, loadConfigFromFile } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT || 5173);
const baseUrl = process.env.TALON_BASE_URL || undefined;
const apiKey = process.env.TALON_API_KEY || undefined;

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), not "${process.env.PORT}".`);
  process.exit(1);
}
if ((baseUrl === undefined) !== (apiKey === undefined)) {
  console.error(
    'Set both TALON_BASE_URL and TALON_API_KEY to use a Talon.One deployment, or neither for the embedded sandbox.',
  );
  process.exit(1);
}

// A Vite server without HTTP, WebSocket, watching or HMR, to load the demo's server code, with the storefront's
// aliases for the `talon-react/*` names (and nothing else of its config: the storefront gets its own Vite server
// inside startDemo, which pre-bundles its dependencies).
const storefront = await loadConfigFromFile(
  { command: 'serve', mode: 'development' },
  `${root}demo/vite.config.ts`,
  root,
  'error',
);
const loader = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  resolve: { alias: storefront?.config.resolve?.alias },
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});

let demo;
try {
  const { startDemo } = await loader.ssrLoadModule(`${root}demo/server/startDemo.ts`);
  demo = await startDemo({
    port,
    hmr: true,
    ...(baseUrl ? { talon: { baseUrl, apiKey } } : {}),
    onError: (error) => console.error('The demo failed to handle a request:', error),
    ...(process.env.TALON_PROXY_LOG ? { log: (entry) => console.log(JSON.stringify(entry)) } : {}),
  });
} catch (error) {
  const reason = error?.code === 'EADDRINUSE' ? `port ${port} is in use (set PORT)` : error;
  console.error('The demo storefront could not start:', reason);
  await loader.close();
  process.exit(1);
}

const upstream = demo.sandbox ? `the embedded Talon.One sandbox (${demo.talonUrl})` : `Talon.One at ${demo.talonUrl}`;
console.log(
  [
    `Demo storefront: ${demo.url}`,
    '',
    `It talks to ${upstream} through the proxy at ${demo.url}/api/talon.`,
    'Sign in as a demo shopper, fill the cart, try the codes WELCOME10 (valid) and EXPIRED10 (expired), check out,',
    'then watch the loyalty points and achievements move. Press Ctrl-C to stop.',
  ].join('\n'),
);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  await demo.close();
  await loader.close();
  console.log(`\nDemo storefront stopped (${signal}).`);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
