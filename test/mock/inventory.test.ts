// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import type { GetCustomerInventoryInput } from '../../src/client/operations/getCustomerInventory.js';
import { createTalonSandbox, type TalonSandbox } from '../../src/mock/createTalonSandbox.js';
import { increaseProgress } from '../../src/mock/domain/achievements.js';
import { redeemCoupon } from '../../src/mock/domain/coupons.js';
import { redeemReferral } from '../../src/mock/domain/referrals.js';
import { createContext } from '../../src/mock/SandboxContext.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  campaigns: [
    { id: 1, name: 'Coupons', rules: [] },
    { id: 2, name: 'Stopped', state: 'disabled', rules: [] },
    { id: 3, name: 'Later', startTime: '2026-03-01T00:00:00.000Z', rules: [] },
    { id: 4, name: 'Once per profile', couponRedemptionsPerProfile: 1, rules: [] },
    { id: 5, name: 'Referrals', rules: [] },
  ],
  profiles: [{ integrationId: 'ada', attributes: { Name: 'Ada' } }, { integrationId: 'bob' }],
  coupons: [
    { value: 'RESERVED', campaignId: 1, reservedBy: ['ada'] },
    { value: 'EVERYONE', campaignId: 1, implicitlyReserved: true, usageLimit: 0 },
    { value: 'PERSONAL', campaignId: 1, recipientIntegrationId: 'ada' },
    { value: 'REDEEMED', campaignId: 1, usageLimit: 0 },
    { value: 'PENDING', campaignId: 1, reservedBy: ['ada'], startDate: '2026-02-01T00:00:00.000Z' },
    { value: 'EXPIRED', campaignId: 1, reservedBy: ['ada'], expiryDate: '2026-01-10T00:00:00.000Z' },
    { value: 'EXHAUSTED', campaignId: 1, reservedBy: ['ada'], usageLimit: 2, usageCounter: 2 },
    { value: 'OFF-CODE', campaignId: 1, reservedBy: ['ada'], disabled: true },
    { value: 'STOPPED', campaignId: 2, reservedBy: ['ada'] },
    { value: 'SCHEDULED', campaignId: 3, reservedBy: ['ada'] },
    { value: 'ONCE', campaignId: 4, reservedBy: ['ada'], usageLimit: 0 },
    { value: 'NOT-ADAS', campaignId: 1, reservedBy: ['bob'] },
  ],
  referrals: [
    { code: 'ADA-REF', campaignId: 5, advocateProfileIntegrationId: 'ada', usageLimit: 0 },
    { code: 'BOB-REF', campaignId: 5, advocateProfileIntegrationId: 'bob' },
  ],
  achievements: [{ id: 1, campaignId: 1, name: 'buyer', title: 'Buyer', description: 'Buy 3 times', target: 3 }],
};

function setup() {
  const sandbox = createTalonSandbox(seed, { now });
  return { sandbox, context: createContext(sandbox.state, sandbox.clock) };
}

const inventory = (sandbox: TalonSandbox, input: GetCustomerInventoryInput) => {
  const result = sandbox.call('getCustomerInventory', input);
  expect(z.parse(operations.getCustomerInventory.output!, result)).toEqual(result);
  return result;
};

