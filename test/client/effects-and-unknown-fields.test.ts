import { http, HttpResponse } from 'msw';
import { TalonValidationError } from '../../src/client/index.js';
import {
  acceptCouponEffect,
  campaign,
  customerSession,
  integrationState,
  loyalty,
  rejectCouponEffect,
  setDiscountEffect,
} from '../fixtures/integrationState.js';
import { BASE_URL, server, startServer } from '../msw.js';
import { createClient, rejectionOf } from './server.js';

startServer();

const sessionPath = `${BASE_URL}/v2/customer_sessions/:customerSessionId`;
const updateSession = () =>
  createClient().updateCustomerSessionV2({
    customerSessionId: 'session-2024-06-01-0042',
    body: { customerSession: { cartItems: [{ sku: 'SW-MERINO-M-NAVY', quantity: 2 }] } },
  });

/** Answers the session update with `body`, as JSON that has not been through any schema. */
function answerSessionUpdate(body: unknown) {
  server.use(http.put(sessionPath, () => HttpResponse.json(body as Record<string, unknown>)));
}

// JSON that a newer Talon.One might send: an effect type the kit has never heard of, and fields the spec does not
// list yet, at every level. All of it must reach the app as it came.
const brandNewEffect = {
  campaignId: 120,
  rulesetId: 520,
  ruleIndex: 2,
  ruleName: 'Try the new thing',
  effectType: 'brandNewEffect',
  props: {
    headline: 'Free gift wrapping',
    tiers: [
      { min: 50, gift: 'ribbon' },
      { min: 100, gift: 'box' },
    ],
    nested: { deeper: { flag: true, nothing: null } },
  },
  futureEffectField: { rolloutPercent: 10 },
};

const responseFromTheFuture = {
  ...integrationState,
  customerSession: {
    ...customerSession,
    cartItems: [
      { ...customerSession.cartItems[0], sustainabilityScore: 'A', packaging: { recycled: true } },
      ...customerSession.cartItems.slice(1),
    ],
    loyaltyTierPreview: 'Gold',
  },
  loyalty: {
    ...loyalty,
    programs: { '7': { ...loyalty.programs['7'], ledger: { ...loyalty.programs['7']?.ledger, carbonPoints: 12 } } },
  },
  triggeredCampaigns: [{ ...campaign, aiGenerated: false }],
  effects: [
    { ...setDiscountEffect, props: { ...setDiscountEffect.props, currency: 'EUR' }, explanation: 'basket over 150' },
    brandNewEffect,
    acceptCouponEffect,
    { ...rejectCouponEffect, props: { ...rejectCouponEffect.props, suggestedCoupon: 'SUMMER-50' } },
  ],
  experimentId: 'exp-42',
  nudges: [{ kind: 'spendMore', amount: 5.7 }],
};

describe('unknown effect types and unknown fields', () => {
  it('keeps an unknown effect type and unknown fields at every level, exactly as they came', async () => {
    answerSessionUpdate(responseFromTheFuture);
    const state = await updateSession();
    expect(state).toStrictEqual(responseFromTheFuture);
    expect(state.effects[1]).toStrictEqual(brandNewEffect);
  });

  it('keeps an unknown effect whose props are empty', async () => {
    const effect = {
      campaignId: 1,
      rulesetId: 2,
      ruleIndex: 0,
      ruleName: 'r',
      effectType: 'brandNewEffect',
      props: {},
    };
    answerSessionUpdate({ effects: [effect], createdCoupons: [], createdReferrals: [] });
    await expect(updateSession()).resolves.toStrictEqual({
      effects: [effect],
      createdCoupons: [],
      createdReferrals: [],
    });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'treats an effectType named like an Object.prototype key (%s) as unknown',
    async (effectType) => {
      const effect = { campaignId: 1, rulesetId: 2, ruleIndex: 0, ruleName: 'r', effectType, props: { any: 'thing' } };
      answerSessionUpdate({ effects: [effect], createdCoupons: [], createdReferrals: [] });
      const state = await updateSession();
      expect(state.effects).toStrictEqual([effect]);
    },
  );

  it('keeps unknown fields of the session in getCustomerSession and of effects in reopenCustomerSession', async () => {
    const session = { customerSession: { ...customerSession, channel: 'app' }, effects: [brandNewEffect] };
    const reopened = { effects: [brandNewEffect], reopenedBy: 'support' };
    server.use(
      http.get(sessionPath, () => HttpResponse.json(session)),
      http.put(`${sessionPath}/reopen`, () => HttpResponse.json(reopened)),
    );
    const client = createClient();
    await expect(client.getCustomerSession({ customerSessionId: 's-1' })).resolves.toStrictEqual(session);
    await expect(client.reopenCustomerSession({ customerSessionId: 's-1' })).resolves.toStrictEqual(reopened);
  });
});

describe('known effect types are checked', () => {
  async function responseIssues(body: unknown) {
    answerSessionUpdate(body);
    const error = await rejectionOf(updateSession());
    expect(error).toBeInstanceOf(TalonValidationError);
    expect((error as TalonValidationError).target).toBe('response');
    return (error as TalonValidationError).issues;
  }

  const setDiscountWithStringValue = {
    ...integrationState,
    effects: [{ ...setDiscountEffect, props: { name: '10% off', value: '19.43' } }],
  };
  const rejectCouponWithoutReason = {
    ...integrationState,
    effects: [setDiscountEffect, brandNewEffect, { ...rejectCouponEffect, props: { value: 'EXPIRED2023' } }],
  };

  it('rejects setDiscount with a string value, at effects[0].props.value', async () => {
    const issues = await responseIssues(setDiscountWithStringValue);
    expect(issues.map((i) => i.path)).toStrictEqual(['effects[0].props.value']);
    expect(issues[0]?.message).toMatch(/^expected number, received /);
  });

  it('names the index of the bad effect and the missing prop', async () => {
    const issues = await responseIssues(rejectCouponWithoutReason);
    expect(issues.map((i) => i.path)).toStrictEqual(['effects[2].props.rejectionReason']);
    expect(issues[0]?.message).toBe('expected string, received nothing');
  });

  it('says what the bad prop value was', async () => {
    expect(await responseIssues(setDiscountWithStringValue)).toStrictEqual([
      { path: 'effects[0].props.value', message: 'expected number, received string' },
    ]);
    expect(await responseIssues(rejectCouponWithoutReason)).toStrictEqual([
      { path: 'effects[2].props.rejectionReason', message: 'expected string, received nothing' },
    ]);
  });

  it('rejects an effect whose props are not an object, known type or not', async () => {
    expect(
      await responseIssues({
        ...integrationState,
        effects: [
          { ...brandNewEffect, props: 'free gift' },
          { ...acceptCouponEffect, props: null },
        ],
      }),
    ).toStrictEqual([
      { path: 'effects[0].props', message: 'expected object, received string' },
      { path: 'effects[1].props', message: 'expected object, received null' },
    ]);
  });

  it('rejects an effect without the base fields', async () => {
    const { campaignId: _campaignId, ...withoutCampaign } = brandNewEffect;
    expect(await responseIssues({ ...integrationState, effects: [withoutCampaign] })).toStrictEqual([
      { path: 'effects[0].campaignId', message: 'expected number, received nothing' },
    ]);
  });
});
