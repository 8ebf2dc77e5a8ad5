import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ProxyEnv } from '../http/ProxyEnv.js';

/**
 * hono/body-limit, with its common case taken first: a `Content-Length` without `Transfer-Encoding` is checked as it
 * is (the HTTP server already holds the body to that length), exactly as hono/body-limit would. hono/body-limit looks
 * at `request.body` before that, which under @hono/node-server turns its lean request into a full Request with a Web
 * stream of the body, then read through that stream: a cost on every write. Bodies of unknown length go to
 * hono/body-limit, which counts them as they arrive.
 */
export function limitBody(maxSize: number, onError: (c: Context<ProxyEnv>) => never): MiddlewareHandler<ProxyEnv> {
  const counted = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return counted(c, next);
    if (parseInt(length, 10) > maxSize) onError(c);
    await next();
  };
}
