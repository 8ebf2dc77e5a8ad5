// Helpers of the client tests: a client for the test proxy (see ../msw.ts for the server), and helpers to capture a
// request exactly as it went over the wire.
import { createTalonClient, type TalonClient, type TalonClientOptions } from '../../src/client/index.js';
import { BASE_URL } from '../msw.js';

/** A client for the test proxy; retries wait 0 ms so retry tests stay fast. */
export function createClient(options: Partial<TalonClientOptions> = {}): TalonClient {
  return createTalonClient({ baseUrl: BASE_URL, retry: { limit: 2, delay: () => 0 }, ...options });
}

export interface CapturedRequest {
  method: string;
  /** The raw pathname, still percent-encoded. */
  pathname: string;
  /** The raw query string without `?`, still percent-encoded; `''` when there is none. */
  query: string;
  contentType: string | null;
  /** The parsed JSON body; `undefined` when the request had none. */
  body: unknown;
  headers: Headers;
}

export async function capture(request: Request): Promise<CapturedRequest> {
  const url = new URL(request.url);
  const text = await request.text();
  return {
    method: request.method,
    pathname: url.pathname,
    query: url.search.replace(/^\?/, ''),
    contentType: request.headers.get('content-type'),
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
    headers: request.headers,
  };
}

/** Resolves with what `promise` rejected with; fails if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
