// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import {
  checkCoupon,
  couponView,
  createCoupon,
  redeemCoupon,
  reserveCoupon,
  unredeemCoupon,
} from '../../src/mock/domain/coupons.js';
import { createContext } from '../../src/mock/SandboxContext.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import { CouponSchema } from '../../src/schemas/Coupon.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  campaigns: [
    { id: 1, name: 'Running', rules: [] },
    { id: 2, name: 'Disabled', state: 'disabled', rules: [] },
    { id: 3, name: 'Archived', state: 'archived', rules: [] },
    { id: 4, name: 'Scheduled', startTime: '2026-02-01T00:00:00.000Z', rules: [] },
    { id: 5, name: 'Ended', endTime: '2026-01-01T00:00:00.000Z', rules: [] },
    { id: 6, name: 'Budget', couponRedemptionLimit: 2, rules: [] },
    { id: 7, name: 'Per profile', couponRedemptionsPerProfile: 1, rules: [] },
  ],
  coupons: [
    { value: 'VALID-1', campaignId: 1 },
    { value: 'UNLIMITED', campaignId: 1, usageLimit: 0, usageCounter: 500 },
    { value: 'OFF-CODE', campaignId: 1, disabled: true },
    { value: 'DISABLED-CAMPAIGN', campaignId: 2 },
    { value: 'ARCHIVED-CAMPAIGN', campaignId: 3 },
    { value: 'SCHEDULED-CAMPAIGN', campaignId: 4 },
    { value: 'ENDED-CAMPAIGN', campaignId: 5 },
    { value: 'NO-CAMPAIGN', campaignId: 99 },
    { value: 'LATER', campaignId: 1, startDate: '2026-01-20T00:00:00.000Z' },
    { value: 'EXPIRED', campaignId: 1, expiryDate: '2026-01-15T12:00:00.000Z' },
    { value: 'FOR-ADA', campaignId: 1, recipientIntegrationId: 'ada' },
    { value: 'HARD', campaignId: 1, isReservationMandatory: true, reservedBy: ['ada'] },
    { value: 'SOFT', campaignId: 1, reservedBy: ['ada'] },
    { value: 'USED-UP', campaignId: 1, usageLimit: 3, usageCounter: 3 },
    { value: 'BUDGET-A', campaignId: 6, usageLimit: 0, usageCounter: 2 },
    { value: 'BUDGET-B', campaignId: 6 },
    { value: 'ONCE-A', campaignId: 7, usageLimit: 0 },
    { value: 'ONCE-B', campaignId: 7, usageLimit: 0 },
  ],
};

function setup() {
  const sandbox = createTalonSandbox(seed, { now });
  return { sandbox, context: createContext(sandbox.state, sandbox.clock) };
}

