import ky, { HTTPError, TimeoutError, type KyInstance, type RetryOptions } from 'ky';
import * as z from 'zod/mini';
import type { Operation, OperationInput, OperationOutput } from './defineOperation.js';
import { TalonApiError } from './errors/TalonApiError.js';
import { TalonNetworkError } from './errors/TalonNetworkError.js';
import { TalonValidationError } from './errors/TalonValidationError.js';
import { formatIssues } from './formatIssues.js';
import { routes } from './routes.js';

/** How the client reaches the proxy. */
export interface TalonClientOptions {
  /** The proxy's URL, such as `/api/talon` or `https://shop.example/api/talon`. Never Talon.One itself. */
  baseUrl: string;
  /** Headers for every request to the proxy (a CSRF token, say), or a function that returns them per request. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
  /** Milliseconds before a request (with its retries) fails with a timeout. Default 10000; `false` for none. */
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

function buildUrl(operation: Operation, input: Record<string, unknown>) {
  const route = routes[operation.id];
  const used = new Set<string>(['body']);
  const path = route.path.slice(1).replace(/\{(\w+)\}/g, (_, name: string) => {
    used.add(name);
    return encodeURIComponent(String(input[name]));
  });
  const searchParams = new URLSearchParams();
  for (const [name, value] of Object.entries(input)) {
    if (used.has(name) || value === undefined) continue;
    if (!Array.isArray(value)) searchParams.append(name, String(value));
    else if ('arrays' in route) searchParams.append(name, value.join(','));
    else for (const item of value) searchParams.append(name, String(item));
  }
  return { path, searchParams, method: route.method };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function toTalonError(error: unknown, operation: string): Promise<unknown> {
  if (error instanceof HTTPError) return new TalonApiError(operation, error.response.status, await readBody(error.response));
  if (error instanceof TimeoutError) return new TalonNetworkError(operation, 'timeout', error);
  if (error instanceof Error && error.name === 'AbortError') return new TalonNetworkError(operation, 'aborted', error);
  if (error instanceof TypeError) return new TalonNetworkError(operation, 'network', error);
  return error;
}

/** Creates the lean core that sends operations to the proxy. Most apps want `createTalonClient` instead. */
export function createTalonTransport(options: TalonClientOptions): TalonTransport {
  const { baseUrl, headers, validate = true } = options;
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : { limit: 2, ...options.retry };
  const http: KyInstance = ky.create({
    prefixUrl: baseUrl,
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
      const params = (validate ? parse(operation.input, input, operation.id, 'request') : input) as Record<string, unknown>;
      const { path, searchParams, method } = buildUrl(operation, params);
      let response: Response;
      try {
        response = await http(path, {
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
      } catch (error) {
        throw await toTalonError(error, operation.id);
      }
      if (response.status === 204 || !operation.output) return undefined as OperationOutput<typeof operation>;
      const body = await readBody(response);
      return (validate ? parse(operation.output, body, operation.id, 'response') : body) as OperationOutput<
        typeof operation
      >;
    },
  };
}
