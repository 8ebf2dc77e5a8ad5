// The MSW set-up every suite shares: one server per test file, unhandled requests fail the test, and a log of every
// request that reached the server (handled or not), in order, reset after each test.
import { setupServer } from 'msw/node';

export const BASE_URL = 'http://talon.test/api/talon';
/** The proxy's pathname, `/api/talon`. */
export const BASE_PATH = new URL(BASE_URL).pathname;

/** `url('/v1/foo')` is the proxy URL of an Integration API path. */
export const url = (path: string) => `${BASE_URL}${path}`;

export const server = setupServer();

/** One request as the server saw it. */
export interface SeenRequest {
  method: string;
  /** The full URL, still percent-encoded. */
  url: string;
  /** The path below the proxy, still percent-encoded, such as `/v1/customer_profiles/shopper-1/inventory`. */
  path: string;
  /** The query parameters, decoded, in order. */
  query: [string, string][];
  signal: AbortSignal;
}

/** Every request of the current test, in the order they reached the server. */
export const requests: SeenRequest[] = [];

server.events.on('request:start', ({ request }) => {
  const { pathname, searchParams } = new URL(request.url);
  requests.push({
    method: request.method,
    url: request.url,
    path: pathname.slice(BASE_PATH.length),
    query: [...searchParams.entries()],
    signal: request.signal,
  });
});

/** `METHOD /path?query` below the proxy, with the query string exactly as sent. */
export const describeRequest = (request: SeenRequest) =>
  `${request.method} ${request.path}${new URL(request.url).search}`;

/** Starts the server for the file: unhandled requests fail the test, handlers and the log reset after each test. */
export function startServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
}
