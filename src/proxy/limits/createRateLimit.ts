import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter, type Store } from 'hono-rate-limiter';
import { errorBody } from '../../server/errorBody.js';
import type { ProxyEnv } from '../ProxyEnv.js';
import { BoundedMemoryStore } from './BoundedMemoryStore.js';
import { guardStore, StoreUnavailable, type StoreFailureMode } from './guardStore.js';

/**
 * At most `limit` requests per `windowMs` milliseconds, counted in `store`.
 *
 * ```ts
 * import { RedisStore } from 'hono-rate-limiter';
 * rateLimit: {
 *   shopper: { store: new RedisStore({ client, prefix: 'talon-shopper:' }) },
 *   ip: { store: new RedisStore({ client, prefix: 'talon-ip:' }), onStoreFailure: 'closed' },
 * }
 * ```
 */
export interface RateLimitRule {
  /** Requests per window. Default 120 per shopper, 300 per IP. */
  limit?: number;
  /** The window in milliseconds. Default 60000. */
  windowMs?: number;
  /**
   * Where requests are counted: a hono-rate-limiter store (its `RedisStore` over Redis or Upstash, a Cloudflare
   * store), shared by every instance of the proxy, so that together they allow `limit`. Each rule needs a store of
   * its own (a store keeps one limiter's window). Default: this process's memory, which each instance counts alone.
   */
  store?: Store;
  /**
   * When the store fails or takes longer than a second (Redis down): `'open'` lets requests through uncounted (the
   * shop keeps working, unlimited), `'closed'` answers 503 with `Retry-After` (nothing passes unlimited). Either way
   * no request waits for a dead store more than a second, and `onError` hears once per outage. Default `'open'`.
   */
  onStoreFailure?: StoreFailureMode;
  /**
   * For the in-memory default: the most clients counted at once; past it, the one not seen for longest is forgotten
   * (and gets a fresh window). Default 100000.
   */
  maxKeys?: number;
}

/** What {@link createRateLimit} needs beyond the rule. */
export interface RateLimitSetup {
  readonly what: 'shopper' | 'IP';
  readonly key: (c: Context<ProxyEnv>) => string | null;
  readonly report: (error: unknown) => void;
}

/**
 * A fixed-window limit per key (hono-rate-limiter), with `RateLimit-*` headers and, on 429, `Retry-After` and
 * Talon.One's error body. Requests without a key (no shopper, no known IP) are not counted here.
 */
export function createRateLimit(
  rule: Required<Pick<RateLimitRule, 'limit' | 'windowMs'>> & RateLimitRule,
  { what, key, report }: RateLimitSetup,
): MiddlewareHandler<ProxyEnv> {
  const store = rule.store
    ? guardStore(rule.store as unknown as Store<ProxyEnv>, rule.onStoreFailure ?? 'open', report)
    : new BoundedMemoryStore(rule.maxKeys ?? 100_000);
  const limiter = rateLimiter<ProxyEnv>({
    limit: rule.limit,
    windowMs: rule.windowMs,
    standardHeaders: 'draft-6',
    store,
    skip: (c) => key(c) === null,
    keyGenerator: (c) => key(c) ?? '',
    handler: (c) => {
      c.set('outcome', 'rate-limited');
      const message = `too many requests from this ${what}: try again later`;
      c.set('reason', message);
      return c.json(errorBody(429, message), 429);
    },
  });
  return async (c, next) => {
    try {
      return await limiter(c, next);
    } catch (error) {
      if (!(error instanceof StoreUnavailable)) throw error;
      const message = 'the proxy cannot count requests right now: try again later';
      c.set('outcome', 'rate-limited');
      c.set('reason', 'the rate limit store is unavailable');
      c.header('Retry-After', '1');
      return c.json(errorBody(503, message), 503);
    }
  };
}
