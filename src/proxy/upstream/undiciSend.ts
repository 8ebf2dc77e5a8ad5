import { UpstreamFailure, type UpstreamSend } from './UpstreamSend.js';

// The parts of undici used here, so that the package's types need no Node types.
interface ResponseData {
  readonly statusCode: number;
  readonly body: { text(): Promise<string> };
}
interface Pool {
  request(options: {
    path: string;
    method: string;
    headers: Readonly<Record<string, string>>;
    body: string | null;
    signal: AbortSignal;
    headersTimeout: number;
    bodyTimeout: number;
  }): Promise<ResponseData>;
}
interface Undici {
  Pool: new (origin: string, options: { keepAliveTimeout: number; keepAliveMaxTimeout: number }) => Pool;
}
interface NodeModule {
  createRequire(from: string): (id: string) => unknown;
}

/**
 * undici, loaded where it can run (Node, Bun), else undefined. Not `import 'undici'`: bundlers for edge runtimes
 * would pull it in, and it needs Node's sockets; loaded through `require`, they never see it.
 */
function loadUndici(): Undici | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    const module = process?.getBuiltinModule?.('node:module') as NodeModule | undefined;
    const undici = module?.createRequire(import.meta.url)('undici') as Partial<Undici> | undefined;
    return typeof undici?.Pool === 'function' ? (undici as Undici) : undefined;
  } catch {
    // A runtime that imitates Node's process may lack modules, or undici may not be installed beside the kit.
    return undefined;
  }
}

// Network failures before any answer: the request may be sent again. Never a timeout or an abort.
const isConnectionFailure = (error: unknown) =>
  error instanceof Error &&
  ['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNRESET', 'EPIPE', 'ECONNREFUSED'].includes(
    (error as Error & { code?: string }).code ?? '',
  );

/**
 * Sends with undici over a pool of keep-alive connections to `origin`, where undici can run; undefined elsewhere
 * (edge runtimes), where the proxy uses fetch. A read that meets a closed connection is sent once more; a write
 * never is: Talon.One may have received and applied it, and applying a session update twice is worse than a 502.
 */
export function undiciSend(origin: string): UpstreamSend | undefined {
  const undici = loadUndici();
  if (!undici) return undefined;
  // Below the servers' usual idle timeouts, so the pool closes an idle connection before the server does.
  const pool = new undici.Pool(origin, { keepAliveTimeout: 4_000, keepAliveMaxTimeout: 60_000 });

  return async ({ method, url, headers, body, signal, timeout }) => {
    if (signal?.aborted) throw new UpstreamFailure('aborted', signal.reason);
    const path = url.slice(origin.length);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const options = {
      path,
      method,
      headers,
      body: body ?? null,
      signal: controller.signal,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    };
    try {
      let answer: ResponseData;
      try {
        answer = await pool.request(options);
      } catch (error) {
        if (method !== 'GET' || !isConnectionFailure(error) || controller.signal.aborted) throw error;
        answer = await pool.request(options);
      }
      return { status: answer.statusCode, text: await answer.body.text() };
    } catch (error) {
      if (timedOut) throw new UpstreamFailure('timeout', error);
      if (signal?.aborted) throw new UpstreamFailure('aborted', error);
      // undici's own errors and the system's carry a code; anything else is a fault here, not the network's.
      if (typeof (error as { code?: unknown } | null)?.code === 'string') throw new UpstreamFailure('network', error);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}
