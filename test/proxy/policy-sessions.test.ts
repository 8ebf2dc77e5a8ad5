// @vitest-environment node
// Customer sessions through the default policy, over the real sandbox server, as an attacker would try them: new
// sessions only under IDs minted for the shopper (no look-up, so no race between a look-up and the write, on one
// instance or two), sessions that exist under other IDs through the look-up, IDs that cannot be probed, and what a
// shopper may put in a session (cart lines, not prices, costs, attributes, identifiers or campaign previews).
import { demo } from '../../src/mock/index.js';
import { mintSessionId, type PriceCart } from '../../src/proxy/index.js';
import { API_KEY, rejectionOf, startProxy, startUpstream, type RunningProxy, type Upstream } from './harness.js';
import { ADA, GRACE } from './inputs.js';
import { refusal, sentUpstream, upstreamCalls } from './policyHelpers.js';

let upstream: Upstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await startUpstream();
  proxy = await startProxy(upstream.url);
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.requests.length = 0;
  upstream.delay = 0;
});

/** A session ID minted for `shopperId` by the shop's server, under the proxy's default secret (its API key). */
const mint = (shopperId: string) => mintSessionId(shopperId, { secret: API_KEY });

/** The session as Talon.One holds it, or undefined: what the shop's server would see. */
function stored(customerSessionId: string) {
  try {
    return upstream.sandbox.sandbox.call('getCustomerSession', { customerSessionId }).customerSession;
  } catch {
    return undefined;
  }
}

/** A session the shop's server created for `profileId` under an ID of its own choosing, as shops did before minting. */
const createdByServer = (customerSessionId: string, profileId: string) =>
  upstream.sandbox.sandbox.call('updateCustomerSessionV2', {
    customerSessionId,
    body: { customerSession: { profileId, cartItems: [{ sku: 'MUG', quantity: 1 }] } },
  });

const cart = [{ sku: 'HOODIE', quantity: 1 }];

