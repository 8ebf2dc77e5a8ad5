// The proxy's test bench, all real HTTP on loopback: the sandbox server (a Talon.One), a recording relay in front of it
// that keeps every request exactly as it arrived on the wire, and the proxy served by @hono/node-server. The browser
// is the kit's own client (or raw fetch), naming its shopper with a cookie that the test `identify` reads.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createTalonClient, type TalonClient } from '../../src/client/index.js';
import { demoSeed, startTalonSandboxServer, type TalonSandboxServer } from '../../src/mock/index.js';
import { createTalonProxy, type TalonProxyLogEntry, type TalonProxyOptions } from '../../src/proxy/index.js';

/** A key no response, header or log may ever contain. */
export const API_KEY = 'proxy-test-key-7f3a9c1e-do-not-leak';
export const NOW = '2026-03-01T12:00:00.000Z';
export const BASE_PATH = '/api/talon';

/** What reached Talon.One: the raw request line and headers, and the body. */
interface UpstreamRequest {
  method: string;
  /** The request-target as sent, still percent-encoded. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Upstream {
  url: string;
  sandbox: TalonSandboxServer;
  requests: UpstreamRequest[];
  /** Milliseconds the relay waits before answering (0: none). */
  delay: number;
  /** Extra fields the relay adds to every error body, standing for the internals a real upstream might send. */
  errorExtras: Record<string, unknown> | undefined;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/** The sandbox server behind a relay that records what it is sent. */
export async function startUpstream(): Promise<Upstream> {
  const sandbox = await startTalonSandboxServer({ port: 0, apiKey: API_KEY, seed: demoSeed({ now: NOW }) });
  sandbox.sandbox.clock.set(NOW);
  const relay = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      upstream.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      void (async () => {
        if (upstream.delay > 0) await new Promise((resolve) => setTimeout(resolve, upstream.delay));
        const headers = new Headers();
        for (const name of ['authorization', 'content-type']) {
          const value = req.headers[name];
          if (typeof value === 'string') headers.set(name, value);
        }
        // The raw target, so that the sandbox decodes exactly what the proxy sent.
        const answer = await fetch(`${sandbox.url}${req.url ?? ''}`, {
          method: req.method ?? 'GET',
          headers,
          ...(body === '' ? {} : { body }),
        });
        let text = await answer.text();
        if (answer.status >= 400 && upstream.errorExtras && text !== '') {
          text = JSON.stringify({ ...(JSON.parse(text) as object), ...upstream.errorExtras });
        }
        res.writeHead(answer.status, {
          'content-type': answer.headers.get('content-type') ?? 'application/json',
          // What a real upstream might send along; none of it may reach the browser.
          'x-upstream-secret': 'upstream-internal-header',
          'set-cookie': 'upstream=1',
        });
        res.end(answer.status === 204 ? undefined : text);
      })().catch(() => res.destroy());
    });
  });
  const url = await listen(relay);
  const upstream: Upstream = {
    url,
    sandbox,
    requests: [],
    delay: 0,
    errorExtras: undefined,
    close: async () => {
      await stop(relay);
      await sandbox.close();
    },
  };
  return upstream;
}

/** The cookie the test storefront keeps its signed-in shopper in. */
export const shopperCookie = (shopperId: string) => `shopper=${encodeURIComponent(shopperId)}`;

/** The test storefront's `identify`: the shopper from its own session cookie, as a real shop would do. */
function identifyByCookie(request: Request): string | null {
  const match = /(?:^|;\s*)shopper=([^;]*)/.exec(request.headers.get('cookie') ?? '');
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export interface RunningProxy {
  /** The proxy's origin, such as `http://127.0.0.1:4011`. */
  origin: string;
  /** Where the kit's client points: origin + base path. */
  url: string;
  logs: TalonProxyLogEntry[];
  errors: unknown[];
  /** The kit's client as `shopperId`'s browser (or a signed-out one), with its cookie and any extra headers. */
  client(shopperId: string | null, headers?: Record<string, string>): TalonClient;
  close(): Promise<void>;
}

/** The proxy on loopback, in front of `baseUrl`, with test defaults and `options` over them. */
export async function startProxy(baseUrl: string, options: Partial<TalonProxyOptions> = {}): Promise<RunningProxy> {
  const logs: TalonProxyLogEntry[] = [];
  const errors: unknown[] = [];
  const handler = createTalonProxy({
    baseUrl,
    apiKey: API_KEY,
    basePath: BASE_PATH,
    identify: identifyByCookie,
    rateLimit: false,
    logger: (entry) => logs.push(entry),
    onError: (error) => errors.push(error),
    ...options,
  });
  const server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false }) as Server;
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${origin}${BASE_PATH}`;
  return {
    origin,
    url,
    logs,
    errors,
    client: (shopperId, headers = {}) =>
      createTalonClient({
        baseUrl: url,
        retry: 0,
        headers: { ...(shopperId === null ? {} : { cookie: shopperCookie(shopperId) }), ...headers },
      }),
    close: () => stop(server),
  };
}

/** Everything a response carries as text: status line, headers and body, to search for what must not leak. */
export async function responseText(response: Response): Promise<string> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  return `${response.status}\n${headers}\n\n${await response.text()}`;
}

/** Resolves with what `promise` rejected with; fails if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
