// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import type { CartItem } from '../../src/schemas/CartItem.js';
import type { Effect } from '../../src/schemas/Effect.js';
import type { NewCustomerSessionV2 } from '../../src/schemas/NewCustomerSessionV2.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  campaigns: [
    {
      id: 1,
      name: 'Coupons over 50',
      rules: [
        {
          title: '10% off over 50',
          conditions: [{ type: 'couponValid' }, { type: 'cartSubtotalAtLeast', amount: 50 }],
          effects: [{ type: 'percentDiscount', percent: 10 }],
        },
      ],
    },
    // Its coupons exist, but no rule looks at them.
    {
      id: 2,
      name: 'No coupon rule',
      rules: [{ title: 'Hello', effects: [{ type: 'showNotification', title: 'Hi', body: 'Hello' }] }],
    },
    {
      id: 3,
      name: 'Referrals',
      rules: [
        {
          title: 'Friend gets 5 off',
          conditions: [{ type: 'referralValid' }, { type: 'cartItemCountAtLeast', count: 2 }],
          effects: [{ type: 'fixedDiscount', amount: 5 }],
        },
      ],
    },
    {
      id: 4,
      name: 'Stopped',
      state: 'disabled',
      rules: [{ title: 'x', conditions: [{ type: 'couponValid' }], effects: [] }],
    },
  ],
  coupons: [
    { value: 'GOOD', campaignId: 1, usageLimit: 3 },
    { value: 'GOOD2', campaignId: 1, usageLimit: 3 },
    { value: 'OLD1', campaignId: 1, expiryDate: '2026-01-01T00:00:00.000Z' },
    { value: 'SOON', campaignId: 1, startDate: '2026-02-01T00:00:00.000Z' },
    { value: 'USED', campaignId: 1, usageLimit: 2, usageCounter: 2 },
    { value: 'PLAIN', campaignId: 2 },
    { value: 'OFF1', campaignId: 4 },
    { value: 'BOBS', campaignId: 1, recipientIntegrationId: 'bob' },
  ],
  referrals: [
    { code: 'CAROL-FRIEND', campaignId: 3, advocateProfileIntegrationId: 'carol', usageLimit: 5 },
    { code: 'SPENT', campaignId: 3, advocateProfileIntegrationId: 'carol', usageLimit: 1, usageCounter: 1 },
  ],
  profiles: [{ integrationId: 'alice' }],
};

const cart: CartItem[] = [
  { sku: 'A', price: 40, quantity: 1 },
  { sku: 'B', price: 30, quantity: 2 },
];

function update(customerSession: NewCustomerSessionV2, sandbox = createTalonSandbox(seed, { now })) {
  const result = sandbox.call('updateCustomerSessionV2', {
    customerSessionId: 's1',
    body: { customerSession: { profileId: 'alice', cartItems: cart, ...customerSession } },
  });
  expect(z.safeParse(operations.updateCustomerSessionV2.output!, result).success).toBe(true);
  return { sandbox, result };
}

const ofType = (effects: readonly Effect[], type: string) => effects.filter((effect) => effect.effectType === type);
const reasons = (effects: readonly Effect[], type = 'rejectCoupon') =>
  Object.fromEntries(ofType(effects, type).map((effect) => [effect.props.value, effect.props.rejectionReason]));

