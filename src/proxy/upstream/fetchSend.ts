import { UpstreamFailure, type UpstreamSend } from './UpstreamSend.js';

/**
 * Sends with a Web-standard fetch: the app's own, or the global one where undici cannot run (edge runtimes). One
 * AbortController per request covers both the timeout and the browser going away. The global fetch fails only for the
 * network, whatever it throws (workerd: `Error: Network connection lost.`); the app's fails for the network with a
 * TypeError, as the standard says, and anything else it throws is the app's fault (a 500, told to `onError`).
 */
export function fetchSend(fetchImpl: typeof fetch, { global = false }: { global?: boolean } = {}): UpstreamSend {
  return async ({ method, url, headers, body, signal, timeout }) => {
    if (signal?.aborted) throw new UpstreamFailure('aborted', signal.reason);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await fetchImpl(url, { method, headers, body: body ?? null, signal: controller.signal });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      if (timedOut) throw new UpstreamFailure('timeout', error);
      if (signal?.aborted) throw new UpstreamFailure('aborted', error);
      // fetch rejects with a TypeError when it cannot reach the server; anything else is a fault of the app's fetch.
      if (global || error instanceof TypeError) throw new UpstreamFailure('network', error);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}
