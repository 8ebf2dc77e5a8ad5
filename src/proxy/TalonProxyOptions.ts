import type { RateLimitRule } from './limits/createRateLimit.js';
import type { TalonProxyLogEntry } from './logging/TalonProxyLogEntry.js';
import type { TalonProxyPolicy } from './policy/TalonProxyPolicy.js';

/** Options of `createTalonProxy`. */
export interface TalonProxyOptions {
  /**
   * Talon.One's base URL, such as `https://yourbaseurl.talon.one` (or a sandbox server's `url`). Missing or not an
   * http(s) URL: as for a missing `apiKey`.
   */
  baseUrl: string;
  /**
   * The Integration API key: sent upstream as `Authorization: ApiKey-v1 <key>`, never to the browser or the log.
   * Missing or empty, the proxy is still created (a build, such as `next build`, needs no secrets), and answers
   * every request with a 500 that says nothing of the key; the first request tells `onError` (or the console) why.
   */
  apiKey: string;
  /**
   * Where the proxy is mounted, such as `/api/talon`: it answers `<basePath>/v1/...` and `<basePath>/v2/...`, the
   * paths the kit's client sends with `baseUrl` set to it. Default: none (`/v1/...`).
   */
  basePath?: string;
  /**
   * Your code: who the request is from, by your storefront's own session (a cookie, say). Resolve to the signed-in
   * shopper's integrationId, a guest ID, or null. Never trust an ID the browser names in the request itself.
   */
  identify: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /** Overrides of {@link defaultPolicy} by operationId, and the bindings' hooks (`priceCart`, `verifyCardLink`, ...). */
  policy?: TalonProxyPolicy;
  /**
   * The secret of customer session IDs minted with `mintSessionId`: a shopper creates sessions only under an ID minted
   * for them, which the proxy checks without asking Talon.One. Default: the `apiKey` (every instance of a deployment
   * agrees, and your server mints with `{ secret: apiKey }`). Set one of its own (32 random characters or more) to
   * rotate the key without ending the open carts' IDs.
   */
  sessionSecret?: string;
  /**
   * Cross-origin browsers allowed in, such as `{ origins: ['https://shop.example'] }`; `credentials: true` lets them
   * send cookies. Default: none, so only pages of the proxy's own origin can call it.
   */
  cors?: { origins: readonly string[]; credentials?: boolean; maxAge?: number };
  /**
   * Requests per shopper and per IP. Default `{ shopper: { limit: 120, windowMs: 60_000 }, ip: { limit: 300,
   * windowMs: 60_000 } }`, counted in this process's memory; on several instances give each rule a shared `store`
   * (see {@link RateLimitRule}). `false` (all, or one of them) turns it off.
   */
  rateLimit?: { shopper?: RateLimitRule | false; ip?: RateLimitRule | false } | false;
  /**
   * Largest request body in bytes; more gets 413. Default 100000. JSON nested deeper than 32 levels gets 400
   * before anything parses it.
   */
  bodyLimit?: number;
  /** Milliseconds the whole request body may take to arrive; a slower upload gets 408. Default 10000. */
  bodyTimeout?: number;
  /**
   * Milliseconds Talon.One may take to answer; then the browser gets 504. Default 10000. Also the time within which
   * a session update that Talon.One refused with 409 (another update of the session was running) is retried.
   */
  timeout?: number;
  /** Receives one structured entry per request (see {@link TalonProxyLogEntry}). Default: no logging. */
  logger?: (entry: TalonProxyLogEntry) => void;
  /** Told about failures of the proxy or of your `identify` and policy code (answered with a bare 500). */
  onError?: (error: unknown) => void;
  /**
   * The client's IP for the per-IP limit, from the request and the runtime's bindings (the handler's second
   * argument). Default: the socket address under `@hono/node-server`; elsewhere none, so no per-IP limit.
   * Behind load balancers that append to `X-Forwarded-For`: `forwardedClientIp(trustedHops)` (never the header's
   * first entry: the client writes it). On a platform that sets a header of its own: `headerClientIp(name)`, with
   * `'cf-connecting-ip'` on Cloudflare, `'x-real-ip'` on Vercel, `'fly-client-ip'` on Fly.io. IPv6 clients are
   * counted by their /64.
   */
  clientIp?: (request: Request, env: unknown) => string | null | undefined;
  /**
   * The fetch used to reach Talon.One. Default: undici (a pool of keep-alive connections) where it runs (Node), else
   * the global fetch (edge runtimes).
   */
  fetch?: typeof fetch;
}
