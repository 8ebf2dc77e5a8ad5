import { buildUrl, createTalonTransport, type TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationOutput } from '../../client/defineOperation.js';
import { TalonApiError } from '../../client/errors/TalonApiError.js';
import { TalonNetworkError } from '../../client/errors/TalonNetworkError.js';
import type { OperationId } from '../../client/routes.js';
import { jsonOrText } from '../../client/jsonOrText.js';
import { fetchSend } from './fetchSend.js';
import { undiciSend } from './undiciSend.js';
import { UpstreamFailure, type UpstreamAnswer } from './UpstreamSend.js';

/** How the proxy reaches Talon.One. */
export interface UpstreamOptions {
  /** An absolute http(s) URL. */
  baseUrl: string;
  apiKey: string;
  /** Milliseconds for a whole call, retries of conflicts included. */
  timeout: number;
  /** The app's fetch; without it, undici where it runs, else the global fetch. */
  fetch: typeof fetch | undefined;
}

// Talon.One answers these with 409 when another request is updating the same session or profile at the same time
// ("avoid parallel requests"): the write was not applied, so sending it again is safe.
const conflicting: ReadonlySet<OperationId> = new Set([
  'updateCustomerSessionV2',
  'updateCustomerProfileV2',
  'trackEventV2',
]);

// Exponential, with jitter so that two instances retrying the same session do not collide again in step.
const backoff = (attempt: number) => Math.min(400, 10 * 2 ** attempt) * (0.5 + Math.random() / 2);

const pause = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', aborted);
    };
    const aborted = () => {
      done();
      reject(new UpstreamFailure('aborted', signal?.reason));
    };
    const timer = setTimeout(() => {
      done();
      resolve();
    }, ms);
    signal?.addEventListener('abort', aborted, { once: true });
  });

/**
 * The proxy's API-keyed transport to Talon.One: the kit's `TalonTransport`, with the same URLs, errors
 * (`TalonApiError`, `TalonNetworkError`) and no validation (the proxy checks input itself), over undici's keep-alive
 * pool instead of ky and fetch (a Request, its clone, streams and signals per call cost the proxy more than all else
 * it does). No retries, which the browser's client does itself, but two: a read that met a closed connection, once,
 * and a write Talon.One refused with 409 because another update of the same session or profile was running, with
 * backoff until the timeout. A call that asks for retries (`{ retry }`, from a policy function) goes through the
 * kit's own ky-based transport, which implements them.
 */
export function createUpstream({ baseUrl, apiKey, timeout, fetch }: UpstreamOptions): TalonTransport {
  const headers = { authorization: `ApiKey-v1 ${apiKey}` };
  const jsonHeaders = { ...headers, 'content-type': 'application/json' };
  const { origin, pathname } = new URL(baseUrl);
  const root = `${origin}${pathname.replace(/\/+$/, '')}`;
  // The global fetch looked up per call, as ky did: whatever replaces it later (a test's mock) is used.
  const send = fetch
    ? fetchSend(fetch)
    : (undiciSend(origin) ?? fetchSend((url, init) => globalThis.fetch(url, init), { global: true }));
  let retrying: TalonTransport | undefined;

  return {
    baseUrl,
    async request(operation, input, options = {}) {
      const { signal, retry } = options;
      if (retry !== undefined && retry > 0) {
        retrying ??= createTalonTransport({
          baseUrl,
          headers,
          timeout,
          retry: 0,
          validate: false,
          ...(fetch ? { fetch } : {}),
        });
        return retrying.request(operation, input, options);
      }
      const params = input as Record<string, unknown>;
      const { path, searchParams, method } = buildUrl(operation, params);
      const body = params.body === undefined ? undefined : JSON.stringify(params.body);
      const request = {
        method,
        url: `${root}/${path}${searchParams === '' ? '' : `?${searchParams}`}`,
        headers: body === undefined ? headers : jsonHeaders,
        body,
        signal,
      };
      const started = Date.now();
      let answer: UpstreamAnswer;
      try {
        for (let attempt = 0; ; attempt++) {
          answer = await send({ ...request, timeout: timeout - (Date.now() - started) });
          if (answer.status !== 409 || !conflicting.has(operation.id)) break;
          const wait = backoff(attempt);
          // Only while another attempt still fits in the timeout; else the browser gets Talon.One's 409.
          if (Date.now() - started + 2 * wait >= timeout) break;
          await pause(wait, signal);
        }
      } catch (error) {
        throw error instanceof UpstreamFailure ? new TalonNetworkError(operation.id, error.reason, error.cause) : error;
      }
      if (answer.status < 200 || answer.status > 299) {
        throw new TalonApiError(operation.id, answer.status, jsonOrText(answer.text));
      }
      if (answer.status === 204 || !operation.output) return undefined as OperationOutput<typeof operation>;
      return jsonOrText(answer.text) as OperationOutput<typeof operation>;
    },
  };
}
