import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { createTalonTransport } from 'talon-react';
import { demoSeed, startTalonSandboxServer, type TalonSandboxServer } from 'talon-react/mock';
import { createTalonProxy, type TalonProxyLogEntry } from 'talon-react/proxy';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import storefrontConfig from '../vite.config.js';
import { verifyDemoCardLink } from './cardLinks.js';
import { createCatalog } from './catalog.js';
import { createDemoApi, fail } from './demoApi.js';
import { createShopperSessions } from './shopperSessions.js';
import { storeSettings } from './storeSettings.js';

/** Where the demo finds Talon.One, when it is not the embedded sandbox. */
export interface TalonDeployment {
  /** The Integration API's base URL, such as `https://yourbaseurl.talon.one`. */
  baseUrl: string;
  /** An Integration API key of the Application. */
  apiKey: string;
}

/** Options of {@link startDemo}. */
export interface StartDemoOptions {
  /** The port of the storefront, its API and the proxy. Default 5173; 0 for any free port. */
  port?: number;
  /** The interface to listen on. Default `127.0.0.1`: loopback only. */
  hostname?: string;
  /** A real Talon.One deployment. Default: the embedded sandbox server, seeded with the demo data. */
  talon?: TalonDeployment;
  /** Vite's hot module replacement, over the same port: for working on the storefront. Default `false`. */
  hmr?: boolean;
  /** Gets the proxy's structured log entries, one per request (key and personal data redacted). Default: none. */
  log?: (entry: TalonProxyLogEntry) => void;
  /** Gets failures of the demo's own server code. Default: `console.error`. */
  onError?: (error: unknown) => void;
}

/** The running demo. */
export interface DemoServer {
  /** The storefront, such as `http://localhost:5173`. */
  readonly url: string;
  /** Talon.One's base URL the demo talks to: the sandbox's, or the deployment's. */
  readonly talonUrl: string;
  /** Whether that is the embedded sandbox. */
  readonly sandbox: boolean;
  /** Stops the servers. */
  close(): Promise<void>;
}

const proxyBasePath = '/api/talon';
const serverPaths = [`${proxyBasePath}/`, '/demo-api/'];

/** Generous limits: one person clicking through the demo (and the end-to-end test) never meets them. */
const demoRateLimit = {
  shopper: { limit: 600, windowMs: 60_000 },
  ip: { limit: 1200, windowMs: 60_000 },
};

function listen(server: Server, port: number, hostname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Browsers keep connections alive; they would hold the close until they time out.
    server.closeAllConnections();
  });
}

/**
 * Starts the demo storefront on one localhost port: the Talon.One proxy (`talon-react/proxy`) on `/api/talon`, the
 * shop's own endpoints on `/demo-api` (sign-in, catalog, checkout) and the React storefront through Vite, with no
 * build step. Talon.One is the embedded sandbox server (demo data, a random API key) unless `talon` names a real
 * deployment.
 *
 * @example
 * const demo = await startDemo({ port: 0 });
 * console.log(demo.url);
 * await demo.close();
 */
export async function startDemo(options: StartDemoOptions = {}): Promise<DemoServer> {
  const { port = 5173, hostname = '127.0.0.1', hmr = false, log, onError = console.error } = options;
  const cleanups: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };

  try {
    let upstream = options.talon;
    let sandbox: TalonSandboxServer | undefined;
    if (!upstream) {
      const apiKey = randomBytes(16).toString('hex');
      const started = await startTalonSandboxServer({ apiKey, seed: demoSeed(), onError });
      cleanups.push(() => started.close());
      sandbox = started;
      upstream = { baseUrl: started.url, apiKey };
    }

    const settings = storeSettings();
    const catalog = createCatalog();
    // The secret of the carts' session IDs, shared by the proxy (which checks them) and the shop's sign-in (which
    // mints them). New for every run, like the sign-in cookies': a restart ends both.
    const sessionSecret = randomBytes(32).toString('hex');
    const sessions = createShopperSessions(settings.shoppers, { sessionSecret });
    // The shop's server reaches Talon.One with the key, the way a backend does: the kit's own transport.
    const talon = createTalonTransport({
      baseUrl: upstream.baseUrl,
      headers: { Authorization: `ApiKey-v1 ${upstream.apiKey}` },
    });
    const proxy = createTalonProxy({
      baseUrl: upstream.baseUrl,
      apiKey: upstream.apiKey,
      basePath: proxyBasePath,
      identify: (request) => sessions.identify(request),
      sessionSecret,
      policy: {
        priceCart: (items) => catalog.priceCart(items),
        verifyCardLink: verifyDemoCardLink(talon, settings.cardProgramId, [settings.hints.unlinkedCard]),
      },
      rateLimit: demoRateLimit,
      onError,
      ...(log ? { logger: log } : {}),
    });

    const app = new Hono();
    app.route('/', createDemoApi({ settings, catalog, sessions, talon, onError }));
    // The node bindings (c.env) give the proxy the client's socket address, for its per-IP rate limit.
    app.all(`${proxyBasePath}/*`, (c) => proxy(c.req.raw, c.env));
    // Only /demo-api paths reach this (the proxy answers its own): a sub-app's notFound does not carry over.
    app.notFound((c) => fail(c, 404, 'Not found.'));
    const api = getRequestListener(app.fetch);

    // One port for everything: the API paths go to Hono, the rest to Vite (the storefront, its modules, HMR). Vite
    // is created below, with this server for its WebSocket; requests come only once it listens, after that.
    const server = createHttpServer((request, response) => {
      const path = request.url ?? '/';
      if (serverPaths.some((prefix) => path.startsWith(prefix))) void api(request, response);
      else vite.middlewares(request, response);
    });
    const vite: ViteDevServer = await createViteServer({
      ...storefrontConfig,
      configFile: false,
      logLevel: 'warn',
      // Vite's WebSocket on the same port: the page's Vite client always connects, HMR or not. Without HMR, no
      // file watching either.
      server: { middlewareMode: true, ws: { server }, hmr, ...(hmr ? {} : { watch: null }) },
    });
    cleanups.push(() => vite.close());

    const actualPort = await listen(server, port, hostname);
    cleanups.push(() => closeServer(server));

    // `localhost` for the loopback interface: the name people type, and what Vite's HMR client expects.
    const host = hostname === '127.0.0.1' || hostname === '::1' ? 'localhost' : hostname;
    return { url: `http://${host}:${actualPort}`, talonUrl: upstream.baseUrl, sandbox: sandbox !== undefined, close };
  } catch (error) {
    await close();
    throw error;
  }
}
