import { UpstreamFailure, type UpstreamSend } from './UpstreamSend.js';

// The parts of node:http and node:https used here, so that the package's types need no Node types.
interface IncomingMessage {
  readonly statusCode?: number;
  readonly complete: boolean;
  setEncoding(encoding: 'utf8'): void;
  on(event: 'data', listener: (chunk: string) => void): void;
  on(event: 'end' | 'close', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
}
interface ClientRequest {
  readonly reusedSocket: boolean;
  on(event: 'error', listener: (error: Error & { code?: string }) => void): void;
  end(body?: Uint8Array): void;
  destroy(): void;
}
interface HttpModule {
  Agent: new (options: { keepAlive: boolean }) => object;
  request(
    url: string,
    options: { method: string; headers: Record<string, string | number>; agent: object },
    callback: (response: IncomingMessage) => void,
  ): ClientRequest;
}

// HTTP says these may be sent twice: a request that met a keep-alive connection just closed by the server is resent.
const idempotent = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
const encoder = new TextEncoder();

function builtin(id: string): HttpModule | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  // getBuiltinModule, not `import 'node:http'`: bundlers for edge runtimes never see a Node module.
  let module: unknown;
  try {
    module = typeof process?.getBuiltinModule === 'function' ? process.getBuiltinModule(id) : undefined;
  } catch {
    // A runtime that imitates Node's process may throw for modules it lacks.
  }
  const http = module as Partial<HttpModule> | undefined;
  return typeof http?.request === 'function' && typeof http.Agent === 'function' ? (http as HttpModule) : undefined;
}

/**
 * Sends with Node's own HTTP client over keep-alive connections, where there is one (Node, Bun, Deno): the global
 * fetch builds a Request, a Response, streams and signals for every call, which under load costs the proxy more than
 * everything else it does. Undefined elsewhere (edge runtimes), where the proxy uses fetch.
 */
export function nodeSend(): UpstreamSend | undefined {
  const http = builtin('node:http');
  const https = builtin('node:https');
  if (!http || !https) return undefined;
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  return ({ method, url, headers, body, signal, timeout }) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(new UpstreamFailure('aborted', signal.reason));
        return;
      }
      const secure = url.startsWith('https:');
      const bytes = body === undefined ? undefined : encoder.encode(body);
      const options = {
        method,
        headers: bytes ? { ...headers, 'content-length': bytes.length } : headers,
        agent: secure ? agents.https : agents.http,
      };
      let outgoing: ClientRequest;
      let settled = false;
      const finish = (failure: UpstreamFailure | undefined, status = 0, text = '') => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (failure) {
          outgoing.destroy();
          reject(failure);
        } else resolve({ status, text });
      };
      const onAbort = () => finish(new UpstreamFailure('aborted', signal?.reason));
      const timer = setTimeout(() => finish(new UpstreamFailure('timeout')), timeout);
      signal?.addEventListener('abort', onAbort, { once: true });

      const attempt = (mayRetry: boolean) => {
        let answered = false;
        outgoing = (secure ? https : http).request(url, options, (incoming) => {
          answered = true;
          let text = '';
          incoming.setEncoding('utf8');
          incoming.on('data', (chunk) => (text += chunk));
          incoming.on('end', () => finish(undefined, incoming.statusCode ?? 0, text));
          incoming.on('error', (error) => finish(new UpstreamFailure('network', error)));
          incoming.on('close', () => {
            if (!incoming.complete) finish(new UpstreamFailure('network', new Error('the answer was cut off')));
          });
        });
        outgoing.on('error', (error) => {
          if (settled) return;
          if (mayRetry && !answered && outgoing.reusedSocket && error.code === 'ECONNRESET') attempt(false);
          else finish(new UpstreamFailure('network', error));
        });
        outgoing.end(bytes);
      };
      attempt(idempotent.has(method));
    });
}