describe('new sessions: only under an ID minted for the shopper', () => {
  it('creates one bound to the shopper, whatever profileId the browser sends, in one upstream call', async () => {
    const customerSessionId = await mint(ADA);
    const state = await proxy.client(ADA).updateCustomerSessionV2({
      customerSessionId,
      body: {
        customerSession: { profileId: GRACE, cartItems: cart, couponCodes: [demo.coupons.valid] },
        responseContent: ['customerSession'],
      },
    });
    expect(state.customerSession?.profileId).toBe(ADA);
    // The catalog priced the item: the browser sent no price.
    expect(state.customerSession?.cartItems[0]?.price).toBe(60);
    // No look-up: the ID is Ada's by its own signature.
    expect(upstreamCalls(upstream)).toEqual([`PUT /v2/customer_sessions/${customerSessionId}`]);
    expect(sentUpstream(upstream, 'PUT', '/v2/customer_sessions/')[0]).toMatchObject({
      customerSession: { profileId: ADA },
    });
  });

  it('reads and updates it with one upstream call each', async () => {
    const customerSessionId = await mint(ADA);
    const ada = proxy.client(ADA);
    await ada.updateCustomerSessionV2({ customerSessionId, body: { customerSession: { cartItems: cart } } });
    const read = await ada.getCustomerSession({ customerSessionId });
    expect(read.customerSession?.cartItems).toHaveLength(1);
    const updated = await ada.updateCustomerSessionV2({
      customerSessionId,
      body: {
        customerSession: { cartItems: [...cart, { sku: 'MUG', quantity: 2 }] },
        responseContent: ['customerSession'],
      },
    });
    expect(updated.customerSession?.cartItems).toHaveLength(2);
    expect(upstreamCalls(upstream).map((call) => call.split(' ')[0])).toEqual(['PUT', 'GET', 'PUT']);
  });

  it("refuses any other new ID with the same 404, and never PUTs: one of the shopper's choosing, another's, a forged one", async () => {
    const adas = await mint(ADA);
    const forged = [
      'ada-new-cart', // her own choice: whoever guessed it could take it
      await mint(GRACE), // Grace's
      await mintSessionId(ADA, { secret: 'not-the-proxy-secret-0123456789' }), // under another secret
      `${adas.slice(0, 40)}${adas[40] === 'A' ? 'B' : 'A'}${adas.slice(41)}`, // Ada's, one character altered
      `${adas.slice(0, -1)}${adas.endsWith('A') ? 'B' : 'A'}`, // Ada's, another encoding of its last bits
      adas.replace('s1.', 's2.'),
    ];
    const bodies = [];
    for (const customerSessionId of forged) {
      const error = await refusal(
        proxy
          .client(ADA)
          .updateCustomerSessionV2({ customerSessionId, body: { customerSession: { cartItems: cart } } }),
        404,
      );
      expect(error.message).toBe(
        'customer session not found (a new session needs an ID minted for the signed-in shopper: mintSessionId)',
      );
      bodies.push(error.body);
      expect(stored(customerSessionId)).toBeUndefined();
    }
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(upstream.requests.every((request) => request.method === 'GET')).toBe(true);
  });

  it("answers another's session, a free ID and an unused minted one alike, dry or not: IDs cannot be probed", async () => {
    const adas = await mint(ADA);
    await proxy
      .client(ADA)
      .updateCustomerSessionV2({ customerSessionId: adas, body: { customerSession: { cartItems: cart } } });
    const grace = proxy.client(GRACE);
    const answers = [];
    for (const customerSessionId of [adas, 'nobody-has-this-one', await mint(ADA)]) {
      for (const dry of [true, false]) {
        const update = await refusal(
          grace.updateCustomerSessionV2({ customerSessionId, dry, body: { customerSession: {} } }),
          404,
        );
        answers.push(update.body);
      }
      answers.push((await refusal(grace.getCustomerSession({ customerSessionId }), 404)).body);
    }
    expect(new Set(answers.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(upstream.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
    expect(stored(adas)?.profileId).toBe(ADA);
  });

  it('lets two proxy instances agree: an ID minted for one works on the other', async () => {
    const other = await startProxy(upstream.url);
    try {
      const customerSessionId = await mint(GRACE);
      await other
        .client(GRACE)
        .updateCustomerSessionV2({ customerSessionId, body: { customerSession: { cartItems: cart } } });
      const read = await proxy.client(GRACE).getCustomerSession({ customerSessionId });
      expect(read.customerSession?.profileId).toBe(GRACE);
      expect(upstream.requests).toHaveLength(2);
    } finally {
      await other.close();
    }
  });

  it("takes IDs minted under the proxy's sessionSecret, and no longer the API key's", async () => {
    const secret = 'a-session-secret-of-its-own-4b9e2d71';
    const own = await startProxy(upstream.url, { sessionSecret: secret });
    try {
      const customerSessionId = await mintSessionId(ADA, { secret });
      await own
        .client(ADA)
        .updateCustomerSessionV2({ customerSessionId, body: { customerSession: { cartItems: cart } } });
      expect(stored(customerSessionId)?.profileId).toBe(ADA);
      await refusal(
        own.client(ADA).updateCustomerSessionV2({ customerSessionId: await mint(ADA), body: { customerSession: {} } }),
        404,
      );
    } finally {
      await own.close();
    }
  });

  it('fails closed, with a bare 500, when the session secret is too short to be safe', async () => {
    const weak = await startProxy(upstream.url, { sessionSecret: 'short' });
    try {
      const customerSessionId = await mintSessionId(ADA, { secret: 'short-but-long-enough' });
      await refusal(
        weak.client(ADA).updateCustomerSessionV2({ customerSessionId, body: { customerSession: {} } }),
        500,
      );
      expect(String(weak.errors.at(-1))).toContain('the session secret must be a string of at least 16 characters');
      expect(upstream.requests).toEqual([]);
    } finally {
      await weak.close();
    }
  });
});

describe('sessions that exist under IDs not minted for the shopper', () => {
  it('stay readable and updatable by their shopper, through a look-up: two upstream calls for an update', async () => {
    createdByServer('ada-legacy-cart', ADA);
    const ada = proxy.client(ADA);
    const read = await ada.getCustomerSession({ customerSessionId: 'ada-legacy-cart' });
    expect(read.customerSession?.profileId).toBe(ADA);
    expect(upstream.requests).toHaveLength(1);
    upstream.requests.length = 0;
    const updated = await ada.updateCustomerSessionV2({
      customerSessionId: 'ada-legacy-cart',
      body: { customerSession: { cartItems: cart }, responseContent: ['customerSession'] },
    });
    expect(updated.customerSession?.cartItems.map((item) => item.sku)).toEqual(['HOODIE']);
    expect(upstreamCalls(upstream)).toEqual([
      'GET /v2/customer_sessions/ada-legacy-cart',
      'PUT /v2/customer_sessions/ada-legacy-cart',
    ]);
  });

  it('are 404 for another shopper, like one that does not exist, with only the look-up upstream', async () => {
    createdByServer('ada-legacy-cart-2', ADA);
    const grace = proxy.client(GRACE);
    const read = await refusal(grace.getCustomerSession({ customerSessionId: 'ada-legacy-cart-2' }), 404);
    const update = await refusal(
      grace.updateCustomerSessionV2({
        customerSessionId: 'ada-legacy-cart-2',
        body: { customerSession: { profileId: GRACE } },
      }),
      404,
    );
    const missing = await refusal(grace.getCustomerSession({ customerSessionId: 'no-such-cart' }), 404);
    expect(read.body).toEqual(missing.body);
    expect(update.body).toEqual(missing.body);
    expect(upstream.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'GET']);
    expect(stored('ada-legacy-cart-2')?.profileId).toBe(ADA);
  });

  it('refuses updates of one that is no longer open with 403, after the look-up only', async () => {
    createdByServer('ada-closed-cart', ADA);
    // The shop's own server closes the order, straight at Talon.One.
    upstream.sandbox.sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 'ada-closed-cart',
      body: { customerSession: { state: 'closed' } },
    });
    const error = await refusal(
      proxy.client(ADA).updateCustomerSessionV2({
        customerSessionId: 'ada-closed-cart',
        body: { customerSession: { cartItems: cart } },
      }),
      403,
    );
    expect(error.message).toContain('no longer open');
    expect(upstream.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it('leaves a closed session under a minted ID to Talon.One, which refuses the update itself: one call', async () => {
    const customerSessionId = await mint(ADA);
    const ada = proxy.client(ADA);
    await ada.updateCustomerSessionV2({ customerSessionId, body: { customerSession: { cartItems: cart } } });
    upstream.sandbox.sandbox.call('updateCustomerSessionV2', {
      customerSessionId,
      body: { customerSession: { state: 'closed' } },
    });
    upstream.requests.length = 0;
    const error = await refusal(
      ada.updateCustomerSessionV2({ customerSessionId, body: { customerSession: { cartItems: [...cart, ...cart] } } }),
      400,
    );
    expect(error.message).toContain('is closed');
    expect(upstream.requests).toHaveLength(1);
    expect(stored(customerSessionId)?.cartItems).toHaveLength(1);
  });
});

describe('the race for a new session (issue 9.3)', () => {
  it("never lets Grace take Ada's new session, however she races her, across two proxy instances", async () => {
    const second = await startProxy(upstream.url);
    try {
      // Talon.One's latency opens the window the look-up used to leave between its 404 and the PUT.
      upstream.delay = 15;
      for (let round = 0; round < 15; round++) {
        // Worst case: Grace knows the ID Ada's browser is about to use.
        const customerSessionId = await mint(ADA);
        const [adaVia, graceVia] = round % 2 === 0 ? [proxy, second] : [second, proxy];
        const takeover = () =>
          rejectionOf(
            graceVia.client(GRACE).updateCustomerSessionV2({
              customerSessionId,
              body: { customerSession: { profileId: GRACE, cartItems: [{ sku: 'BOOTS', quantity: 1 }] } },
            }),
          );
        // Grace fires first: four PUTs at once, Ada's own in the middle of them (every third round, all before hers).
        const early = round % 3 === 0 ? await Promise.all([takeover(), takeover(), takeover(), takeover()]) : [];
        const [ada, ...grace] = await Promise.all([
          adaVia.client(ADA).updateCustomerSessionV2({
            customerSessionId,
            body: { customerSession: { cartItems: cart }, responseContent: ['customerSession'] },
          }),
          ...(early.length ? [] : [takeover(), takeover(), takeover(), takeover()]),
        ]);
        expect(ada.customerSession?.profileId).toBe(ADA);
        for (const error of [...early, ...grace]) expect(error).toMatchObject({ status: 404 });
        expect(stored(customerSessionId)).toMatchObject({ profileId: ADA, cartItems: [{ sku: 'HOODIE' }] });
      }
      // Not one of Grace's 60 attempts reached Talon.One as a write.
      const writes = sentUpstream(upstream, 'PUT', '/v2/customer_sessions/');
      expect(writes).toHaveLength(15);
      expect(writes.every((body) => (body.customerSession as { profileId: string }).profileId === ADA)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('leaves no session to take at a predictable ID: nobody can create one there', async () => {
    upstream.delay = 15;
    const attempt = (shopperId: string) =>
      rejectionOf(
        proxy.client(shopperId).updateCustomerSessionV2({
          customerSessionId: 'demo-shopper-1-cart',
          body: { customerSession: { cartItems: cart } },
        }),
      );
    const errors = await Promise.all([attempt(GRACE), attempt(GRACE), attempt(ADA), attempt(GRACE), attempt(GRACE)]);
    for (const error of errors) expect(error).toMatchObject({ status: 404 });
    expect(stored('demo-shopper-1-cart')).toBeUndefined();
    expect(upstream.requests.every((request) => request.method === 'GET')).toBe(true);
  });
});

describe('what the browser may put in a session', () => {
  const update = (customerSession: Record<string, unknown>, extra: Record<string, unknown> = {}, via = proxy) =>
    mint(ADA).then((customerSessionId) =>
      via.client(ADA).updateCustomerSessionV2({
        customerSessionId,
        ...extra,
        body: { customerSession, responseContent: ['customerSession'] },
      } as never),
    );

  it.each(['closed', 'cancelled', 'partially_returned'] as const)(
    'refuses state "%s" with 403 before anything goes upstream',
    async (state) => {
      const error = await refusal(update({ state }), 403);
      expect(error.message).toContain('closing, cancelling or returning a customer session is done by your server');
      expect(error.errors[0]?.source).toEqual({ pointer: '/customerSession/state' });
      expect(upstream.requests).toEqual([]);
    },
  );

  it('refuses a mug dressed as a drink (attributes.category) before Talon.One hands out coffee-club points', async () => {
    // The coffee-club rule matches items whose category attribute is "drinks"; the catalog says a mug is "home".
    const error = await refusal(
      update({ cartItems: [{ sku: 'MUG', quantity: 1, attributes: { category: 'drinks' } }] }),
      400,
    );
    expect(error.errors[0]?.source).toEqual({ pointer: '/customerSession/cartItems/0/attributes' });
    expect(error.message).toContain('cart items carry only sku and quantity');
    expect(upstream.requests).toEqual([]);
  });

  it.each([
    ['price', 0.01],
    ['prices', { base: { price: 0.01 } }],
    ['additionalCosts', { shipping: { price: -50 } }],
    ['selectedPriceType', 'member'],
    ['catalogItemID', 4],
    ['category', 'drinks'],
    ['name', 'Boots (free)'],
    ['returnedQuantity', -3],
    ['remainingQuantity', 9],
    ['position', 0],
    ['weight', 1],
    ['product', { name: 'Drinks' }],
  ])(
    'refuses cart items that carry %s (400), naming the field, before anything goes upstream',
    async (field, value) => {
      const error = await refusal(
        update({
          cartItems: [
            { sku: 'MUG', quantity: 1 },
            { sku: 'BOOTS', quantity: 1, [field]: value },
          ],
        }),
        400,
      );
      expect(error.errors[0]?.source).toEqual({ pointer: `/customerSession/cartItems/1/${field}` });
      expect(upstream.requests).toEqual([]);
    },
  );

  it('refuses attributes rules may trust (isVip) with 403, and passes those the shop allow-lists', async () => {
    const error = await refusal(update({ attributes: { isVip: true } }), 403);
    expect(error.errors[0]?.source).toEqual({ pointer: '/customerSession/attributes/isVip' });
    expect(upstream.requests).toEqual([]);
    const allowing = await startProxy(upstream.url, { policy: { sessionAttributes: ['giftWrap'] } });
    try {
      const state = await update({ attributes: { giftWrap: true } }, {}, allowing);
      expect(state.customerSession?.attributes).toEqual({ giftWrap: true });
      await refusal(update({ attributes: { giftWrap: true, isVip: true } }, {}, allowing), 403);
    } finally {
      await allowing.close();
    }
  });

  it('refuses session identifiers with 403 unless the shop lets the browser set them', async () => {
    const error = await refusal(update({ identifiers: ['someone-elses-device'] }), 403);
    expect(error.errors[0]?.source).toEqual({ pointer: '/customerSession/identifiers' });
    const allowing = await startProxy(upstream.url, { policy: { sessionIdentifiers: true } });
    try {
      const state = await update({ identifiers: ['device-1'] }, {}, allowing);
      expect(state.customerSession?.identifiers).toEqual(['device-1']);
    } finally {
      await allowing.close();
    }
  });

  it('refuses fields the proxy does not know, in the session and beside it', async () => {
    const inSession = await refusal(update({ cartItems: cart, discountOverride: 100 }), 403);
    expect(inSession.errors[0]?.source).toEqual({ pointer: '/customerSession/discountOverride' });
    const customerSessionId = await mint(ADA);
    const beside = await refusal(
      proxy.client(ADA).updateCustomerSessionV2({
        customerSessionId,
        body: { customerSession: {}, evaluate: 'all' } as never,
      }),
      403,
    );
    expect(beside.errors[0]?.source).toEqual({ pointer: '/evaluate' });
    expect(upstream.requests).toEqual([]);
  });

  it('refuses loyalty cards named by the browser: points would be spent from them', async () => {
    const error = await refusal(update({ loyaltyCards: [demo.loyaltyCards.full] }), 403);
    expect(error.errors[0]?.source).toEqual({ pointer: '/customerSession/loyaltyCards' });
    expect(upstream.requests).toEqual([]);
  });

  it('refuses a signed-out browser with 401', async () => {
    await refusal(proxy.client(null).getCustomerSession({ customerSessionId: 'x' }), 401);
    await refusal(
      proxy.client(null).updateCustomerSessionV2({ customerSessionId: await mint(ADA), body: { customerSession: {} } }),
      401,
    );
    expect(upstream.requests).toEqual([]);
  });
});

describe('campaign previews (issue 9.13)', () => {
  const future = '2026-03-10T12:00:00.000Z'; // SOON10 is valid from 2026-03-08

  it('refuses a dry run at a future `now` or with evaluableCampaignIds with 403, by default', async () => {
    const customerSessionId = await mint(ADA);
    const ada = proxy.client(ADA);
    const body = { customerSession: { cartItems: cart, couponCodes: [demo.coupons.pending] } };
    const now = await refusal(ada.updateCustomerSessionV2({ customerSessionId, dry: true, now: future, body }), 403);
    expect(now.errors[0]?.source).toEqual({ parameter: 'now' });
    const evaluable = await refusal(
      ada.updateCustomerSessionV2({
        customerSessionId,
        dry: true,
        body: { customerSession: { ...body.customerSession, evaluableCampaignIds: [demo.campaigns.coupons] } },
      }),
      403,
    );
    expect(evaluable.errors[0]?.source).toEqual({ pointer: '/customerSession/evaluableCampaignIds' });
    for (const query of ['dry=true&forceCompleteEvaluation=true', 'dry=true']) {
      const events = await fetch(`${proxy.url}/v2/events?${query}`, {
        method: 'POST',
        headers: { cookie: `shopper=${ADA}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'product_viewed',
          ...(query === 'dry=true' ? { evaluableCampaignIds: [1] } : {}),
        }),
      });
      expect(events.status).toBe(403);
    }
    expect(upstream.requests).toEqual([]);
  });

  it('lets the shoppers policy.previewCampaigns names preview, and nobody else', async () => {
    const staging = await startProxy(upstream.url, {
      policy: { previewCampaigns: ({ shopperId }) => shopperId === ADA },
    });
    try {
      const preview = (shopperId: string) =>
        mintSessionId(shopperId, { secret: API_KEY }).then((customerSessionId) =>
          staging.client(shopperId).updateCustomerSessionV2({
            customerSessionId,
            dry: true,
            now: future,
            body: { customerSession: { cartItems: cart, couponCodes: [demo.coupons.pending] } },
          }),
        );
      const state = await preview(ADA);
      expect(state.effects.map((effect) => effect.effectType)).toContain('acceptCoupon');
      await refusal(preview(GRACE), 403);
    } finally {
      await staging.close();
    }
  });
});

describe('the shop prices the cart (policy.priceCart)', () => {
  let priced: RunningProxy;
  const seen: unknown[] = [];
  const catalog: Record<string, { price: number; name: string; category: string }> = {
    BOOTS: { price: 140, name: 'Leather boots', category: 'shoes' },
    MUG: { price: 12, name: 'Mug', category: 'home' },
  };
  const priceCart: PriceCart = async (items, context) => {
    seen.push({ items, shopperId: context.shopperId, customerSessionId: context.customerSessionId });
    const cartItems = items.map((item) => ({ ...item, ...catalog[item.sku] }));
    return { cartItems, additionalCosts: { shipping: { price: 4.9 } } };
  };

  beforeAll(async () => {
    priced = await startProxy(upstream.url, { policy: { priceCart } });
  });
  afterAll(() => priced.close());
  beforeEach(() => {
    seen.length = 0;
  });

  it("refuses the browser's session costs even then: shipping of -139 does not make 140.00 boots cost 1.00", async () => {
    const customerSessionId = await mint(ADA);
    const error = await refusal(
      priced.client(ADA).updateCustomerSessionV2({
        customerSessionId,
        body: {
          customerSession: {
            cartItems: [{ sku: 'BOOTS', quantity: 1 }],
            additionalCosts: { shipping: { price: -139 } },
          },
        },
      }),
      400,
    );
    expect(error.errors[0]?.source).toEqual({ pointer: '/customerSession/additionalCosts' });
    expect(seen).toEqual([]);
    expect(upstream.requests).toEqual([]);
  });

  it('gets only sku and quantity, and what it returns (items and costs) is what Talon.One gets', async () => {
    const customerSessionId = await mint(ADA);
    const state = await priced.client(ADA).updateCustomerSessionV2({
      customerSessionId,
      body: {
        customerSession: {
          cartItems: [
            { sku: 'BOOTS', quantity: 1 },
            { sku: 'MUG', quantity: 2 },
          ],
        },
        responseContent: ['customerSession'],
      },
    });
    expect(seen).toEqual([
      {
        items: [
          { sku: 'BOOTS', quantity: 1 },
          { sku: 'MUG', quantity: 2 },
        ],
        shopperId: ADA,
        customerSessionId,
      },
    ]);
    expect(sentUpstream(upstream, 'PUT', '/v2/customer_sessions/')).toEqual([
      {
        customerSession: {
          profileId: ADA,
          cartItems: [
            { sku: 'BOOTS', quantity: 1, price: 140, name: 'Leather boots', category: 'shoes' },
            { sku: 'MUG', quantity: 2, price: 12, name: 'Mug', category: 'home' },
          ],
          additionalCosts: { shipping: { price: 4.9 } },
        },
        responseContent: ['customerSession'],
      },
    ]);
    expect(state.customerSession?.total).toBeCloseTo(140 + 24 + 4.9);
    expect(upstream.requests).toHaveLength(1);
  });

  it("refuses the browser's item prices and names with 400 even then, rather than dropping them unseen", async () => {
    const error = await refusal(
      priced.client(ADA).updateCustomerSessionV2({
        customerSessionId: await mint(ADA),
        body: { customerSession: { cartItems: [{ sku: 'BOOTS', quantity: 1, price: 1 }] } },
      }),
      400,
    );
    expect(error.errors[0]?.source).toEqual({ pointer: '/customerSession/cartItems/0/price' });
    expect(seen).toEqual([]);
  });
});
