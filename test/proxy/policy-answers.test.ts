// @vitest-environment node
// What the browser learns from answers (issue 9.4), over the real sandbox server: a shopper who enters another's
// referral or coupon code, reads their own inventory or a list the app allowed, gets no other customer's identifiers
// (advocates, referred friends, coupon recipients, card holders, profiles), and no code created for somebody else.
import { demo, demoSeed, startTalonSandboxServer, type TalonSandboxServer } from '../../src/mock/index.js';
import { mintSessionId } from '../../src/proxy/index.js';
import { redactCustomers } from '../../src/proxy/policy/redaction/redactCustomers.js';
import { API_KEY, NOW, startProxy, type RunningProxy } from './harness.js';
import { ADA, GRACE } from './inputs.js';

const ALAN = demo.profiles.vip;
const BIRTHDAY = 'ADA-BIRTHDAY-25';

let sandbox: TalonSandboxServer;
let proxy: RunningProxy;

beforeAll(async () => {
  // The demo data, and a coupon only Ada may redeem (a birthday present of the shop's).
  const seed = demoSeed({ now: NOW });
  seed.coupons = [
    ...(seed.coupons ?? []),
    { campaignId: demo.campaigns.coupons, value: BIRTHDAY, recipientIntegrationId: ADA, created: NOW },
  ];
  sandbox = await startTalonSandboxServer({ port: 0, apiKey: API_KEY, seed });
  sandbox.sandbox.clock.set(NOW);
  proxy = await startProxy(sandbox.url);
  // Alan took up Ada's referral code with an order, closed by the shop's server.
  for (const customerSession of [
    { profileId: ALAN, referralCode: demo.referrals.ada, cartItems: [{ sku: 'MUG', quantity: 1 }] },
    { state: 'closed' as const },
  ]) {
    sandbox.sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 'alan-order-1',
      body: { customerSession },
    });
  }
});
afterAll(async () => {
  await proxy.close();
  await sandbox.close();
});

const others = [ADA, ALAN, 'ada@example.com', 'alan@example.com'];
const expectNoneOf = (answer: unknown, ids: readonly string[]) => {
  const text = JSON.stringify(answer);
  for (const id of ids) expect(text).not.toContain(id);
};

describe('entering somebody else’s codes', () => {
  it("tells Grace nothing about the advocate of Ada's referral code or the friends who used it", async () => {
    const state = await proxy.client(GRACE).updateCustomerSessionV2({
      customerSessionId: await mintSessionId(GRACE, { secret: API_KEY }),
      body: {
        customerSession: {
          referralCode: demo.referrals.ada,
          couponCodes: [demo.coupons.reserved, BIRTHDAY],
          cartItems: [{ sku: 'BOOTS', quantity: 1 }],
        },
        responseContent: ['referral', 'coupons', 'customerSession', 'customerProfile', 'loyalty'],
      },
    });
    expect(state.referral).toMatchObject({
      code: demo.referrals.ada,
      advocateProfileIntegrationId: '[redacted]',
      referredCustomers: ['[redacted]'],
    });
    expect(state.coupons?.find((coupon) => coupon.value === BIRTHDAY)?.recipientIntegrationId).toBe('[redacted]');
    // Her own identifiers stay.
    expect(state.customerSession?.profileId).toBe(GRACE);
    expect(state.customerProfile?.integrationId).toBe(GRACE);
    expectNoneOf(state, others);
  });
});

describe("the shopper's own reads", () => {
  it('keeps her codes and cards, without the friends who used them or the co-holders of a card', async () => {
    const ada = await proxy.client(ADA).getCustomerInventory({ integrationId: ADA, referrals: true, coupons: true });
    expect(ada.referrals?.[0]).toMatchObject({
      code: demo.referrals.ada,
      advocateProfileIntegrationId: ADA,
      usageCounter: 1,
      referredCustomers: ['[redacted]'],
    });
    expect(ada.coupons?.find((coupon) => coupon.value === BIRTHDAY)?.recipientIntegrationId).toBe(ADA);
    expectNoneOf(ada, [ALAN]);
    const grace = await proxy.client(GRACE).getCustomerInventory({ integrationId: GRACE, loyalty: true });
    const card = grace.loyalty?.cards?.find((candidate) => candidate.identifier === demo.loyaltyCards.full);
    expect(card?.profiles?.map((profile) => profile.integrationId)).toEqual([GRACE, '[redacted]']);
    expectNoneOf(grace, [ALAN]);
  });
});

