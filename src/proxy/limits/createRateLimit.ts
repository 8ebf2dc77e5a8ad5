import type { MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { ProxyEnv } from '../http/ProxyEnv.js';
import { errorBody } from '../../server/errorBody.js';

/** At most `limit` requests per `windowMs` milliseconds. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/**
 * A fixed-window limit per key in memory (hono-rate-limiter's store), with `RateLimit-*` headers and, on 429,
 * `Retry-After` and Talon.One's error body. Requests without a key (no shopper, no known IP) are not counted here.
 * One process's memory: behind several instances, each counts alone.
 */
export function createRateLimit(
  rule: RateLimitRule,
  what: 'shopper' | 'IP',
  key: (c: Parameters<MiddlewareHandler<ProxyEnv>>[0]) => string | null,
): MiddlewareHandler<ProxyEnv> {
  return rateLimiter<ProxyEnv>({
    limit: rule.limit,
    windowMs: rule.windowMs,
    standardHeaders: 'draft-6',
    skip: (c) => key(c) === null,
    keyGenerator: (c) => key(c) ?? '',
    handler: (c) => {
      c.set('outcome', 'rate-limited');
      const message = `too many requests from this ${what}: try again later`;
      c.set('reason', message);
      return c.json(errorBody(429, message), 429);
    },
  });
}
