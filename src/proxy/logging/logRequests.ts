import type { MiddlewareHandler } from 'hono';
import type { ProxyEnv } from '../ProxyEnv.js';
import type { TalonProxyOptions } from '../TalonProxyOptions.js';
import { createPseudonymizer } from './createPseudonymizer.js';
import type { TalonProxyOutcome } from './TalonProxyLogEntry.js';

/**
 * The first middleware: finds the client's IP, marks every answer as personal and not to be cached or sniffed, and
 * after the answer writes one log entry.
 */
export function logRequests({
  logger,
  onError,
  clientIp,
}: Pick<TalonProxyOptions, 'logger' | 'onError'> & {
  clientIp: NonNullable<TalonProxyOptions['clientIp']>;
}): MiddlewareHandler<ProxyEnv> {
  const pseudonym = logger ? createPseudonymizer() : undefined;
  return async (c, next) => {
    c.set('ip', clientIp(c.req.raw, c.env) || null);
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    if (!logger || !pseudonym) return next();
    const started = performance.now();
    const time = new Date().toISOString();
    await next();
    const status = c.res.status;
    const outcome: TalonProxyOutcome =
      c.get('outcome') ?? (c.req.method === 'OPTIONS' && status < 400 ? 'preflight' : 'error');
    const reason = c.get('reason');
    try {
      logger({
        time,
        method: c.req.method,
        operationId: c.get('operationId') ?? null,
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        outcome,
        ...(reason === undefined ? {} : { reason }),
        shopper: await pseudonym(c.get('shopperId') ?? null),
        ip: await pseudonym(c.get('ip')),
      });
    } catch (error) {
      // A failing logger must not turn a good answer into an error.
      onError?.(error);
    }
  };
}