describe('operations the app allows', () => {
  it("redact the customers in an 'allow'ed answer unless policy.revealCustomers names the operation", async () => {
    const allowing = await startProxy(sandbox.url, { policy: { getReservedCustomers: 'allow' } });
    try {
      const page = await allowing.client(GRACE).getReservedCustomers({ couponValue: demo.coupons.reserved });
      expect(page.data?.map((profile) => profile.integrationId)).toEqual(['[redacted]']);
      // Ada's name and e-mail address go with her ID.
      expect(page.data?.[0]?.attributes).toEqual({});
      expectNoneOf(page, others);
    } finally {
      await allowing.close();
    }
  });
});

describe('redactCustomers', () => {
  const effect = (effectType: string, props: Record<string, unknown>) => ({
    campaignId: 3,
    rulesetId: 3,
    ruleIndex: 0,
    ruleName: 'Reward the advocate',
    effectType,
    props,
  });

  it('redacts the codes created for or awarded to somebody else, and keeps the shopper’s own', () => {
    const state = {
      customerSession: { integrationId: 'grace-order', profileId: GRACE },
      effects: [
        effect('couponCreated', { value: 'ADVOCATE-REWARD', profileId: ADA }),
        effect('couponCreated', { value: 'MY-REWARD', profileId: GRACE }),
        effect('awardGiveaway', {
          code: 'GIFT-1',
          recipientIntegrationId: ADA,
          poolId: 1,
          poolName: 'p',
          giveawayId: 1,
        }),
        effect('reserveCoupon', { couponValue: 'FOR-ADA', profileIntegrationId: ADA, isNewReservation: true }),
        effect('addLoyaltyPoints', { value: 15, recipientIntegrationId: ADA, programId: 1 }),
        effect('addToAudience', { audienceId: 1, profileIntegrationId: ADA, profileId: 17 }),
      ],
      createdCoupons: [
        { value: 'ADVOCATE-REWARD', recipientIntegrationId: ADA },
        { value: 'MY-REWARD', recipientIntegrationId: GRACE },
      ],
      createdReferrals: [{ code: 'ADA-NEW', advocateProfileIntegrationId: ADA }],
      awardedGiveaways: [{ code: 'GIFT-1', profileIntegrationId: ADA, profileId: 17 }],
    };
    const answer = redactCustomers(state, GRACE);
    expect(answer.customerSession).toBe(state.customerSession);
    expect(answer.effects.map((entry) => entry.props)).toEqual([
      { value: '[redacted]', profileId: '[redacted]' },
      { value: 'MY-REWARD', profileId: GRACE },
      { code: '[redacted]', recipientIntegrationId: '[redacted]', poolId: 1, poolName: 'p', giveawayId: 1 },
      { couponValue: '[redacted]', profileIntegrationId: '[redacted]', isNewReservation: true },
      { value: 15, recipientIntegrationId: '[redacted]', programId: 1 },
      { audienceId: 1, profileIntegrationId: '[redacted]' },
    ]);
    expect(answer.createdCoupons).toEqual([
      { value: '[redacted]', recipientIntegrationId: '[redacted]' },
      { value: 'MY-REWARD', recipientIntegrationId: GRACE },
    ]);
    expect(answer.createdReferrals).toEqual([{ code: '[redacted]', advocateProfileIntegrationId: '[redacted]' }]);
    expect(answer.awardedGiveaways).toEqual([{ code: '[redacted]', profileIntegrationId: '[redacted]' }]);
    // The input is left as it was.
    expect(state.createdCoupons[0]?.value).toBe('ADVOCATE-REWARD');
  });

  it('returns the very answer when it names nobody else, and redacts everybody for a signed-out browser', () => {
    const own = {
      customerSession: { integrationId: 's1.x', profileId: GRACE, cartItems: [] },
      customerProfile: { integrationId: GRACE, attributes: { Name: 'Grace' } },
      effects: [],
      createdCoupons: [],
      createdReferrals: [],
    };
    expect(redactCustomers(own, GRACE)).toBe(own);
    const anonymous = redactCustomers(own, null);
    expect(anonymous.customerSession).toEqual({ integrationId: 's1.x', profileId: '[redacted]', cartItems: [] });
    expect(anonymous.customerProfile).toEqual({ integrationId: '[redacted]', attributes: {} });
    // A profile of nobody ('': an anonymous session) names no customer.
    const nobody = { customerSession: { integrationId: 'x', profileId: '' } };
    expect(redactCustomers(nobody, GRACE)).toBe(nobody);
  });

  it("keeps an audience's own integrationId", () => {
    const audience = { id: 1, name: 'VIP', integrationId: 'crm-vip' };
    expect(redactCustomers(audience, GRACE, 'audience')).toBe(audience);
  });
});
