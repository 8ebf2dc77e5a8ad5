import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSONValue } from 'hono/utils/types';
import { routes, type OperationId } from '../client/routes.js';
import { parametersOf } from '../server/decodeInput.js';
import { errorBody } from './errorBody.js';
import { socketAddress } from './http/clientIp.js';
import { describeFailure } from './http/describeFailure.js';
import type { ProxyEnv } from './http/ProxyEnv.js';
import { readInput } from './http/readInput.js';
import { createRateLimit } from './limits/createRateLimit.js';
import { limitBody } from './limits/limitBody.js';
import { logRequests } from './logging/logRequests.js';
import type { ProxyInput } from './operationTypes.js';
import { resolvePolicy } from './policy/resolvePolicy.js';
import type { PolicyRule } from './policy/TalonProxyPolicy.js';
import { runPolicy } from './policy/runPolicy.js';
import type { TalonProxyOptions } from './TalonProxyOptions.js';
import { createUpstream } from './upstream/createUpstream.js';
import { TalonProxyRefusal } from './TalonProxyRefusal.js';

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

/**
 * The server-side handler between the browser and Talon.One: the kit's client talks to it with Talon.One's own paths
 * under `basePath`, and it decides what the shopper `identify` names may do ({@link defaultPolicy} and your
 * `policy`), then calls Talon.One with the API key. Per request: CORS, a per-IP rate limit, the body limit (413),
 * JSON and the operation's schema (400) before anything goes upstream, `identify`, a per-shopper rate limit (429), the
 * policy (401, 403, 404), then Talon.One (its errors passed on in its shape, without internals; 502 when unreachable,
 * 504 when slow). Nothing the browser sent goes upstream but the checked input: no cookies, no `Authorization`.
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
  if (typeof apiKey !== 'string' || apiKey === '') throw new TypeError('createTalonProxy: apiKey is required');
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxSize = options.bodyLimit ?? 100_000;
  const { rules, settings } = resolvePolicy(options.policy, () => options.sessionSecret ?? options.apiKey);
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
  const limits: NonNullable<Exclude<TalonProxyOptions['rateLimit'], false>> =
    options.rateLimit === false ? { shopper: false, ip: false } : { ...defaultLimits, ...options.rateLimit };
  if (limits.ip) app.use(createRateLimit(limits.ip, 'IP', (c) => c.get('ip')));
  const shopperLimit = limits.shopper ? createRateLimit(limits.shopper, 'shopper', (c) => c.get('shopperId')) : null;
  const bodyTooLarge = () => {
    throw new TalonProxyRefusal(413, `the request body is larger than ${maxSize} bytes`);
  };
  const limitBodySize = limitBody(maxSize, bodyTooLarge);

  for (const operationId of Object.keys(routes) as OperationId[]) {
    const route = routes[operationId];
    const chain: [MiddlewareHandler<ProxyEnv>, ...MiddlewareHandler<ProxyEnv>[]] = [
      async (c, next) => {
        c.set('operationId', operationId);
        await next();
      },
      ...(parametersOf(operationId).hasBody ? [limitBodySize] : []),
      async (c, next) => {
        c.set('input', await readInput(c, operationId));
        c.set('shopperId', (await identify(c.req.raw)) || null);
        await next();
      },
      ...(shopperLimit ? [shopperLimit] : []),
    ];
    const forward: MiddlewareHandler<ProxyEnv> = async (c) => {
      const output = await runPolicy(rules[operationId] as PolicyRule<OperationId>, {
        operationId,
        input: c.get('input') as unknown as ProxyInput<OperationId>,
        shopperId: c.get('shopperId'),
        request: c.req.raw,
        signal: c.req.raw.signal,
        talon,
        settings,
      });
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
