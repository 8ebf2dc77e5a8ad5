import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSONValue } from 'hono/utils/types';
import { routes, type OperationId } from '../client/routes.js';
import { parametersOf } from '../server/decodeInput.js';
import { errorBody } from '../server/errorBody.js';
import { socketAddress } from './http/clientIp.js';
import { describeFailure } from './http/describeFailure.js';
import type { ProxyEnv } from './ProxyEnv.js';
import { readInput } from './http/readInput.js';
import { createRateLimit, type RateLimitRule } from './limits/createRateLimit.js';
import { ipKey } from './limits/ipKey.js';
import { readBody } from './limits/readBody.js';
import { logRequests } from './logging/logRequests.js';
import type { ProxyInput } from './operationTypes.js';
import { resolvePolicy } from './policy/resolvePolicy.js';
import type { PolicyRule } from './policy/TalonProxyPolicy.js';
import { runPolicy } from './policy/runPolicy.js';
import type { TalonProxyOptions } from './TalonProxyOptions.js';
import { createUpstream } from './upstream/createUpstream.js';
import { oneAtATime } from './upstream/oneAtATime.js';

/** A Web-standard request handler. The second argument is the runtime's bindings (`@hono/node-server` passes them). */
export type TalonProxyHandler = (request: Request, env?: unknown) => Promise<Response>;

// Talon.One's success status of the operations that create something; the others answer 200, or 204 without a body.
const created: ReadonlySet<OperationId> = new Set([
  'createAudienceV2',
  'createCouponReservation',
  'createReferral',
  'createReferralsForMultipleAdvocates',
]);

const defaultLimits = { shopper: { limit: 120, windowMs: 60_000 }, ip: { limit: 300, windowMs: 60_000 } };

// The writes of a session: one process sends them to Talon.One one at a time.
const sessionWrites: ReadonlySet<OperationId> = new Set([
  'updateCustomerSessionV2',
  'reopenCustomerSession',
  'returnCartItems',
]);

const internalError = errorBody(500, 'internal error of the proxy');

// What keeps the proxy from reaching Talon.One: checked at creation, told at the first request (a build evaluates
// the module without the deployment's secrets, and must not fail for it).
function misconfiguration({ apiKey, baseUrl }: TalonProxyOptions): string | undefined {
  if (typeof apiKey !== 'string' || apiKey === '') {
    return 'createTalonProxy has no apiKey: every request is answered 500 until the Integration API key is configured';
  }
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    return 'createTalonProxy has no valid baseUrl (https://yourbaseurl.talon.one): every request is answered 500';
  }
  return undefined;
}

function misconfigured(problem: string, options: TalonProxyOptions): TalonProxyHandler {
  const { logger, onError, clientIp = socketAddress } = options;
  const app = new Hono<ProxyEnv>();
  let told = false;
  app.use(logRequests({ logger, onError, clientIp }));
  app.all('*', (c) => {
    if (!told) {
      told = true;
      const error = new Error(problem);
      if (onError) onError(error);
      else console.error(`talon-react/proxy: ${problem}`);
    }
    c.set('outcome', 'error');
    c.set('reason', problem);
    return c.json(internalError, 500);
  });
  return async (request, env) => app.fetch(request, env);
}

const limitsOf = (rateLimit: TalonProxyOptions['rateLimit']) => {
  const rule = (name: 'shopper' | 'ip'): (RateLimitRule & typeof defaultLimits.ip) | false => {
    const given = rateLimit === false ? false : rateLimit?.[name];
    return given === false ? false : { ...defaultLimits[name], ...given };
  };
  const limits = { shopper: rule('shopper'), ip: rule('ip') };
  if (limits.shopper && limits.ip && limits.shopper.store && limits.shopper.store === limits.ip.store) {
    throw new TypeError(
      'createTalonProxy: rateLimit.shopper and rateLimit.ip need a store each (a store keeps one window)',
    );
  }
  return limits;
};

/**
 * The server-side handler between the browser and Talon.One: the kit's client talks to it with Talon.One's own paths
 * under `basePath`, and it decides what the shopper `identify` names may do ({@link defaultPolicy} and your
 * `policy`), then calls Talon.One with the API key. Per request: CORS, a per-IP rate limit, the body's limits (413
 * too large, 408 too slow, 400 nested too deeply), JSON and the operation's schema (400) before anything goes
 * upstream, `identify`, a per-shopper rate limit (429), the policy (401, 403, 404), then Talon.One (its errors passed
 * on in its shape, without internals; 502 when unreachable, 504 when slow; session updates one at a time, and sent
 * again after Talon.One's 409). Nothing the browser sent goes upstream but the checked input: no cookies, no
 * `Authorization`.
 *
 * ```ts
 * import { serve } from '@hono/node-server';
 * import { createTalonProxy } from 'talon-react/proxy';
 *
 * const handler = createTalonProxy({
 *   baseUrl: 'https://yourbaseurl.talon.one',
 *   apiKey: process.env.TALON_API_KEY!,
 *   basePath: '/api/talon',
 *   identify: async (request) => shopperIdFromYourSession(request) ?? null,
 * });
 * serve({ fetch: handler, port: 3000 });
 * ```
 *
 * Next.js (app router, `app/api/talon/[...path]/route.ts`): `export const GET = handler, POST = handler, PUT = handler,
 * DELETE = handler;`. Express, through `@hono/node-server`'s adapter, mounted before any body parser and without
 * stripping the prefix: `const listener = getRequestListener(handler); app.use((req, res, next) =>
 * req.path.startsWith('/api/talon/') ? listener(req, res) : next());`.
 */