describe('coupon codes', () => {
  it('accepts a valid coupon and applies its rule: acceptCoupon and setDiscount triggered by the coupon', () => {
    const { sandbox, result } = update({ couponCodes: ['GOOD'] });
    const id = sandbox.state.coupons.get('GOOD')?.id;
    expect(result.effects).toEqual([
      {
        campaignId: 1,
        rulesetId: 1,
        ruleIndex: 0,
        ruleName: '10% off over 50',
        triggeredByCoupon: id,
        effectType: 'acceptCoupon',
        props: { value: 'GOOD' },
      },
      {
        campaignId: 1,
        rulesetId: 1,
        ruleIndex: 0,
        ruleName: '10% off over 50',
        triggeredByCoupon: id,
        effectType: 'setDiscount',
        props: { name: '10% off over 50', value: 10, scope: 'cartItems' },
      },
      expect.objectContaining({ campaignId: 2, effectType: 'showNotification' }),
    ]);
  });

  it('rejects codes with Talon.One reasons: not found, expired, not yet valid, used up, other recipient, stopped campaign', () => {
    const { result } = update({ couponCodes: ['NOPE', 'OLD1', 'SOON', 'USED', 'BOBS', 'OFF1'] });
    expect(reasons(result.effects)).toEqual({
      NOPE: 'CouponNotFound',
      OLD1: 'CouponExpired',
      SOON: 'CouponStartDateInFuture',
      USED: 'CouponLimitReached',
      BOBS: 'CouponRecipientDoesNotMatch',
      OFF1: 'CouponPartOfNotRunningCampaign',
    });
    expect(ofType(result.effects, 'setDiscount')).toEqual([]);
    expect(ofType(result.effects, 'rejectCoupon')[0]).toMatchObject({ campaignId: 0, ruleName: '' });
    expect(ofType(result.effects, 'rejectCoupon')[1]).toMatchObject({ campaignId: 1 });
  });

  it('rejects a valid code whose rule fails on another condition, naming that condition', () => {
    const { result } = update({ couponCodes: ['GOOD'], cartItems: [{ sku: 'A', price: 40, quantity: 1 }] });
    const [rejection] = ofType(result.effects, 'rejectCoupon');
    expect(rejection).toMatchObject({
      campaignId: 1,
      ruleIndex: 0,
      ruleName: '10% off over 50',
      conditionIndex: 1,
      props: { value: 'GOOD', rejectionReason: 'CouponRejectedByCondition', conditionIndex: 1 },
    });
    expect(ofType(result.effects, 'acceptCoupon')).toEqual([]);
  });

  it('rejects a valid code of a campaign without a coupon rule, and a second code of the same campaign', () => {
    const { result } = update({ couponCodes: ['PLAIN', 'GOOD', 'GOOD2'] });
    expect(reasons(result.effects)).toEqual({
      PLAIN: 'CouponPartOfNotTriggeredCampaign',
      GOOD2: 'CouponPartOfNotTriggeredCampaign',
    });
    expect(ofType(result.effects, 'acceptCoupon').map((effect) => effect.props.value)).toEqual(['GOOD']);
  });

  it('counts a redemption on close: a coupon used up by others is then rejected for everybody', () => {
    const sandbox = createTalonSandbox(
      { ...seed, coupons: [{ value: 'ONCE', campaignId: 1, usageLimit: 1 }] },
      { now },
    );
    update({ couponCodes: ['ONCE'], state: 'closed' }, sandbox);
    expect(sandbox.state.coupons.get('ONCE')?.usageCounter).toBe(1);
    const next = sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's2',
      body: { customerSession: { profileId: 'bob', cartItems: cart, couponCodes: ['ONCE'] } },
    });
    expect(reasons(next.effects)).toEqual({ ONCE: 'CouponLimitReached' });
  });

  it('lists the session coupons with the profile redemption count', () => {
    const sandbox = createTalonSandbox(seed, { now });
    update({ couponCodes: ['GOOD'], state: 'closed' }, sandbox);
    const result = sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's2',
      body: { customerSession: { profileId: 'alice', couponCodes: ['GOOD', 'NOPE'] }, responseContent: ['coupons'] },
    });
    expect(result.coupons).toEqual([
      expect.objectContaining({ value: 'GOOD', usageCounter: 1, profileRedemptionCount: 1 }),
    ]);
  });
});

describe('referral codes', () => {
  it('accepts a valid referral for the friend and applies its rule; closing redeems it, cancelling rolls it back', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const { result } = update({ referralCode: 'CAROL-FRIEND' }, sandbox);
    expect(ofType(result.effects, 'acceptReferral').map((effect) => effect.props)).toEqual([{ value: 'CAROL-FRIEND' }]);
    expect(ofType(result.effects, 'setDiscount')[0]).toMatchObject({ campaignId: 3, props: { value: 5 } });
    const closed = sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's1',
      body: { customerSession: { state: 'closed' }, responseContent: ['referral'] },
    });
    expect(closed.referral).toMatchObject({ code: 'CAROL-FRIEND', usageCounter: 1, referredCustomers: ['alice'] });
    const cancelled = sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's1',
      body: { customerSession: { state: 'cancelled' } },
    });
    expect(ofType(cancelled.effects, 'rollbackReferral').map((effect) => effect.props)).toEqual([
      { value: 'CAROL-FRIEND' },
    ]);
    expect(sandbox.state.referrals.get('CAROL-FRIEND')?.usageCounter).toBe(0);
  });

  it('rejects referrals with reasons: the advocate, a used up code, an unknown one, a failing condition', () => {
    const advocate = update({ profileId: 'carol', referralCode: 'CAROL-FRIEND' }).result;
    expect(reasons(advocate.effects, 'rejectReferral')).toEqual({
      'CAROL-FRIEND': 'ReferralRecipientIdSameAsAdvocate',
    });
    expect(reasons(update({ referralCode: 'SPENT' }).result.effects, 'rejectReferral')).toEqual({
      SPENT: 'ReferralLimitReached',
    });
    expect(reasons(update({ referralCode: 'WHO' }).result.effects, 'rejectReferral')).toEqual({
      WHO: 'ReferralNotFound',
    });
    const small = update({ referralCode: 'CAROL-FRIEND', cartItems: [{ sku: 'A', price: 40, quantity: 1 }] }).result;
    expect(ofType(small.effects, 'rejectReferral')[0]?.props).toMatchObject({
      rejectionReason: 'ReferralRejectedByCondition',
      conditionIndex: 1,
    });
  });
});
