// MSW set-up of the SSR tests, kept apart from test/react/msw.tsx so that these files stand on their own: one server
// per test file, unhandled requests fail the test, and a log of every request that reached the server.
import { setupServer } from 'msw/node';

export const BASE_URL = 'http://talon.test/api/talon';

/** `url('/v1/foo')` is the proxy URL of an Integration API path. */
export const url = (path: string) => `${BASE_URL}${path}`;

export const server = setupServer();

/** Every request of the current test, as `METHOD /path?query` below the proxy, in the order they arrived. */
export const requests: string[] = [];

export function startServer() {
  const record = ({ request }: { request: Request }) => {
    const { pathname, search } = new URL(request.url);
    requests.push(`${request.method} ${pathname.slice(new URL(BASE_URL).pathname.length)}${search}`);
  };
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', record);
  });
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => {
    server.events.removeAllListeners();
    server.close();
  });
}
