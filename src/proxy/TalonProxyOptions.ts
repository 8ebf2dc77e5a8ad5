import type { RateLimitRule } from './limits/createRateLimit.js';
import type { TalonProxyLogEntry } from './logging/TalonProxyLogEntry.js';
import type { TalonProxyPolicy } from './policy/TalonProxyPolicy.js';

/** Options of `createTalonProxy`. */
export interface TalonProxyOptions {
  /** Talon.One's base URL, such as `https://yourbaseurl.talon.one` (or a sandbox server's `url`). */
  baseUrl: string;
  /** The Integration API key: sent upstream as `Authorization: ApiKey-v1 <key>`, never to the browser or the log. */
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
   * windowMs: 60_000 } }`; `false` (all, or one of them) turns it off. Counted in this process's memory.
   */
  rateLimit?: { shopper?: RateLimitRule | false; ip?: RateLimitRule | false } | false;
  /** Largest request body in bytes; more gets 413. Default 100000. */
  bodyLimit?: number;
  /** Milliseconds Talon.One may take to answer; then the browser gets 504. Default 10000. */
  timeout?: number;
  /** Receives one structured entry per request (see {@link TalonProxyLogEntry}). Default: no logging. */
  logger?: (entry: TalonProxyLogEntry) => void;
  /** Told about failures of the proxy or of your `identify` and policy code (answered with a bare 500). */
  onError?: (error: unknown) => void;
  /**
   * The client's IP for the per-IP limit, from the request and the runtime's bindings (the handler's second
   * argument). Default: the socket address under `@hono/node-server`; elsewhere none, so no per-IP limit.
   * Behind a load balancer: `(request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null`,
   * if your balancer sets that header and clients cannot reach the proxy around it.
   */
  clientIp?: (request: Request, env: unknown) => string | null | undefined;
  /**
   * The fetch used to reach Talon.One. Default: Node's own HTTP client with keep-alive connections where the runtime
   * has one (`process.getBuiltinModule('node:http')`: Node, Bun, Deno), else the global fetch.
   */
  fetch?: typeof fetch;
}
