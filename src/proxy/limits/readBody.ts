import type { Context, MiddlewareHandler } from 'hono';
import type { ProxyEnv } from '../ProxyEnv.js';
import { TalonProxyRefusal } from '../TalonProxyRefusal.js';
import { maxJsonDepth, nestsDeeperThan } from './jsonDepth.js';

/** Limits of a request body. */
export interface BodyLimits {
  /** Bytes; more is 413. */
  readonly maxSize: number;
  /** Milliseconds for the whole body to arrive; later is 408. */
  readonly timeout: number;
}

const decoder = new TextDecoder();

// The stream of a body of unknown length (chunked), counted as it arrives. Read from the request itself: under
// @hono/node-server without its global Request (`overrideGlobalObjects: false`), hono/body-limit's
// `new Request(request, ...)` throws for the adapter's own request object.
async function readCounted(c: Context<ProxyEnv>, maxSize: number, expired: Promise<never>): Promise<string> {
  const stream = c.req.raw.body;
  if (!stream) return '';
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), expired]);
    if (done) break;
    size += value.byteLength;
    if (size > maxSize) throw tooLarge(c, maxSize);
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(bytes);
}

// The rest of the body is not read: under @hono/node-server, the connection is closed after the answer rather than
// drained. Runtimes of fetch manage their connections themselves (workerd resets the request if a Worker asks).
function closeAfterAnswer(c: Context<ProxyEnv>) {
  if ((c.env as { incoming?: unknown } | undefined)?.incoming) c.header('Connection', 'close');
}

function tooLarge(c: Context<ProxyEnv>, maxSize: number) {
  closeAfterAnswer(c);
  return new TalonProxyRefusal(413, `the request body is larger than ${maxSize} bytes`);
}

/**
 * Reads the request body once for the routes that take one, within `limits`, and hands its text on (`c.var.body`):
 * a `Content-Length` over the limit is refused before reading, a body of unknown length as soon as it passes the
 * limit, one that is still arriving at the deadline with 408 (a slow upload would otherwise hold the request for
 * Node's 300 s), and JSON nested deeper than {@link maxJsonDepth} with 400 before anything parses it.
 */
export function readBody({ maxSize, timeout }: BodyLimits): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const length = c.req.header('content-length');
    const known = length !== undefined && c.req.header('transfer-encoding') === undefined;
    if (known && Number(length) > maxSize) throw tooLarge(c, maxSize);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        closeAfterAnswer(c);
        reject(new TalonProxyRefusal(408, `the request body did not arrive within ${timeout} ms`));
      }, timeout);
    });
    expired.catch(() => {});
    let text: string;
    try {
      // A known length is held to it by the HTTP server: the adapter's own fast read, without a Web stream.
      text = known
        ? length === '0'
          ? ''
          : await Promise.race([c.req.text(), expired])
        : await readCounted(c, maxSize, expired);
    } finally {
      clearTimeout(timer);
    }
    if (nestsDeeperThan(text, maxJsonDepth)) {
      throw new TalonProxyRefusal(400, `the request body nests deeper than ${maxJsonDepth} levels`);
    }
    c.set('body', text);
    await next();
  };
}
