import { createTalonSandbox, type TalonSandbox } from './createTalonSandbox.js';
import { createSandboxApp } from './http/createSandboxApp.js';
import type { SandboxSeed } from './SandboxSeed.js';

/** Options of {@link startTalonSandboxServer}. */
export interface TalonSandboxServerOptions {
  /** The port to listen on. Default 0: any free port (read it from the result). */
  port?: number;
  /** The interface to listen on. Default `127.0.0.1`: loopback only, never reachable from other machines. */
  hostname?: string;
  /** When set, every request needs `Authorization: ApiKey-v1 <apiKey>`, else it gets 401 as from Talon.One. */
  apiKey?: string;
  /** The sandbox to serve. Default: a new one, from `seed`. */
  sandbox?: TalonSandbox;
  /** The data of the new sandbox, when no `sandbox` is given. */
  seed?: SandboxSeed;
  /** Told about every failure of the sandbox itself (answered with a bare 500), such as `console.error`. */
  onError?: (error: unknown) => void;
  /**
   * Milliseconds every request takes to answer, as Talon.One's do over a network. While an update of a customer
   * session takes that long, another update of the same session gets Talon.One's 409 (`Too many requests are
   * updating this session at the same time`), not applied: how a proxy's handling of parallel updates is tested.
   * Default 0 (answers at once; updates never overlap).
   */
  latency?: number;
}

/** A running sandbox server. */
export interface TalonSandboxServer {
  /** Its origin, such as `http://127.0.0.1:4010`: the Integration API's base URL for a proxy. */
  readonly url: string;
  /** The port it listens on: the one asked for, or the free one it was given for port 0. */
  readonly port: number;
  /** The sandbox it serves: seed more data, read the state or move the clock while it runs. */
  readonly sandbox: TalonSandbox;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

// The part of Node's server that is used here, so that the public types need no Node types.
interface NodeServer {
  once(event: 'listening' | 'error', listener: (error?: Error) => void): unknown;
  off(event: 'error', listener: (error?: Error) => void): unknown;
  address(): { port: number } | string | null;
  close(callback: (error?: Error) => void): unknown;
  closeAllConnections?(): void;
}

/**
 * Starts a real HTTP server (Hono on Node) that answers like the Talon.One Integration API, backed by a sandbox: for a
 * proxy, a backend or any HTTP client. Node only; `talon-react/mock` itself stays importable in browsers.
 *
 * ```ts
 * const server = await startTalonSandboxServer({ apiKey: 'test-key', seed: demoSeed() });
 * // Talon.One's base URL is server.url; send `Authorization: ApiKey-v1 test-key`.
 * await server.close();
 * ```
 */
export async function startTalonSandboxServer(options: TalonSandboxServerOptions = {}): Promise<TalonSandboxServer> {
  const { port = 0, hostname = '127.0.0.1', apiKey, seed, onError, latency } = options;
  if (options.sandbox && seed) throw new TypeError('startTalonSandboxServer takes a sandbox or a seed, not both');
  // Imported here, not at the top: the entry is also loaded in browsers (MSW in Storybook), which have no node:http.
  const { serve } = await import('@hono/node-server');
  const sandbox = options.sandbox ?? createTalonSandbox(seed);
  const app = createSandboxApp(sandbox, {
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(onError ? { onError } : {}),
    ...(latency === undefined ? {} : { latency }),
  });
  // Keep the process's own Request and Response: the adapter would otherwise replace the globals, under MSW and tests.
  const server = serve({ fetch: app.fetch, port, hostname, overrideGlobalObjects: false }) as unknown as NodeServer;
  await new Promise<void>((resolve, reject) => {
    const fail = (error?: Error) => reject(error ?? new Error('the sandbox server could not start'));
    server.once('error', fail);
    server.once('listening', () => {
      server.off('error', fail);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections of clients would hold `close` open until they time out.
        server.closeAllConnections?.();
      }),
  };
}