describe('checkCoupon', () => {
  it('accepts a valid code, and an unlimited one whatever its counter', () => {
    const { context } = setup();
    expect(checkCoupon(context, 'VALID-1', 'ada')).toMatchObject({ ok: true, coupon: { value: 'VALID-1' } });
    expect(checkCoupon(context, 'UNLIMITED', '')).toMatchObject({ ok: true });
  });

  it.each([
    ['NOPE', 'ada', 'CouponNotFound'],
    ['OFF-CODE', 'ada', 'CouponPartOfNotRunningCampaign'],
    ['DISABLED-CAMPAIGN', 'ada', 'CouponPartOfNotRunningCampaign'],
    ['ARCHIVED-CAMPAIGN', 'ada', 'CouponPartOfNotRunningCampaign'],
    ['SCHEDULED-CAMPAIGN', 'ada', 'CouponPartOfNotRunningCampaign'],
    ['ENDED-CAMPAIGN', 'ada', 'CouponPartOfNotRunningCampaign'],
    ['NO-CAMPAIGN', 'ada', 'CouponPartOfNotRunningCampaign'],
    ['LATER', 'ada', 'CouponStartDateInFuture'],
    ['EXPIRED', 'ada', 'CouponExpired'],
    ['FOR-ADA', 'bob', 'CouponRecipientDoesNotMatch'],
    ['FOR-ADA', '', 'CouponRecipientDoesNotMatch'],
    ['HARD', 'bob', 'CouponReservationRequired'],
    ['HARD', '', 'ProfileRequired'],
    ['USED-UP', 'ada', 'CouponLimitReached'],
    ['BUDGET-B', 'ada', 'CampaignLimitReached'],
  ])('rejects %s for "%s" with %s', (value, profileId, reason) => {
    const { context } = setup();
    const result = checkCoupon(context, value, profileId);
    expect(result).toMatchObject({ ok: false, reason });
    if (reason !== 'CouponNotFound') expect(result).toMatchObject({ coupon: { value } });
  });

  it('lets the recipient and the holder of a hard reservation redeem; a soft reservation binds no one', () => {
    const { context } = setup();
    expect(checkCoupon(context, 'FOR-ADA', 'ada').ok).toBe(true);
    expect(checkCoupon(context, 'HARD', 'ada').ok).toBe(true);
    expect(checkCoupon(context, 'SOFT', 'bob').ok).toBe(true);
  });

  it('checks in order: the first reason that applies wins', () => {
    const sandbox = createTalonSandbox(
      {
        campaigns: [{ id: 2, name: 'Disabled', state: 'disabled', rules: [] }],
        coupons: [
          {
            value: 'EVERYTHING',
            campaignId: 2,
            expiryDate: '2026-01-01T00:00:00.000Z',
            recipientIntegrationId: 'ada',
            usageCounter: 1,
          },
        ],
      },
      { now },
    );
    const context = createContext(sandbox.state, sandbox.clock);
    expect(checkCoupon(context, 'EVERYTHING', 'bob')).toMatchObject({ reason: 'CouponPartOfNotRunningCampaign' });
    sandbox.state.campaigns.set(2, { id: 2, name: 'Enabled', rules: [] });
    expect(checkCoupon(context, 'EVERYTHING', 'bob')).toMatchObject({ reason: 'CouponExpired' });
  });

  it('becomes valid at its start date and expires at its expiry date as the clock moves', () => {
    const { sandbox } = setup();
    expect(checkCoupon(createContext(sandbox.state, sandbox.clock), 'LATER', 'ada').ok).toBe(false);
    sandbox.clock.advance('P5D');
    expect(checkCoupon(createContext(sandbox.state, sandbox.clock), 'LATER', 'ada').ok).toBe(true);
    sandbox.clock.advance('P1Y');
    expect(checkCoupon(createContext(sandbox.state, sandbox.clock), 'VALID-1', 'ada').ok).toBe(true);
  });

  it('keeps the limit per profile: ProfileLimitReached for the profile, ProfileRequired when anonymous', () => {
    const { context } = setup();
    expect(checkCoupon(context, 'ONCE-B', 'ada').ok).toBe(true);
    expect(checkCoupon(context, 'ONCE-B', '')).toMatchObject({ ok: false, reason: 'ProfileRequired' });
    redeemCoupon(context, 'ONCE-A', 'ada');
    expect(checkCoupon(context, 'ONCE-B', 'ada')).toMatchObject({ ok: false, reason: 'ProfileLimitReached' });
    expect(checkCoupon(context, 'ONCE-B', 'bob').ok).toBe(true);
  });
});

describe('redeemCoupon and unredeemCoupon', () => {
  it('count usage and redemptions per profile, and take them back', () => {
    const { sandbox, context } = setup();
    redeemCoupon(context, 'VALID-1', 'ada');
    expect(sandbox.state.coupons.get('VALID-1')).toMatchObject({ usageCounter: 1, redemptions: { ada: 1 } });
    expect(checkCoupon(context, 'VALID-1', 'bob')).toMatchObject({ ok: false, reason: 'CouponLimitReached' });
    unredeemCoupon(context, 'VALID-1', 'ada');
    expect(sandbox.state.coupons.get('VALID-1')).toMatchObject({ usageCounter: 0, redemptions: {} });
    expect(checkCoupon(context, 'VALID-1', 'bob').ok).toBe(true);
  });

  it('count an anonymous redemption on the coupon only', () => {
    const { sandbox, context } = setup();
    redeemCoupon(context, 'UNLIMITED', '');
    expect(sandbox.state.coupons.get('UNLIMITED')).toMatchObject({ usageCounter: 501, redemptions: {} });
  });

  it('move the campaign budget', () => {
    const { context } = setup();
    unredeemCoupon(context, 'BUDGET-A', 'ada');
    expect(checkCoupon(context, 'BUDGET-B', 'ada').ok).toBe(true);
    redeemCoupon(context, 'BUDGET-B', 'ada');
    expect(checkCoupon(context, 'BUDGET-A', 'bob')).toMatchObject({ ok: false, reason: 'CampaignLimitReached' });
  });

  it('404 when redeeming an unknown code', () => {
    const { context } = setup();
    expect(() => redeemCoupon(context, 'NOPE', 'ada')).toThrow(expect.objectContaining({ status: 404 }));
  });
});

