import ky, { HTTPError, TimeoutError, type KyInstance, type RetryOptions } from 'ky';
import * as z from 'zod/mini';
import type { Operation, OperationInput, OperationOutput } from './defineOperation.js';
import { TalonApiError } from './errors/TalonApiError.js';
import { TalonError } from './errors/TalonError.js';
import { TalonNetworkError } from './errors/TalonNetworkError.js';
import { TalonValidationError } from './errors/TalonValidationError.js';
import { formatIssues } from './formatIssues.js';
import { routes } from './routes.js';
import { jsonOrText } from './jsonOrText.js';

/** How the client reaches the proxy. */
export interface TalonClientOptions {
  /** The proxy's URL, such as `/api/talon` or `https://shop.example/api/talon`. Never Talon.One itself. */
  baseUrl: string;
  /** Headers for every request to the proxy (a CSRF token, say), or a function that returns them per request. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
  /**
   * Milliseconds an attempt may take before it fails with a timeout (timeouts are not retried). Default 10000; `false`
   * for none.
   */
  timeout?: number | false;
  /** Retries of reads on network errors, 408, 429 and 5xx, with backoff and `Retry-After`. Default 2. */
  retry?: number | Pick<RetryOptions, 'limit' | 'backoffLimit' | 'delay' | 'jitter' | 'maxRetryAfter'>;
  /** Check requests and responses against the schemas. Default true. */
  validate?: boolean;
}

/** Options of one call. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Retries for this call. Writes are never retried unless this is set: a retried write may apply twice. */
  retry?: number;
}

/** Sends any operation: the lean core behind the client and the hooks, without the table of all operations. */
export interface TalonTransport {
  readonly baseUrl: string;
  request<O extends Operation>(
    operation: O,
    input: OperationInput<O>,
    options?: RequestOptions,
  ): Promise<OperationOutput<O>>;
}

const retryStatusCodes = [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, operation: string, target: 'request' | 'response'): T {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (!result.success) throw new TalonValidationError(operation, target, formatIssues(result.error.issues));
  return result.data;
}

/**
 * The operation's path (without a leading slash, path parameters percent-encoded), query string and method for
 * `input`. Internal: shared with the proxy's upstream client, so that both encode IDs the same way.
 */
export function buildUrl(operation: Operation, input: Record<string, unknown>) {
  const route = routes[operation.id];
  const used = new Set<string>(['body']);
  const path = route.path.slice(1).replace(/\{(\w+)\}/g, (_, name: string) => {
    used.add(name);
    return encodeURIComponent(String(input[name]));
  });
  const query: string[] = [];
  const add = (name: string, encodedValue: string) => query.push(`${encodeURIComponent(name)}=${encodedValue}`);
  const encode = (value: unknown) => encodeURIComponent(String(value));
  for (const [name, value] of Object.entries(input)) {
    if (used.has(name) || value === undefined) continue;
    if (!Array.isArray(value)) add(name, encode(value));
    // style=form, explode=false: the commas between items are delimiters and stay literal; commas inside an item
    // are encoded. (URLSearchParams would encode the delimiters too, making `a,b` and `['a', 'b']` the same.)
    else if ('arrays' in route) add(name, value.map(encode).join(','));
    else for (const item of value) add(name, encode(item));
  }
  return { path, searchParams: query.join('&'), method: route.method };
}

const readBody = async (response: Response): Promise<unknown> => jsonOrText(await response.text());

// Every failure becomes a TalonError, so that the hooks' declared error type holds: anything else (a `headers`
// function or a custom `fetch` that throws, say) is wrapped with the original as its `cause`.
async function toTalonError(error: unknown, operation: string, signal: AbortSignal | undefined): Promise<TalonError> {
  if (error instanceof TalonError) return error;
  if (error instanceof HTTPError)
    return new TalonApiError(operation, error.response.status, await readBody(error.response));
  if (error instanceof TimeoutError) return new TalonNetworkError(operation, 'timeout', error);
  // fetch rejects with the signal's reason: an AbortError only when `abort()` was called without one.
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
    return new TalonNetworkError(operation, 'aborted', error);
  }
  if (error instanceof TypeError) return new TalonNetworkError(operation, 'network', error);
  const detail = error instanceof Error ? error.message : String(error);
  return new TalonError(operation, `${operation} failed: ${detail}`, { cause: error });
}

// A proxy path such as `/api/talon` is relative to the page. A browser's fetch resolves it; Node's does not, even in
// tests under jsdom, which do have a page: so resolve it against the page's location whenever there is one.
function resolveBaseUrl(baseUrl: string): string {
  const page = (globalThis as { location?: { href: string } }).location;
  return page && !/^[a-z][a-z\d+.-]*:/i.test(baseUrl) ? new URL(baseUrl, page.href).href : baseUrl;
}

/** Creates the lean core that sends operations to the proxy. Most apps want `createTalonClient` instead. */
export function createTalonTransport(options: TalonClientOptions): TalonTransport {
  const { baseUrl, headers, validate = true } = options;
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : { limit: 2, ...options.retry };
  const http: KyInstance = ky.create({
    timeout: options.timeout ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(typeof headers === 'function'
      ? {
          hooks: {
            beforeRequest: [
              async (request) => {
                new Headers(await headers()).forEach((value, name) => request.headers.set(name, value));
              },
            ],
          },
        }
      : headers
        ? { headers }
        : {}),
  });

  return {
    baseUrl,
    async request(operation, input, { signal, retry: callRetry } = {}) {
      const params = (validate ? parse(operation.input, input, operation.id, 'request') : input) as Record<
        string,
        unknown
      >;
      const { path, searchParams, method } = buildUrl(operation, params);
      let body: unknown;
      try {
        const response = await http(path, {
          prefixUrl: resolveBaseUrl(baseUrl),
          method,
          searchParams,
          signal,
          ...(params.body === undefined ? {} : { json: params.body }),
          retry: {
            ...retry,
            ...(callRetry === undefined ? {} : { limit: callRetry }),
            methods: callRetry !== undefined || method === 'GET' ? [method.toLowerCase() as 'get'] : [],
            statusCodes: retryStatusCodes,
            afterStatusCodes: retryStatusCodes,
          },
        });
        if (response.status === 204 || !operation.output) return undefined as OperationOutput<typeof operation>;
        body = await readBody(response);
      } catch (error) {
        throw await toTalonError(error, operation.id, signal);
      }
      return (validate ? parse(operation.output, body, operation.id, 'response') : body) as OperationOutput<
        typeof operation
      >;
    },
  };
}