describe('getCustomerInventory: coupons', () => {
  it('lists reserved, visible-to-all, personal and redeemed coupons, each with its state for the profile', () => {
    const { sandbox, context } = setup();
    redeemCoupon(context, 'REDEEMED', 'ada');
    redeemCoupon(context, 'REDEEMED', 'ada');
    redeemCoupon(context, 'ONCE', 'ada');
    const { coupons = [] } = inventory(sandbox, { integrationId: 'ada', coupons: true });
    const states = Object.fromEntries(coupons.map((coupon) => [coupon.value, coupon.state]));
    expect(states).toEqual({
      RESERVED: 'active',
      EVERYONE: 'active',
      PERSONAL: 'active',
      REDEEMED: 'active',
      PENDING: 'pending',
      EXPIRED: 'expired',
      EXHAUSTED: 'used',
      'OFF-CODE': 'disabled',
      STOPPED: 'disabled',
      SCHEDULED: 'active',
      ONCE: 'used',
    });
    expect(coupons.map((coupon) => coupon.value)).toEqual(Object.keys(states));
    expect(coupons.find((coupon) => coupon.value === 'REDEEMED')).toMatchObject({
      profileRedemptionCount: 2,
      usageCounter: 2,
    });
    expect(coupons.find((coupon) => coupon.value === 'RESERVED')).toMatchObject({
      profileRedemptionCount: 0,
      reservationCounter: 1,
    });
  });

  it('shows a coupon the profile used up as used, and as used (not expired) once it expires', () => {
    const sandbox = createTalonSandbox(
      {
        campaigns: [{ id: 1, name: 'c', rules: [] }],
        profiles: [{ integrationId: 'ada' }],
        coupons: [
          { value: 'MINE', campaignId: 1, reservedBy: ['ada'], expiryDate: '2026-02-01T00:00:00.000Z' },
          { value: 'MULTI', campaignId: 1, reservedBy: ['ada'], usageLimit: 5, expiryDate: '2026-02-01T00:00:00.000Z' },
        ],
      },
      { now },
    );
    const context = createContext(sandbox.state, sandbox.clock);
    redeemCoupon(context, 'MINE', 'ada');
    redeemCoupon(context, 'MULTI', 'ada');
    const states = () =>
      sandbox.call('getCustomerInventory', { integrationId: 'ada', coupons: true }).coupons?.map((c) => c.state);
    expect(states()).toEqual(['used', 'active']);
    sandbox.clock.advance('P30D');
    expect(states()).toEqual(['used', 'used']);
  });

  it('shows a pending coupon as active once its start date comes', () => {
    const { sandbox } = setup();
    const state = () =>
      sandbox
        .call('getCustomerInventory', { integrationId: 'ada', coupons: true })
        .coupons?.find((c) => c.value === 'PENDING')?.state;
    expect(state()).toBe('pending');
    sandbox.clock.advance('P20D');
    expect(state()).toBe('active');
  });

  it('shows another profile only its own and the visible-to-all coupons', () => {
    const { sandbox } = setup();
    const { coupons = [] } = inventory(sandbox, { integrationId: 'bob', coupons: true });
    expect(coupons.map((coupon) => coupon.value)).toEqual(['EVERYONE', 'NOT-ADAS']);
  });
});

describe('getCustomerInventory: parts', () => {
  it('includes only the parts asked for', () => {
    const { sandbox } = setup();
    expect(inventory(sandbox, { integrationId: 'ada' })).toEqual({});
    const all = inventory(sandbox, {
      integrationId: 'ada',
      profile: true,
      loyalty: true,
      referrals: true,
      coupons: true,
      giveaways: true,
      achievements: true,
    });
    expect(Object.keys(all).sort()).toEqual([
      'achievements',
      'coupons',
      'giveaways',
      'loyalty',
      'profile',
      'referrals',
    ]);
    expect(all.profile).toMatchObject({ integrationId: 'ada', attributes: { Name: 'Ada' } });
    expect(all.giveaways).toEqual([]);
  });

  it('lists the referral codes the profile advocates, with the friends who redeemed them', () => {
    const { sandbox, context } = setup();
    redeemReferral(context, 'ADA-REF', 'carl');
    redeemReferral(context, 'ADA-REF', 'bob');
    redeemReferral(context, 'ADA-REF', 'bob');
    const { referrals = [] } = inventory(sandbox, { integrationId: 'ada', referrals: true });
    expect(referrals).toEqual([
      expect.objectContaining({
        code: 'ADA-REF',
        advocateProfileIntegrationId: 'ada',
        usageCounter: 3,
        referredCustomers: ['bob', 'carl'],
      }),
    ]);
  });

  it('lists the achievements the profile has progress in, with their definitions', () => {
    const { sandbox, context } = setup();
    expect(inventory(sandbox, { integrationId: 'ada', achievements: true }).achievements).toEqual([]);
    increaseProgress(context, 1, 'ada', 2);
    expect(inventory(sandbox, { integrationId: 'ada', achievements: true }).achievements).toEqual([
      {
        achievementId: 1,
        name: 'buyer',
        title: 'Buyer',
        description: 'Buy 3 times',
        campaignId: 1,
        target: 3,
        achievementRecurrencePolicy: 'no_recurrence',
        achievementActivationPolicy: 'user_action',
        status: 'inprogress',
        progress: 2,
        startDate: now,
      },
    ]);
  });

  it('404 for an unknown profile', () => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    expect(() => sandbox.call('getCustomerInventory', { integrationId: 'nobody', coupons: true })).toThrow(
      expect.objectContaining({ status: 404, message: 'customer profile "nobody" not found' }),
    );
    expect(sandbox.snapshot()).toEqual(before);
  });
});
