// Shared MSW setup for the client tests: one server, every request that reaches it recorded, and helpers to
// capture a request exactly as it went over the wire.
import { setupServer } from 'msw/node';
import { createTalonClient, type TalonClient, type TalonClientOptions } from '../../src/client/index.js';

export const BASE_URL = 'http://talon.test/api/talon';
export const BASE_PATH = new URL(BASE_URL).pathname;

export const server = setupServer();

/** Every request that reached MSW, handled or not, in order. */
export const received: { method: string; url: string }[] = [];

server.events.on('request:start', ({ request }) => {
  received.push({ method: request.method, url: request.url });
});

/** Starts MSW for the file (unhandled requests are errors) and resets handlers and `received` after each test. */
export function startServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    received.length = 0;
  });
  afterAll(() => server.close());
}

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
