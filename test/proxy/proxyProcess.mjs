// A proxy in a process of its own, as one instance of a deployment: the tests start two or more of these to see what
// they do together (409s of one session from two instances, rate limits shared in Redis). Loads the kit's TypeScript
// sources through Vite's module runner (no build needed), serves `createTalonProxy` on 127.0.0.1, prints
// `{"url": ...}` on stdout when it listens, and a line `{"error": ...}` for everything `onError` hears. Ends when its
// parent closes stdin. Configured by TALON_PROXY_CONFIG (JSON): baseUrl, apiKey, and optionally
// `redis: { url, limit, windowMs, onStoreFailure }` for a per-shopper limit in Redis (hono-rate-limiter's RedisStore).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const config = JSON.parse(process.env.TALON_PROXY_CONFIG ?? '{}');
const tell = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

const vite = await createServer({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const { createTalonProxy } = await vite.ssrLoadModule('/src/proxy/index.ts');
const { serve } = await import('@hono/node-server');

let rateLimit = false;
if (config.redis) {
  const { createClient } = await import('redis');
  const { RedisStore } = await import('hono-rate-limiter');
  // As the README says: fail fast while disconnected (no offline queue), reconnect in the background, and listen
  // for errors (an unheard 'error' event would end the process).
  const client = createClient({
    url: config.redis.url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 500, reconnectStrategy: () => 100 },
  });
  client.on('error', () => {});
  await client.connect();
  const store = new RedisStore({
    client: {
      scriptLoad: (script) => client.scriptLoad(script),
      evalsha: (sha, keys, args) => client.evalSha(sha, { keys, arguments: args.map(String) }),
      decr: (key) => client.decr(key),
      del: (key) => client.del(key),
    },
    prefix: config.redis.prefix ?? 'talon-shopper:',
  });
  rateLimit = {
    ip: false,
    shopper: {
      limit: config.redis.limit,
      windowMs: config.redis.windowMs,
      store,
      onStoreFailure: config.redis.onStoreFailure,
    },
  };
}

const handler = createTalonProxy({
  baseUrl: config.baseUrl,
  apiKey: config.apiKey,
  basePath: '/api/talon',
  identify: (request) => {
    const match = /(?:^|;\s*)shopper=([^;]*)/.exec(request.headers.get('cookie') ?? '');
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  },
  rateLimit,
  onError: (error) => tell({ error: error instanceof Error ? error.message : String(error) }),
});
const server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false });
server.once('listening', () => tell({ url: `http://127.0.0.1:${server.address().port}/api/talon` }));
