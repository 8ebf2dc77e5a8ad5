// @vitest-environment node
// The default policy against the real sandbox server: each bound operation works for its owner and is refused for
// another shopper (or bound to the caller), each denied operation is refused, and none of the refusals reaches
// Talon.One. Then the app's overrides: 'allow', 'deny', its own functions, priceCart.
import { TalonApiError, type TalonClient } from '../../src/client/index.js';
import type { OperationId } from '../../src/client/routes.js';
import { demo } from '../../src/mock/index.js';
import { TalonProxyRefusal, defaultPolicy, createTalonProxy } from '../../src/proxy/index.js';
import { startProxy, startUpstream, rejectionOf, type RunningProxy, type Upstream } from './harness.js';
import { ADA, CARDS, GRACE, call, cardReads, deniedInputs, profileReads } from './inputs.js';

let upstream: Upstream;
let proxy: RunningProxy;
let ada: TalonClient;
let grace: TalonClient;
let signedOut: TalonClient;

beforeAll(async () => {
  upstream = await startUpstream();
  proxy = await startProxy(upstream.url);
  ada = proxy.client(ADA);
  grace = proxy.client(GRACE);
  signedOut = proxy.client(null);
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.requests.length = 0;
});

async function refusal(promise: Promise<unknown>, status: number) {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TalonApiError);
  const apiError = error as TalonApiError;
  expect(apiError.status).toBe(status);
  expect(apiError.body).toEqual({ message: expect.any(String), errors: expect.any(Array), StatusCode: status });
  // The proxy's own words, without the client's "<operation> failed with HTTP <status>: " before them.
  return Object.assign(apiError, { message: (apiError.body as { message: string }).message });
}

/** The JSON bodies of what reached Talon.One with this method and path prefix. */
const sentUpstream = (method: string, pathPrefix: string) =>
  upstream.requests
    .filter((request) => request.method === method && request.url.startsWith(pathPrefix))
    .map((request) => JSON.parse(request.body) as Record<string, unknown>);

describe('the default policy', () => {
  it('covers all 31 operations, each bound or denied', () => {
    expect(Object.keys(defaultPolicy)).toHaveLength(31);
    const bound = Object.entries(defaultPolicy).filter(([, rule]) => rule === 'bind');
    expect(bound).toHaveLength(16);
    expect(Object.keys(deniedInputs).sort()).toEqual(
      Object.entries(defaultPolicy)
        .filter(([, rule]) => rule === 'deny')
        .map(([id]) => id)
        .sort(),
    );
  });
});

describe('reads of a profile', () => {
  it.each(profileReads)('%s: the owner reads their own', async (operationId, input) => {
    await expect(call(ada, operationId, input(ADA))).resolves.toBeDefined();
    expect(upstream.requests).toHaveLength(1);
  });

  it.each(profileReads)('%s: another shopper is refused with 403, and nothing goes upstream', async (id, input) => {
    const error = await refusal(call(grace, id, input(ADA)), 403);
    expect(error.errors[0]).toEqual({
      title: 'integrationId must be the signed-in shopper',
      source: { parameter: 'integrationId' },
    });
    expect(upstream.requests).toEqual([]);
  });

  it.each(profileReads)('%s: a signed-out browser gets 401', async (operationId, input) => {
    await refusal(call(signedOut, operationId, input(ADA)), 401);
    expect(upstream.requests).toEqual([]);
  });
});

