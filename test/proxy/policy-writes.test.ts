// @vitest-environment node
// The shopper's other writes through the default policy, over the real sandbox server, as an attacker would try
// them: claiming a coupon reserved for somebody else (issue 9.5), creating a referral code on one's own terms (9.6),
// and events about somebody else.
import { demo } from '../../src/mock/index.js';
import { mintSessionId, type CouponReservationContext } from '../../src/proxy/index.js';
import { API_KEY, startProxy, startUpstream, type RunningProxy, type Upstream } from './harness.js';
import { ADA, GRACE } from './inputs.js';
import { refusal, sentUpstream } from './policyHelpers.js';

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
});

describe('coupon reservations (issue 9.5)', () => {
  const reserved = demo.coupons.reserved; // hard-reserved for Ada

  it('refuses them by default: Grace cannot claim RESERVED10, and her cart still rejects it', async () => {
    const grace = proxy.client(GRACE);
    const error = await refusal(
      grace.createCouponReservation({ couponValue: reserved, body: { integrationIDs: [GRACE] } }),
      403,
    );
    expect(error.message).toContain('set policy.allowCouponReservation');
    expect(upstream.requests).toEqual([]);
    const state = await grace.updateCustomerSessionV2({
      customerSessionId: await mintSessionId(GRACE, { secret: API_KEY }),
      body: { customerSession: { couponCodes: [reserved], cartItems: [{ sku: 'BOOTS', quantity: 1 }] } },
    });
    expect(state.effects.find((effect) => effect.effectType === 'rejectCoupon')?.props).toMatchObject({
      value: reserved,
      rejectionReason: 'CouponReservationRequired',
    });
  });

  describe('with policy.allowCouponReservation', () => {
    let allowing: RunningProxy;
    const asked: CouponReservationContext[] = [];

    beforeAll(async () => {
      allowing = await startProxy(upstream.url, {
        policy: {
          // The shop's wallet offers the visible coupon; nothing else is for the browser to reserve.
          allowCouponReservation: (context) => {
            asked.push(context);
            return context.couponValue === demo.coupons.visible;
          },
        },
      });
    });
    afterAll(() => allowing.close());

    it('reserves the codes it allows, for the shopper alone', async () => {
      const coupon = await allowing
        .client(GRACE)
        .createCouponReservation({ couponValue: demo.coupons.visible, body: { integrationIDs: [GRACE] } });
      expect(coupon.value).toBe(demo.coupons.visible);
      expect(asked).toEqual([
        {
          shopperId: GRACE,
          couponValue: demo.coupons.visible,
          request: expect.any(Request),
          signal: expect.any(AbortSignal),
        },
      ]);
      expect(sentUpstream(upstream, 'POST', '/v1/coupon_reservations/')).toEqual([{ integrationIDs: [GRACE] }]);
    });

    it('refuses any other code, and anybody but the shopper, before Talon.One', async () => {
      const grace = allowing.client(GRACE);
      const other = await refusal(
        grace.createCouponReservation({ couponValue: reserved, body: { integrationIDs: [GRACE] } }),
        403,
      );
      expect(other.message).toBe('this coupon cannot be reserved from the browser');
      for (const integrationIDs of [[ADA], [GRACE, ADA], [], [GRACE, GRACE]]) {
        const error = await refusal(
          grace.createCouponReservation({ couponValue: demo.coupons.visible, body: { integrationIDs } }),
          403,
        );
        expect(error.errors[0]?.source).toEqual({ pointer: '/integrationIDs' });
      }
      expect(upstream.requests).toEqual([]);
    });
  });

  it('lets a shopper release only their own reservation', async () => {
    const ada = proxy.client(ADA);
    await ada.deleteCouponReservation({ couponValue: reserved, body: { integrationIDs: [ADA] } });
    expect(sentUpstream(upstream, 'DELETE', '/v1/coupon_reservations/')).toEqual([{ integrationIDs: [ADA] }]);
    upstream.sandbox.sandbox.call('createCouponReservation', {
      couponValue: reserved,
      body: { integrationIDs: [ADA] },
    });
    upstream.requests.length = 0;
    for (const integrationIDs of [[ADA], [GRACE, ADA], []]) {
      await refusal(
        proxy.client(GRACE).deleteCouponReservation({ couponValue: reserved, body: { integrationIDs } }),
        403,
      );
    }
    expect(upstream.requests).toEqual([]);
  });

  it('refuses a signed-out browser with 401', async () => {
    await refusal(
      proxy.client(null).createCouponReservation({ couponValue: reserved, body: { integrationIDs: [ADA] } }),
      401,
    );
    expect(upstream.requests).toEqual([]);
  });
});

describe('referral codes (issue 9.6)', () => {
  const campaignId = demo.campaigns.referrals;

  it.each([
    ['usageLimit', 0], // unlimited uses
    ['expiryDate', '2099-01-01T00:00:00Z'],
    ['startDate', '2020-01-01T00:00:00Z'],
    ['friendProfileIntegrationId', ADA],
    ['attributes', { tier: 'influencer' }],
    ['discountPercent', 90],
  ])("refuses %s with 403: a referral code's terms are the campaign's", async (field, value) => {
    const error = await refusal(
      proxy.client(GRACE).createReferral({ body: { campaignId, advocateProfileIntegrationId: GRACE, [field]: value } }),
      403,
    );
    expect(error.errors[0]?.source).toEqual({ pointer: `/${field}` });
    expect(upstream.requests).toEqual([]);
  });

  it('creates one on the campaign’s terms, with the shopper as its advocate whatever the browser names', async () => {
    const own = await proxy.client(GRACE).createReferral({ body: { campaignId, advocateProfileIntegrationId: ADA } });
    expect(own.advocateProfileIntegrationId).toBe(GRACE);
    expect(own.expiryDate).toBeUndefined();
    expect(sentUpstream(upstream, 'POST', '/v1/referrals')).toEqual([
      { campaignId, advocateProfileIntegrationId: GRACE },
    ]);
  });
});

describe('events', () => {
  it('are always the shopper’s own, without fields the proxy does not know', async () => {
    await proxy.client(ADA).trackEventV2({ body: { type: 'product_viewed' } });
    await proxy.client(GRACE).trackEventV2({ body: { type: 'product_viewed', profileId: ADA } });
    expect(sentUpstream(upstream, 'POST', '/v2/events').map((body) => body.profileId)).toEqual([ADA, GRACE]);
    const error = await refusal(
      proxy.client(GRACE).trackEventV2({ body: { type: 'product_viewed', sessionId: 7 } as never }),
      403,
    );
    expect(error.errors[0]?.source).toEqual({ pointer: '/sessionId' });
  });

  it('refuses a signed-out browser with 401', async () => {
    await refusal(proxy.client(null).trackEventV2({ body: { type: 'product_viewed', profileId: ADA } }), 401);
    expect(upstream.requests).toEqual([]);
  });
});
