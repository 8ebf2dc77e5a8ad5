// MSW handlers for the states every component shows besides "ready": loading, error, empty, and a response that does
// not fit the schema. For `parameters.msw.handlers`.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { BASE_PATH, sandboxHandlers } from './sandbox.js';

/** Every request under `/api/talon` waits forever: the loading state. */
export const loadingHandlers: HttpHandler[] = [
  http.all(`${BASE_PATH}/*`, async () => {
    await delay('infinite');
    return new HttpResponse(null, { status: 204 });
  }),
];

/** Options of {@link errorHandlers}. */
export interface ErrorHandlersOptions {
  /**
   * Only requests of this method and path fail (an MSW path below `/api/talon`, such as
   * `PUT /v1/customer_sessions/:id`); every other one is answered by a fresh demo sandbox. Default: all fail.
   */
  only?: string;
  /** The error body. Default: Talon.One's `ErrorResponse` with a message for the status. */
  body?: unknown;
}

const messages: Record<number, string> = {
  400: 'Invalid request',
  401: 'unauthorized',
  404: 'Not found',
  409: 'Conflict',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

/**
 * Requests under `/api/talon` answer with `status` and Talon.One's error body: the error state (the stories' client
 * does not retry, so it shows at once). With `only`, just that route fails: `errorHandlers(500, { only: 'PUT
 * /v1/customer_sessions/:id' })` makes "apply" fail while everything else works.
 */
export function errorHandlers(status = 500, options: ErrorHandlersOptions = {}): HttpHandler[] {
  const body = options.body ?? {
    message: messages[status] ?? `Error ${status}`,
    errors: [{ title: messages[status] ?? `Error ${status}`, source: {} }],
  };
  const respond = () => HttpResponse.json(body as never, { status });
  if (!options.only) return [http.all(`${BASE_PATH}/*`, respond)];
  const [method, path] = options.only.includes(' ') ? options.only.split(' ', 2) : ['ALL', options.only];
  const handler =
    method?.toUpperCase() === 'ALL'
      ? http.all(`${BASE_PATH}${path}`, respond)
      : http[method!.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch'](`${BASE_PATH}${path}`, respond);
  return [handler, ...sandboxHandlers()];
}

/**
 * Requests under `/api/talon` (or only `only`, as in {@link errorHandlers}) answer 200 with a body that does not fit
 * the kit's schemas: the client's validation error.
 */
export function malformedHandlers(options: Pick<ErrorHandlersOptions, 'only'> = {}): HttpHandler[] {
  return errorHandlers(200, { ...options, body: { unexpected: 'not what the schema says' } });
}

/**
 * The demo's programs, campaigns and achievements, but no customer data: no coupons, referral codes, loyalty
 * transactions, achievement progress or linked cards. Inventories, ledgers and wallets are empty.
 */
export const emptyHandlers = (): HttpHandler[] =>
  sandboxHandlers({
    seed: (seed) => ({
      ...seed,
      coupons: [],
      referrals: [],
      loyaltyTransactions: [],
      achievementProgress: [],
      loyaltyCards: (seed.loyaltyCards ?? []).map((card) => ({ ...card, profiles: [] })),
    }),
  });
