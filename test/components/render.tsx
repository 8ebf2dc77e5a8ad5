// Component tests under jsdom against the REAL sandbox: `renderWithSandbox(<CouponWallet ... />)` creates a sandbox
// from the demo data, serves it over msw/node at the page-relative proxy path `/api/talon`, and renders the component
// under a fresh QueryClient and a `<TalonProvider>` whose client calls `/api/talon` (no retries by default), as a
// storefront mounts it.
//
// One MSW server per test file (this module's): it starts before the file's tests, fails every request no handler
// answers, and forgets `server.use(...)` overrides after each test. Overrides win over the sandbox whether they are
// added before or after `renderWithSandbox`:
//
//   server.use(http.get('/api/talon/v1/customer_profiles/:id/inventory', () => HttpResponse.json({}, { status: 500 })));
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { getResponse, http, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactElement, ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { TalonMessagesOverrides } from '../../src/messages/TalonMessages.js';
import { createTalonSandbox, demoSeed, type TalonSandbox } from '../../src/mock/index.js';
import { talonHandlers } from '../../src/mock/msw.js';
import { createTalonTransport } from '../../src/client/createTalonTransport.js';
import { TalonProvider } from '../../src/react/TalonProvider.js';

/** The proxy path the components call, relative to the page (jsdom's `location`), as a storefront mounts it. */
const BASE_PATH = '/api/talon';

/** `url('/v1/foo')`: the proxy URL of an Integration API path, for `server.use(http.get(url(...), ...))`. */
export const url = (path: string) => `${BASE_PATH}${path}`;

/** The sandbox of the test that is running, answered by the server's one permanent handler. */
let current: RequestHandler[] = [];

/**
 * The file's MSW server. Its only initial handler forwards everything under `/api/talon` to the current test's
 * sandbox, so that `server.use(...)` overrides (prepended, reset after each test) always take precedence.
 */
export const server = setupServer(http.all(`${BASE_PATH}/*`, ({ request }) => getResponse(current, request)));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  current = [];
});
afterAll(() => server.close());

/** A QueryClient that never retries, so an error state shows at once. */
function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Options of {@link renderWithSandbox}. */
export interface RenderWithSandboxOptions extends Omit<RenderOptions, 'wrapper' | 'queries'> {
  /** The sandbox to serve. Default: a fresh one from `demoSeed({ now })`, its clock frozen at `now`. */
  sandbox?: TalonSandbox;
  /** The time of the demo data and the sandbox's clock. Default: the current time. */
  now?: Date | string;
  /** The provider's locale. Default: `en-US`, so that the text the tests expect does not depend on the machine. */
  locale?: string;
  /** The provider's currency. Default: `USD`. */
  currency?: string;
  /** The provider's `messages`. */
  messages?: TalonMessagesOverrides;
  /** The QueryClient to render under. Default: a fresh one that never retries. */
  queryClient?: QueryClient;
  /**
   * The client's retries of failed reads (5xx, network errors). Default 0, so an error state shows at once; a
   * storefront's client retries twice, with backoff.
   */
  retry?: number;
}

/** What {@link renderWithSandbox} returns: RTL's result, the sandbox, a user-event instance and the QueryClient. */
export interface RenderWithSandboxResult extends RenderResult {
  sandbox: TalonSandbox;
  user: UserEvent;
  queryClient: QueryClient;
}

/** The sandbox {@link renderWithSandbox} builds when given none: the demo data at `now`, the clock frozen there. */
export function createDemoSandbox(now: Date | string = new Date()): TalonSandbox {
  return createTalonSandbox(demoSeed({ now }), { now });
}

/**
 * Renders `ui` under a fresh QueryClient and a `<TalonProvider>` whose client calls `/api/talon` (without retries
 * unless `retry` says so), with the sandbox answering every request over msw/node. `rerender` keeps the providers.
 */
export function renderWithSandbox(ui: ReactElement, options: RenderWithSandboxOptions = {}): RenderWithSandboxResult {
  const {
    now = new Date(),
    sandbox = createDemoSandbox(now),
    locale = 'en-US',
    currency = 'USD',
    messages,
    queryClient = createQueryClient(),
    retry = 0,
    ...renderOptions
  } = options;
  current = talonHandlers(sandbox, { baseUrl: BASE_PATH });
  const client = createTalonTransport({ baseUrl: BASE_PATH, retry });
  const user = userEvent.setup();
  function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <TalonProvider client={client} locale={locale} currency={currency} {...(messages ? { messages } : {})}>
          {children}
        </TalonProvider>
      </QueryClientProvider>
    );
  }
  const result = render(ui, { ...renderOptions, wrapper: Wrapper });
  return { ...result, sandbox, user, queryClient };
}
