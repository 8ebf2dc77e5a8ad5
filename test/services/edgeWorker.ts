// A Cloudflare Worker that serves the proxy, as a storefront on Workers would write it: the handler unchanged, its
// key and Talon.One's URL from the Worker's bindings, the client's IP from Cloudflare's own header. Bundled for
// workerd (no Node modules) by test/services/edge.test.ts.
import { createTalonProxy, headerClientIp, type TalonProxyHandler } from '../../src/proxy/index.js';

interface Env {
  TALON_BASE_URL: string;
  TALON_API_KEY: string;
}

let handler: TalonProxyHandler | undefined;

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    // Created at the first request, where the bindings are known (and timers may start).
    handler ??= createTalonProxy({
      baseUrl: env.TALON_BASE_URL,
      apiKey: env.TALON_API_KEY,
      basePath: '/api/talon',
      identify: (incoming) => /(?:^|;\s*)shopper=([^;]*)/.exec(incoming.headers.get('cookie') ?? '')?.[1] ?? null,
      clientIp: headerClientIp('cf-connecting-ip'),
      rateLimit: { shopper: { limit: 5, windowMs: 60_000 }, ip: false },
      // Small, so that the test's over-limit body is sent whole before the answer (workerd resets a request whose
      // body is still arriving when the Worker has answered).
      bodyLimit: 2_000,
      onError: (error) => console.error('proxy error:', error),
    });
    return handler(request, env);
  },
};
