import { buildUrl, createTalonTransport, type TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationOutput } from '../../client/defineOperation.js';
import { TalonApiError } from '../../client/errors/TalonApiError.js';
import { TalonNetworkError } from '../../client/errors/TalonNetworkError.js';
import { fetchSend } from './fetchSend.js';
import { nodeSend } from './nodeSend.js';
import { UpstreamFailure } from './UpstreamSend.js';

/** How the proxy reaches Talon.One. */
export interface UpstreamOptions {
  baseUrl: string;
  apiKey: string;
  /** Milliseconds for a whole exchange. */
  timeout: number;
  /** The app's fetch; without it, Node's HTTP client where there is one, else the global fetch. */
  fetch: typeof fetch | undefined;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * The proxy's API-keyed transport to Talon.One: the kit's `TalonTransport`, with the same URLs, errors
 * (`TalonApiError`, `TalonNetworkError`) and no validation (the proxy checks input itself), but without ky's
 * per-request machinery (a Request and its clone, merged options, signals) and without retries, which the browser's
 * client does itself. A call that asks for retries (`{ retry }`, from a policy function) goes through the kit's own
 * ky-based transport, which implements them.
 */
export function createUpstream({ baseUrl, apiKey, timeout, fetch }: UpstreamOptions): TalonTransport {
  const headers = { authorization: `ApiKey-v1 ${apiKey}` };
  const jsonHeaders = { ...headers, 'content-type': 'application/json' };
  const origin = baseUrl.replace(/\/+$/, '');
  // The global fetch looked up per call, as ky did: whatever replaces it later (a test's mock) is used.
  const send = fetch ? fetchSend(fetch) : (nodeSend() ?? fetchSend((url, init) => globalThis.fetch(url, init)));
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
      let answer;
      try {
        answer = await send({
          method,
          url: `${origin}/${path}${searchParams === '' ? '' : `?${searchParams}`}`,
          headers: body === undefined ? headers : jsonHeaders,
          body,
          signal,
          timeout,
        });
      } catch (error) {
        throw error instanceof UpstreamFailure ? new TalonNetworkError(operation.id, error.reason, error.cause) : error;
      }
      if (answer.status < 200 || answer.status > 299) {
        throw new TalonApiError(operation.id, answer.status, parse(answer.text));
      }
      if (answer.status === 204 || !operation.output) return undefined as OperationOutput<typeof operation>;
      return parse(answer.text) as OperationOutput<typeof operation>;
    },
  };
}