describe('customer sessions', () => {
  const cart = [{ sku: 'HOODIE', quantity: 1 }];

  it('creates a new session bound to the shopper, whatever profileId the browser sends', async () => {
    const state = await ada.updateCustomerSessionV2({
      customerSessionId: 'ada-cart-1',
      body: {
        customerSession: { profileId: GRACE, cartItems: cart, couponCodes: [demo.coupons.valid] },
        responseContent: ['customerSession'],
      },
    });
    expect(state.customerSession?.profileId).toBe(ADA);
    expect(sentUpstream('PUT', '/v2/customer_sessions/')[0]).toMatchObject({ customerSession: { profileId: ADA } });
    // The catalog priced the item: the browser sent no price.
    expect(state.customerSession?.cartItems?.[0]?.price).toBe(60);
  });

  it('lets the owner read and update their session', async () => {
    const read = await ada.getCustomerSession({ customerSessionId: 'ada-cart-1' });
    expect(read.customerSession?.profileId).toBe(ADA);
    const updated = await ada.updateCustomerSessionV2({
      customerSessionId: 'ada-cart-1',
      body: {
        customerSession: { cartItems: [...cart, { sku: 'MUG', quantity: 2 }] },
        responseContent: ['customerSession'],
      },
    });
    expect(updated.customerSession?.cartItems).toHaveLength(2);
  });

  it("answers another shopper's read and update with the same 404 as a session that does not exist", async () => {
    const read = await refusal(grace.getCustomerSession({ customerSessionId: 'ada-cart-1' }), 404);
    const missing = await refusal(grace.getCustomerSession({ customerSessionId: 'no-such-cart' }), 404);
    expect(read.body).toEqual(missing.body);
    const update = await refusal(
      grace.updateCustomerSessionV2({ customerSessionId: 'ada-cart-1', body: { customerSession: {} } }),
      404,
    );
    expect(update.body).toEqual(missing.body);
    // Only the look-ups went upstream: never a PUT.
    expect(upstream.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'GET']);
    const still = await ada.getCustomerSession({ customerSessionId: 'ada-cart-1' });
    expect(still.customerSession?.profileId).toBe(ADA);
  });

  it.each(['closed', 'cancelled', 'partially_returned'] as const)(
    'refuses state "%s" with 403 before anything goes upstream',
    async (state) => {
      const error = await refusal(
        ada.updateCustomerSessionV2({ customerSessionId: 'ada-cart-1', body: { customerSession: { state } } }),
        403,
      );
      expect(error.message).toContain('closing, cancelling or returning a customer session is done by your server');
      expect(error.errors[0]?.source).toEqual({ pointer: '/customerSession/state' });
      expect(upstream.requests).toEqual([]);
    },
  );

  it('refuses updates of a session that is no longer open with 403', async () => {
    // The shop's own server closes the order, straight at Talon.One.
    upstream.sandbox.sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 'ada-cart-1',
      body: { customerSession: { state: 'closed' } },
    });
    const error = await refusal(
      ada.updateCustomerSessionV2({ customerSessionId: 'ada-cart-1', body: { customerSession: { cartItems: cart } } }),
      403,
    );
    expect(error.message).toContain('no longer open');
    expect(upstream.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it.each([
    ['price', { sku: 'HOODIE', quantity: 1, price: 0.01 }],
    ['prices', { sku: 'HOODIE', quantity: 1, prices: { base: { price: 0.01 } } }],
    ['additionalCosts', { sku: 'HOODIE', quantity: 1, additionalCosts: { shipping: { price: -50 } } }],
  ])('refuses cart items that carry %s (400) without a priceCart hook', async (field, item) => {
    const error = await refusal(
      ada.updateCustomerSessionV2({
        customerSessionId: 'ada-cart-2',
        body: { customerSession: { cartItems: [{ sku: 'MUG', quantity: 1 }, item] } },
      }),
      400,
    );
    expect(error.errors[0]?.source).toEqual({ pointer: `/customerSession/cartItems/1/${field}` });
    expect(upstream.requests).toEqual([]);
  });

  it('refuses a signed-out browser with 401', async () => {
    await refusal(signedOut.getCustomerSession({ customerSessionId: 'ada-cart-1' }), 401);
    await refusal(
      signedOut.updateCustomerSessionV2({ customerSessionId: 'guest-cart', body: { customerSession: {} } }),
      401,
    );
    expect(upstream.requests).toEqual([]);
  });
});