describe('createCoupon', () => {
  it('creates a unique coupon for the recipient, valid for the given duration', () => {
    const { sandbox, context } = setup();
    const first = createCoupon(context, { campaignId: 1, recipientIntegrationId: 'ada', validFor: 'P30D' });
    const second = createCoupon(context, { campaignId: 1, recipientIntegrationId: 'ada', usageLimit: 3 });
    expect(first).toMatchObject({
      campaignId: 1,
      created: now,
      recipientIntegrationId: 'ada',
      usageLimit: 1,
      usageCounter: 0,
      expiryDate: '2026-02-14T12:00:00.000Z',
    });
    expect(first.value).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(second.value).not.toBe(first.value);
    expect(second).toMatchObject({ usageLimit: 3 });
    expect(second.expiryDate).toBeUndefined();
    expect(first.id).toBeGreaterThan(sandbox.state.coupons.get('ONCE-B')!.id);
    expect(sandbox.state.coupons.get(first.value)).toBe(first);
    expect(checkCoupon(context, first.value, 'ada').ok).toBe(true);
    expect(checkCoupon(context, first.value, 'bob')).toMatchObject({ reason: 'CouponRecipientDoesNotMatch' });
  });

  it('404 for an unknown campaign', () => {
    const { context } = setup();
    expect(() => createCoupon(context, { campaignId: 42, recipientIntegrationId: 'ada' })).toThrow(
      expect.objectContaining({ status: 404, message: 'campaign 42 not found' }),
    );
  });
});

describe('reserveCoupon', () => {
  it('reserves once per profile and creates the profile', () => {
    const { sandbox, context } = setup();
    expect(reserveCoupon(context, 'VALID-1', 'carol')).toBe(true);
    expect(reserveCoupon(context, 'VALID-1', 'carol')).toBe(false);
    expect(sandbox.state.coupons.get('VALID-1')?.reservedBy).toEqual(['carol']);
    expect(sandbox.state.profiles.has('carol')).toBe(true);
  });

  it('keeps the reservation limit unless told to ignore it', () => {
    const sandbox = createTalonSandbox(
      {
        campaigns: [{ id: 1, name: 'c', rules: [] }],
        coupons: [{ value: 'TWO-ONLY', campaignId: 1, reservationLimit: 2, reservedBy: ['a', 'b'] }],
      },
      { now },
    );
    const context = createContext(sandbox.state, sandbox.clock);
    expect(reserveCoupon(context, 'TWO-ONLY', 'c')).toBe(false);
    expect(reserveCoupon(context, 'TWO-ONLY', 'c', { ignoreLimit: true })).toBe(true);
    expect(sandbox.state.coupons.get('TWO-ONLY')?.reservedBy).toEqual(['a', 'b', 'c']);
  });

  it('404 for an unknown coupon', () => {
    const { context } = setup();
    expect(() => reserveCoupon(context, 'NOPE', 'ada')).toThrow(
      expect.objectContaining({ status: 404, message: 'coupon "NOPE" not found' }),
    );
  });
});

describe('couponView', () => {
  it('shows the coupon as the API does', () => {
    const { sandbox } = setup();
    const view = couponView(sandbox.state.coupons.get('HARD')!);
    expect(z.parse(CouponSchema, view)).toEqual(view);
    expect(view).toEqual({
      id: sandbox.state.coupons.get('HARD')!.id,
      created: now,
      campaignId: 1,
      value: 'HARD',
      usageLimit: 1,
      usageCounter: 0,
      discountCounter: 0,
      reservationCounter: 1,
      attributes: {},
      isReservationMandatory: true,
      implicitlyReserved: false,
    });
  });
});
