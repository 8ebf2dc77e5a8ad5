import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { TalonApiError, TalonNetworkError, type TalonTransport } from 'talon-react';
import * as z from 'zod';
import type { CheckoutResult, DemoApiErrorBody, Me, StoreSettings } from '../shared/types.js';
import type { Catalog } from './catalog.js';
import { checkout, CheckoutError } from './checkout.js';
import type { ShopperSessions } from './shopperSessions.js';

/** What the demo's own endpoints work with. */
export interface DemoApiOptions {
  settings: StoreSettings;
  catalog: Catalog;
  sessions: ShopperSessions;
  /** Talon.One itself (or the sandbox), with the API key: for what the proxy does not let a browser do. */
  talon: TalonTransport;
  /** Told about failures the shopper only sees as "try again". */
  onError?: (error: unknown) => void;
}

const signInBody = z.object({ shopperId: z.string().max(200) });
const checkoutBody = z.object({ customerSessionId: z.string().min(1).max(1000) });

/** An error answer of /demo-api: `{ message }` in words. */
export const fail = (c: Context, status: ContentfulStatusCode, message: string) =>
  c.json<DemoApiErrorBody>({ message }, status);

/** The request's JSON body checked against a schema, or undefined when it is not JSON or does not match. */
async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<T | undefined> {
  const json: unknown = await c.req.json().catch(() => undefined);
  const result = schema.safeParse(json);
  return result.success ? result.data : undefined;
}

/**
 * The demo shop's own server endpoints under `/demo-api`: the store's settings, the catalog, sign-in with a signed
 * cookie, the shopper's cart (a customer session ID minted for them, `POST /cart` for the next one), and checkout,
 * which closes the shopper's session through Talon.One directly. A real shop has these in its
 * own backend; the proxy (`/api/talon`) only carries what the browser may do itself.
 */
export function createDemoApi({ settings, catalog, sessions, talon, onError }: DemoApiOptions): Hono {
  const app = new Hono().basePath('/demo-api');
  // Nothing here is cached, and a cross-site form cannot post (hono/csrf); other cross-site posts need a CORS
  // preflight, which this server never grants.
  app.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(csrf());
  app.use(bodyLimit({ maxSize: 4096, onError: (c) => fail(c, 413, 'The request is too large.') }));

  app.get('/store', (c) => c.json<StoreSettings>(settings));
  app.get('/products', (c) => c.json(catalog.products));

  app.get('/me', async (c) => {
    const id = await sessions.identify(c.req.raw);
    const shopper = id === null ? undefined : sessions.find(id);
    if (!shopper) return c.json<Me>({ shopper: null });
    return c.json<Me>({ shopper, customerSessionId: await sessions.currentCart(c, shopper.id) });
  });

  app.post('/sign-in', async (c) => {
    const body = await readBody(c, signInBody);
    const shopper = body && sessions.find(body.shopperId);
    if (!shopper) return fail(c, 400, 'Choose one of the demo shoppers.');
    await sessions.signIn(c, shopper);
    return c.json<Me>({ shopper, customerSessionId: await sessions.currentCart(c, shopper.id) });
  });

  // The next order (after checkout, or when the cart was placed elsewhere): a session ID minted for the shopper.
  app.post('/cart', async (c) => {
    const id = await sessions.identify(c.req.raw);
    const shopper = id === null ? undefined : sessions.find(id);
    if (!shopper) return fail(c, 401, 'Sign in to start a cart.');
    return c.json<Me>({ shopper, customerSessionId: await sessions.newCart(c, shopper.id) });
  });

  app.post('/sign-out', (c) => {
    sessions.signOut(c);
    return c.json<Me>({ shopper: null });
  });

  app.post('/checkout', async (c) => {
    const shopperId = await sessions.identify(c.req.raw);
    if (shopperId === null) return fail(c, 401, 'Sign in to place an order.');
    const body = await readBody(c, checkoutBody);
    if (!body) return fail(c, 400, 'The request needs the customerSessionId of the cart.');
    try {
      const order = await checkout(talon, shopperId, body.customerSessionId, settings.loyaltyProgramId);
      // Placing an order starts the next one.
      return c.json<CheckoutResult>({ ...order, nextCustomerSessionId: await sessions.newCart(c, shopperId) });
    } catch (error) {
      if (error instanceof CheckoutError) return fail(c, error.status, error.message);
      onError?.(error);
      // Talon.One's own words stay in the server's log: they can name other customers' data.
      if (error instanceof TalonNetworkError) return fail(c, 504, 'Talon.One did not answer. Please try again.');
      if (error instanceof TalonApiError) return fail(c, 502, 'Talon.One could not place the order.');
      return fail(c, 500, 'The order could not be placed. Please try again.');
    }
  });

  app.onError((error, c) => {
    // Refusals of Hono's middleware (hono/csrf: 403) keep their status.
    if (error instanceof HTTPException) return fail(c, error.status, error.message || 'Refused.');
    onError?.(error);
    return fail(c, 500, 'Something went wrong.');
  });
  return app;
}