describe('writes bound to the shopper', () => {
  it('trackEventV2: the event is always the shopper’s own', async () => {
    await ada.trackEventV2({ body: { type: 'product_viewed' } });
    await grace.trackEventV2({ body: { type: 'product_viewed', profileId: ADA } });
    expect(sentUpstream('POST', '/v2/events').map((body) => body.profileId)).toEqual([ADA, GRACE]);
  });

  it('createReferral: the advocate is always the shopper', async () => {
    const own = await ada.createReferral({
      body: { campaignId: demo.campaigns.referrals, advocateProfileIntegrationId: ADA },
    });
    expect(own.advocateProfileIntegrationId).toBe(ADA);
    const forced = await grace.createReferral({
      body: { campaignId: demo.campaigns.referrals, advocateProfileIntegrationId: ADA },
    });
    expect(forced.advocateProfileIntegrationId).toBe(GRACE);
  });

  it('linkLoyaltyCardToProfile: the card is always linked to the shopper', async () => {
    await grace.linkLoyaltyCardToProfile({
      loyaltyProgramId: CARDS,
      loyaltyCardId: demo.loyaltyCards.unlinked,
      body: { integrationId: ADA },
    });
    expect(sentUpstream('POST', '/v2/loyalty_programs/')).toEqual([{ integrationId: GRACE }]);
    const balances = await grace.getLoyaltyCardBalances({
      loyaltyProgramId: CARDS,
      loyaltyCardId: demo.loyaltyCards.unlinked,
    });
    expect(balances.profiles?.map((profile) => profile.integrationId)).toEqual([GRACE]);
  });

  it('createCouponReservation and deleteCouponReservation: for the shopper alone', async () => {
    const couponValue = demo.coupons.valid;
    const coupon = await ada.createCouponReservation({ couponValue, body: { integrationIDs: [ADA] } });
    expect(coupon.value).toBe(couponValue);
    await ada.deleteCouponReservation({ couponValue, body: { integrationIDs: [ADA] } });
    expect(upstream.requests).toHaveLength(2);
    for (const integrationIDs of [[ADA], [GRACE, ADA], [], [GRACE, GRACE]]) {
      const error = await refusal(grace.createCouponReservation({ couponValue, body: { integrationIDs } }), 403);
      expect(error.errors[0]?.source).toEqual({ pointer: '/integrationIDs' });
      await refusal(grace.deleteCouponReservation({ couponValue, body: { integrationIDs } }), 403);
    }
    expect(upstream.requests).toHaveLength(2);
  });

  it('refuses a signed-out browser with 401', async () => {
    await refusal(signedOut.trackEventV2({ body: { type: 'product_viewed', profileId: ADA } }), 401);
    await refusal(
      signedOut.createCouponReservation({ couponValue: demo.coupons.valid, body: { integrationIDs: [ADA] } }),
      401,
    );
    expect(upstream.requests).toEqual([]);
  });
});

describe('loyalty cards', () => {
  it.each(cardReads)('%s: the shopper reads a card linked to them', async (operationId, input) => {
    await expect(call(ada, operationId, input(demo.loyaltyCards.linked))).resolves.toBeDefined();
    // Grace and Alan share the full card: both read it.
    await expect(call(grace, operationId, input(demo.loyaltyCards.full))).resolves.toBeDefined();
  });

  it.each(cardReads)('%s: any other card is 404, the same as a card that does not exist', async (id, input) => {
    const other = await refusal(call(grace, id, input(demo.loyaltyCards.linked)), 404);
    const missing = await refusal(call(grace, id, input('DEMO-9999-9999')), 404);
    expect(other.body).toEqual(missing.body);
    expect(other.body).toEqual({
      message: 'loyalty card not found',
      errors: [{ title: 'loyalty card not found', source: { parameter: 'loyaltyCardId' } }],
      StatusCode: 404,
    });
    // Only the card's balances were looked up: its points and transactions never left Talon.One.
    expect(upstream.requests.every((request) => request.url.endsWith('/balances'))).toBe(true);
  });

  it('refuses cards named by the browser in a session or an event: points would be spent from them', async () => {
    const card = demo.loyaltyCards.linked; // Ada's
    const session = await refusal(
      grace.updateCustomerSessionV2({
        customerSessionId: 'grace-cart',
        body: { customerSession: { loyaltyCards: [card] } },
      }),
      403,
    );
    expect(session.body).toMatchObject({ errors: [{ source: { pointer: '/customerSession/loyaltyCards' } }] });
    await refusal(grace.trackEventV2({ body: { type: 'product_viewed', loyaltyCards: [card] } }), 403);
    expect(upstream.requests).toEqual([]);
  });
});

describe('denied operations', () => {
  it.each(Object.entries(deniedInputs))('%s is refused with 403 and never reaches Talon.One', async (id, input) => {
    const error = await refusal(call(ada, id as OperationId, input), 403);
    expect(error.message).toBe(`${id} is done by your server, not the browser: call Talon.One directly`);
    await refusal(call(signedOut, id as OperationId, input), 403);
    expect(upstream.requests).toEqual([]);
  });
});