export function createTalonProxy(options: TalonProxyOptions): TalonProxyHandler {
  const { apiKey, identify, logger, onError, clientIp = socketAddress } = options;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const bodyLimits = { maxSize: options.bodyLimit ?? 100_000, timeout: options.bodyTimeout ?? 10_000 };
  const { rules, settings } = resolvePolicy(options.policy, () => options.sessionSecret ?? options.apiKey);
  const limits = limitsOf(options.rateLimit);
  const problem = misconfiguration(options);
  if (problem) return misconfigured(problem, options);
  // No retries (the browser's client retries reads itself; retrying here too would multiply the load on Talon.One)
  // and no validation (the proxy checks input itself, and hands Talon.One's answers on as they are).
  const talon = createUpstream({
    baseUrl: options.baseUrl,
    apiKey,
    timeout: options.timeout ?? 10_000,
    fetch: options.fetch,
  });

  const app = new Hono<ProxyEnv>();
  app.use(logRequests({ logger, onError, clientIp }));
  if (options.cors) {
    const { origins, credentials = false, maxAge } = options.cors;
    app.use(
      cors({
        origin: [...origins],
        allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
        credentials,
        ...(maxAge === undefined ? {} : { maxAge }),
      }),
    );
  }
  const report = (error: unknown) => onError?.(error);
  if (limits.ip) {
    const ip = (c: Context<ProxyEnv>) => {
      const address = c.get('ip');
      return address === null ? null : `ip:${ipKey(address)}`;
    };
    app.use(createRateLimit(limits.ip, { what: 'IP', key: ip, report }));
  }
  const shopperLimit = limits.shopper
    ? createRateLimit(limits.shopper, {
        what: 'shopper',
        key: (c) => {
          const shopperId = c.get('shopperId');
          return shopperId === null ? null : `shopper:${shopperId}`;
        },
        report,
      })
    : null;
  const bodyReader = readBody(bodyLimits);
  const serialize = oneAtATime();

  for (const operationId of Object.keys(routes) as OperationId[]) {
    const route = routes[operationId];
    const chain: [MiddlewareHandler<ProxyEnv>, ...MiddlewareHandler<ProxyEnv>[]] = [
      async (c, next) => {
        c.set('operationId', operationId);
        await next();
      },
      ...(parametersOf(operationId).hasBody ? [bodyReader] : []),
      async (c, next) => {
        c.set('input', await readInput(c, operationId));
        c.set('shopperId', (await identify(c.req.raw)) || null);
        await next();
      },
      ...(shopperLimit ? [shopperLimit] : []),
    ];
    const forward: MiddlewareHandler<ProxyEnv> = async (c) => {
      const input = c.get('input');
      const run = () =>
        runPolicy(rules[operationId] as PolicyRule<OperationId>, {
          operationId,
          input: input as unknown as ProxyInput<OperationId>,
          shopperId: c.get('shopperId'),
          request: c.req.raw,
          signal: c.req.raw.signal,
          talon,
          settings,
        });
      // Keyed by shopper too: another shopper's requests naming the session (refused by the policy) never make the
      // owner's updates wait.
      const output = sessionWrites.has(operationId)
        ? await serialize(`${c.get('shopperId') ?? ''}\n${String(input.customerSessionId)}`, run)
        : await run();
      c.set('outcome', 'forwarded');
      if (output === undefined) return c.body(null, 204);
      return c.json(output as JSONValue, created.has(operationId) ? 201 : 200);
    };
    // The route's own handlers, not `every(...)`: that composes its middleware anew on every request.
    app.on(route.method, `${basePath}${route.path.replace(/\{(\w+)\}/g, ':$1')}`, ...chain, forward);
  }

  const fail = (c: Context<ProxyEnv>, status: number, body: object) => c.json(body, status as ContentfulStatusCode);
  app.notFound((c) => {
    c.set('outcome', 'not-found');
    return fail(c, 404, errorBody(404, `no operation of the proxy answers ${c.req.method} on this path`));
  });
  app.onError((error, c) => {
    const failure = describeFailure(error, apiKey);
    if (failure.outcome === 'error') onError?.(error);
    c.set('outcome', failure.outcome);
    if (failure.reason !== undefined) c.set('reason', failure.reason);
    return fail(c, failure.status, failure.body);
  });

  return async (request, env) => app.fetch(request, env);
}
