import type { ClientRateLimitInfo, Store } from 'hono-rate-limiter';
import type { ProxyEnv } from '../ProxyEnv.js';

/** What the proxy does while the rate limit store fails or does not answer. */
export type StoreFailureMode = 'open' | 'closed';

/** The store could not count this request, and the rule says `closed`: the browser gets 503. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
}

// How long the store may take to count a request; then it counts as failed.
const storeTimeout = 1_000;
// After a failure, requests do not wait for the store again until this has passed: a dead Redis costs each request
// nothing, instead of a timeout.
const pauseAfterFailure = 1_000;

/**
 * A store used through a guard: a failure or a slow answer (Redis down, the network cut) never hangs a request or
 * becomes a 500. In `open` mode the request passes uncounted, in `closed` mode it is refused ({@link StoreUnavailable},
 * answered 503); `report` hears of the first failure of each outage, so that an outage is one log line, not one per
 * request.
 */
export function guardStore(store: Store<ProxyEnv>, mode: StoreFailureMode, report: (error: unknown) => void) {
  let failedUntil = 0;
  let healthy = true;

  const fail = (error: unknown): ClientRateLimitInfo => {
    if (healthy) {
      healthy = false;
      report(
        new Error(
          `the rate limit store failed: requests are ${mode === 'open' ? 'let through uncounted' : 'refused with 503'} until it answers again`,
          { cause: error },
        ),
      );
    }
    if (mode === 'closed') throw new StoreUnavailable('the rate limit store is unavailable', { cause: error });
    return { totalHits: 0 };
  };

  const guarded: Store<ProxyEnv> = {
    ...(store.init ? { init: (options) => store.init?.(options) } : {}),
    localKeys: store.localKeys ?? false,
    ...(store.prefix === undefined ? {} : { prefix: store.prefix }),
    async increment(key) {
      if (Date.now() < failedUntil) return fail(new Error('the store failed a moment ago'));
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const info = await Promise.race([
          store.increment(key),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`the store did not answer within ${storeTimeout} ms`)),
              storeTimeout,
            );
          }),
        ]);
        healthy = true;
        return info;
      } catch (error) {
        failedUntil = Date.now() + pauseAfterFailure;
        return fail(error);
      } finally {
        clearTimeout(timer);
      }
    },
    decrement: async (key) => {
      try {
        await store.decrement(key);
      } catch {
        // Only used to take back a count; a failing store has lost it anyway.
      }
    },
    resetKey: (key) => store.resetKey(key),
  };
  return guarded;
}
