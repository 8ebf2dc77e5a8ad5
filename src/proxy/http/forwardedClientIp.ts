import { plausibleIp } from './plausibleIp.js';

/**
 * `clientIp` behind load balancers that append to `X-Forwarded-For`: the entry the outermost of your `trustedHops`
 * balancers appended (one balancer: the last entry; a CDN in front of it: the one before). The entries before it are
 * whatever the client wrote, so never the first one.
 *
 * ```ts
 * createTalonProxy({ ..., clientIp: forwardedClientIp(1) }); // AWS ALB, nginx with $proxy_add_x_forwarded_for
 * ```
 *
 * Only where clients cannot reach the proxy around the balancers; with fewer entries than hops, no IP (no per-IP limit).
 */
export function forwardedClientIp(trustedHops: number): (request: Request) => string | null {
  if (!Number.isInteger(trustedHops) || trustedHops < 1) {
    throw new TypeError(
      'forwardedClientIp: trustedHops is the number of your balancers in front of the proxy (1 or more)',
    );
  }
  return (request) => {
    const entries = request.headers.get('x-forwarded-for')?.split(',') ?? [];
    return plausibleIp(entries[entries.length - trustedHops]);
  };
}