describe("the app's own policy", () => {
  let custom: RunningProxy;
  const priced: unknown[] = [];
  const catalog: Record<string, number> = { HOODIE: 55, MUG: 11 };

  beforeAll(async () => {
    custom = await startProxy(upstream.url, {
      policy: {
        getReservedCustomers: 'allow',
        createReferral: 'deny',
        trackEventV2: async (ctx) => {
          if (ctx.input.body.type !== 'product_viewed') {
            throw new TalonProxyRefusal(403, 'only product views are tracked from the browser');
          }
          return ctx.bind();
        },
        updateCustomerProfileV2: async (ctx) => {
          if (ctx.shopperId === null || ctx.input.integrationId !== ctx.shopperId) {
            throw new TalonProxyRefusal(403, 'only your own profile');
          }
          return ctx.forward({ integrationId: ctx.shopperId, body: { attributes: { Newsletter: true } } });
        },
        deleteCustomerData: async (ctx) => ctx.forward({ integrationId: '..' }),
        syncCatalog: async (ctx) => ctx.bind(),
        priceCart: async (items, context) => {
          priced.push({ items, shopperId: context.shopperId, customerSessionId: context.customerSessionId });
          return items.map((item) => ({ ...item, price: catalog[item.sku] ?? 0 }));
        },
      },
    });
  });
  afterAll(() => custom.close());

  it("'allow' forwards as sent, even without a shopper", async () => {
    const page = await custom.client(null).getReservedCustomers({ couponValue: demo.coupons.reserved });
    expect(page.data?.map((profile) => profile.integrationId)).toEqual([ADA]);
  });

  it("'deny' refuses an operation the default allows", async () => {
    await refusal(
      custom.client(ADA).createReferral({
        body: { campaignId: demo.campaigns.referrals, advocateProfileIntegrationId: ADA },
      }),
      403,
    );
    expect(upstream.requests).toEqual([]);
  });

  it('a function refuses with TalonProxyRefusal, or binds', async () => {
    const error = await refusal(custom.client(ADA).trackEventV2({ body: { type: 'points_granted' } }), 403);
    expect(error.message).toBe('only product views are tracked from the browser');
    await custom.client(GRACE).trackEventV2({ body: { type: 'product_viewed', profileId: ADA } });
    expect(sentUpstream('POST', '/v2/events').map((body) => body.profileId)).toEqual([GRACE]);
  });

  it('a function forwards what it decides', async () => {
    await refusal(custom.client(GRACE).updateCustomerProfileV2({ integrationId: ADA, body: {} }), 403);
    const state = await custom.client(ADA).updateCustomerProfileV2({
      integrationId: ADA,
      body: { attributes: { Name: 'Someone else' } },
    });
    expect(state.customerProfile?.attributes).toMatchObject({ Name: 'Ada Lovelace', Newsletter: true });
  });

  it("checks what a function forwards against the schema: the app's mistakes do not reach Talon.One either", async () => {
    await refusal(custom.client(ADA).deleteCustomerData({ integrationId: ADA }), 500);
    expect(upstream.requests).toEqual([]);
    expect(custom.errors.at(-1)).toMatchObject({ name: 'TalonValidationError' });
  });

  it('bind() refuses an operation without a binding', async () => {
    const error = await refusal(custom.client(ADA).syncCatalog(deniedInputs.syncCatalog as never), 403);
    expect(error.message).toBe('syncCatalog has no built-in binding to the shopper');
  });

  it('priceCart prices the cart from the shop’s catalog, never from the browser', async () => {
    const state = await custom.client(ADA).updateCustomerSessionV2({
      customerSessionId: 'ada-priced-cart',
      body: {
        customerSession: {
          cartItems: [
            { sku: 'HOODIE', quantity: 1, price: 0.01, additionalCosts: { shipping: { price: -5 } } },
            { sku: 'MUG', quantity: 2 },
          ],
        },
        responseContent: ['customerSession'],
      },
    });
    expect(priced).toEqual([
      {
        items: [
          { sku: 'HOODIE', quantity: 1 },
          { sku: 'MUG', quantity: 2 },
        ],
        shopperId: ADA,
        customerSessionId: 'ada-priced-cart',
      },
    ]);
    expect(sentUpstream('PUT', '/v2/customer_sessions/')[0]).toMatchObject({
      customerSession: {
        cartItems: [
          { sku: 'HOODIE', quantity: 1, price: 55 },
          { sku: 'MUG', quantity: 2, price: 11 },
        ],
      },
    });
    expect(state.customerSession?.cartItems?.map((item) => item.price)).toEqual([55, 11]);
  });

  it('refuses a misspelt operation or an impossible rule when the proxy is created', () => {
    const base = { baseUrl: upstream.url, apiKey: 'k', identify: () => null };
    expect(() => createTalonProxy({ ...base, policy: { getCustomerSesion: 'allow' } as never })).toThrow(
      'policy names no operation "getCustomerSesion"',
    );
    expect(() => createTalonProxy({ ...base, policy: { syncCatalog: 'bind' } as never })).toThrow(
      'policy.syncCatalog cannot be "bind"',
    );
    expect(() => createTalonProxy({ ...base, apiKey: '' })).toThrow('apiKey is required');
  });
});
