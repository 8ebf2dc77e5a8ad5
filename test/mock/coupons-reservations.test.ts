// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import { checkCoupon } from '../../src/mock/domain/coupons.js';
import { createContext } from '../../src/mock/SandboxContext.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  campaigns: [{ id: 1, name: 'Wallet', rules: [] }],
  profiles: [{ integrationId: 'ada' }, { integrationId: 'bob' }],
  coupons: [
    { value: 'HARD-CODE', campaignId: 1, usageLimit: 0, isReservationMandatory: true },
    { value: 'SOFT-CODE', campaignId: 1, usageLimit: 0 },
    { value: 'LIMITED', campaignId: 1, reservationLimit: 1, reservedBy: ['ada'] },
  ],
};

function setup() {
  const sandbox = createTalonSandbox(seed, { now });
  const check = (value: string, profileId: string) =>
    checkCoupon(createContext(sandbox.state, sandbox.clock), value, profileId);
  return { sandbox, check };
}

describe('createCouponReservation', () => {
  it('makes a hard reservation when reservation is mandatory: only the holders may redeem', () => {
    const { sandbox, check } = setup();
    expect(check('HARD-CODE', 'ada')).toMatchObject({ ok: false, reason: 'CouponReservationRequired' });
    const coupon = sandbox.call('createCouponReservation', {
      couponValue: 'HARD-CODE',
      body: { integrationIDs: ['ada'] },
    });
    expect(z.parse(operations.createCouponReservation.output!, coupon)).toEqual(coupon);
    expect(coupon).toMatchObject({ value: 'HARD-CODE', isReservationMandatory: true, reservationCounter: 1 });
    expect(check('HARD-CODE', 'ada').ok).toBe(true);
    expect(check('HARD-CODE', 'bob')).toMatchObject({ ok: false, reason: 'CouponReservationRequired' });
  });

  it('makes a soft reservation otherwise: anyone may still redeem, the holders see it in their inventory', () => {
    const { sandbox, check } = setup();
    sandbox.call('createCouponReservation', { couponValue: 'SOFT-CODE', body: { integrationIDs: ['ada'] } });
    expect(check('SOFT-CODE', 'bob').ok).toBe(true);
    const values = (id: string) =>
      sandbox.call('getCustomerInventory', { integrationId: id, coupons: true }).coupons?.map((c) => c.value);
    expect(values('ada')).toContain('SOFT-CODE');
    expect(values('bob')).not.toContain('SOFT-CODE');
  });

  it('overrides the reservation limit, and creates profiles that do not exist yet', () => {
    const { sandbox } = setup();
    const coupon = sandbox.call('createCouponReservation', {
      couponValue: 'LIMITED',
      body: { integrationIDs: ['bob', 'newcomer', 'bob'] },
    });
    expect(coupon).toMatchObject({ reservationLimit: 1, reservationCounter: 3 });
    expect(sandbox.state.coupons.get('LIMITED')?.reservedBy).toEqual(['ada', 'bob', 'newcomer']);
    expect(sandbox.state.profiles.has('newcomer')).toBe(true);
  });

  it('404 for an unknown coupon, changing nothing', () => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    expect(() =>
      sandbox.call('createCouponReservation', { couponValue: 'NOPE', body: { integrationIDs: ['ada'] } }),
    ).toThrow(expect.objectContaining({ status: 404, message: 'coupon "NOPE" not found' }));
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('400 for an empty integration ID, undoing the reservations made before it', () => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    let error: unknown;
    try {
      sandbox.call('createCouponReservation', { couponValue: 'SOFT-CODE', body: { integrationIDs: ['carl', ''] } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      status: 400,
      body: { errors: [{ source: { pointer: '/integrationIDs/1' } }] },
    });
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('400 for a body without integrationIDs', () => {
    const { sandbox } = setup();
    expect(() =>
      sandbox.call('createCouponReservation', { couponValue: 'SOFT-CODE', body: {} as { integrationIDs: string[] } }),
    ).toThrow(expect.objectContaining({ status: 400, message: expect.stringContaining('integrationIDs') }));
  });
});

describe('deleteCouponReservation', () => {
  it('removes the listed reservations and answers nothing; the hard reservation no longer lets them redeem', () => {
    const { sandbox, check } = setup();
    sandbox.call('createCouponReservation', { couponValue: 'HARD-CODE', body: { integrationIDs: ['ada', 'bob'] } });
    const result = sandbox.call('deleteCouponReservation', {
      couponValue: 'HARD-CODE',
      body: { integrationIDs: ['ada', 'never-reserved'] },
    });
    expect(result).toBeUndefined();
    expect(sandbox.state.coupons.get('HARD-CODE')?.reservedBy).toEqual(['bob']);
    expect(check('HARD-CODE', 'ada')).toMatchObject({ ok: false, reason: 'CouponReservationRequired' });
    expect(check('HARD-CODE', 'bob').ok).toBe(true);
  });

  it('404 for an unknown coupon, changing nothing', () => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    expect(() =>
      sandbox.call('deleteCouponReservation', { couponValue: 'NOPE', body: { integrationIDs: ['ada'] } }),
    ).toThrow(expect.objectContaining({ status: 404 }));
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('getReservedCustomers', () => {
  it('lists the profiles holding a hard or soft reservation, in the order they reserved', () => {
    const { sandbox } = setup();
    sandbox.call('createCouponReservation', { couponValue: 'SOFT-CODE', body: { integrationIDs: ['bob', 'ada'] } });
    const page = sandbox.call('getReservedCustomers', { couponValue: 'SOFT-CODE' });
    expect(z.parse(operations.getReservedCustomers.output!, page)).toEqual(page);
    expect(page.totalResultSize).toBe(2);
    expect(page.data.map((profile) => profile.integrationId)).toEqual(['bob', 'ada']);
    const hard = sandbox.call('getReservedCustomers', { couponValue: 'HARD-CODE' });
    expect(hard).toEqual({ totalResultSize: 0, data: [] });
  });

  it('404 for an unknown coupon', () => {
    const { sandbox } = setup();
    expect(() => sandbox.call('getReservedCustomers', { couponValue: 'NOPE' })).toThrow(
      expect.objectContaining({ status: 404, message: 'coupon "NOPE" not found' }),
    );
  });
});
