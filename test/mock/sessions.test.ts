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
      name: 'Summer coupons',
      rules: [
        {
          title: '10% off with a coupon',
          conditions: [{ type: 'couponValid' }, { type: 'cartSubtotalAtLeast', amount: 50 }],
          effects: [{ type: 'percentDiscount', percent: 10 }],
        },
      ],
    },
    {
      id: 2,
      name: 'Loyalty',
      rules: [
        {
          title: 'Points on the subtotal',
          effects: [{ type: 'addLoyaltyPoints', programId: 1, percentOfSubtotal: 10 }],
        },
        {
          title: 'Pending shoe points',
          effects: [
            {
              type: 'addLoyaltyPoints',
              programId: 1,
              points: 5,
              items: { attribute: { name: 'category', value: 'shoes' } },
              pendingDuration: 'P14D',
            },
          ],
        },
      ],
    },
    {
      id: 3,
      name: 'Orders',
      rules: [{ title: 'Count orders', effects: [{ type: 'increaseAchievementProgress', achievementId: 1 }] }],
    },
    {
      id: 4,
      name: 'Shoes',
      rules: [
        {
          title: 'Shoes 20% off',
          conditions: [{ type: 'itemInCart', item: { attribute: { name: 'category', value: 'shoes' } } }],
          effects: [
            { type: 'percentDiscount', percent: 20, items: { attribute: { name: 'category', value: 'shoes' } } },
          ],
        },
      ],
    },
  ],
  coupons: [
    { value: 'SUMMER10', campaignId: 1, usageLimit: 5 },
    { value: 'VIPONLY', campaignId: 1, usageLimit: 0, isReservationMandatory: true, reservedBy: ['alice'] },
  ],
  loyaltyPrograms: [{ id: 1, name: 'points', title: 'Points' }],
  achievements: [{ id: 1, campaignId: 3, name: 'orders', title: 'Orders', description: 'Place orders', target: 3 }],
  profiles: [{ integrationId: 'alice' }],
};

const cart: CartItem[] = [
  { sku: 'SHOE-1', name: 'Runner', price: 80, quantity: 1, attributes: { category: 'shoes' } },
  { sku: 'SOCK-1', name: 'Socks', price: 5, quantity: 4, attributes: { category: 'socks' } },
];

const sandboxOf = () => createTalonSandbox(seed, { now });
type Sandbox = ReturnType<typeof sandboxOf>;

function update(
  sandbox: Sandbox,
  customerSession: NewCustomerSessionV2,
  options: { id?: string; dry?: boolean; now?: string; responseContent?: string[] } = {},
) {
  const result = sandbox.call('updateCustomerSessionV2', {
    customerSessionId: options.id ?? 's1',
    ...(options.dry === undefined ? {} : { dry: options.dry }),
    ...(options.now === undefined ? {} : { now: options.now }),
    body: {
      customerSession,
      ...(options.responseContent ? { responseContent: options.responseContent as never } : {}),
    },
  });
  // Every answer must be what the kit's own schema accepts.
  expect(z.safeParse(operations.updateCustomerSessionV2.output!, result).success).toBe(true);
  return result;
}

const ofType = (effects: readonly Effect[], type: string) => effects.filter((effect) => effect.effectType === type);
const ledger = (sandbox: Sandbox, integrationId = 'alice') =>
  sandbox.state.ledgers.get(`profile/1/${integrationId}`) ?? [];
const progress = (sandbox: Sandbox, integrationId = 'alice') =>
  sandbox.state.achievementProgress.get(`1/${integrationId}`)?.at(-1)?.progress ?? 0;

describe('updateCustomerSessionV2: creating and updating', () => {
  it('creates the session and its profile on first use, with totals and positions', () => {
    const sandbox = sandboxOf();
    const result = update(
      sandbox,
      { profileId: 'new-shopper', cartItems: cart, additionalCosts: { shipping: { price: 4.5 } } },
      { responseContent: ['customerSession', 'customerProfile'] },
    );
    expect(result.customerSession).toMatchObject({
      integrationId: 's1',
      profileId: 'new-shopper',
      state: 'open',
      firstSession: true,
      cartItemTotal: 100,
      additionalCostTotal: 4.5,
      total: 104.5,
      created: now,
      updated: now,
      applicationId: 1,
    });
    expect(result.customerSession?.cartItems.map((item) => item.position)).toEqual([0, 1]);
    expect(result.customerProfile).toMatchObject({ integrationId: 'new-shopper', closedSessions: 0 });
    expect(sandbox.state.profiles.has('new-shopper')).toBe(true);
    expect(sandbox.state.sessionsByProfile.get('new-shopper')).toEqual(['s1']);
  });

  it('says firstSession only for the first session of a profile, and always for anonymous ones', () => {
    const sandbox = sandboxOf();
    const content = { responseContent: ['customerSession'] };
    expect(update(sandbox, { profileId: 'alice' }, { id: 'a', ...content }).customerSession?.firstSession).toBe(true);
    expect(update(sandbox, { profileId: 'alice' }, { id: 'b', ...content }).customerSession?.firstSession).toBe(false);
    const anonymous = update(sandbox, { profileId: '' }, { id: 'c', ...content }).customerSession;
    expect(anonymous).toMatchObject({ profileId: '', firstSession: true });
    expect(sandbox.state.profiles.has('')).toBe(false);
  });

  it('answers only effects and created codes unless responseContent asks for more', () => {
    const sandbox = sandboxOf();
    const result = update(sandbox, { profileId: 'alice', cartItems: cart });
    expect(Object.keys(result).sort()).toEqual(['createdCoupons', 'createdReferrals', 'effects']);
    const full = update(
      sandbox,
      { couponCodes: ['SUMMER10'] },
      {
        responseContent: ['customerSession', 'customerProfile', 'coupons', 'triggeredCampaigns', 'loyalty', 'event'],
      },
    );
    expect(full.customerSession?.couponCodes).toEqual(['SUMMER10']);
    expect(full.coupons).toEqual([expect.objectContaining({ value: 'SUMMER10', profileRedemptionCount: 0 })]);
    expect(full.triggeredCampaigns?.map((campaign) => campaign.id)).toEqual([1, 2, 3, 4]);
    expect(full.triggeredCampaigns?.[1]).toMatchObject({ features: ['loyalty'], type: 'advanced', limits: [] });
    expect(full.event).toMatchObject({ type: 'talon_session_updated', sessionId: 's1', profileId: 'alice' });
    expect(full.loyalty).toBeDefined();
    expect(full.referral).toBeUndefined();
  });

  it('replaces the fields an update gives and keeps the others (PUT semantics)', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart, couponCodes: ['SUMMER10'], attributes: { city: 'Berlin' } });
    const kept = update(sandbox, { attributes: { city: 'Hamburg' } }, { responseContent: ['customerSession'] });
    expect(kept.customerSession).toMatchObject({ couponCodes: ['SUMMER10'], attributes: { city: 'Hamburg' } });
    expect(kept.customerSession?.cartItems).toHaveLength(2);
    expect(ofType(kept.effects, 'acceptCoupon')).toHaveLength(1);
    const cleared = update(sandbox, { couponCodes: [] }, { responseContent: ['customerSession'] });
    expect(cleared.customerSession?.couponCodes).toEqual([]);
    expect(ofType(cleared.effects, 'acceptCoupon')).toHaveLength(0);
  });

  it('stores one event per update', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart });
    update(sandbox, { couponCodes: ['SUMMER10'] });
    update(sandbox, { state: 'closed' });
    const events = [...sandbox.state.events.values()].sort((a, b) => a.id - b.id);
    expect(events.map((event) => event.type)).toEqual([
      'talon_session_created',
      'talon_session_updated',
      'talon_session_closed',
    ]);
    expect(events[2]?.effects.map((effect) => effect.effectType)).toContain('acceptCoupon');
  });

  it('shows side effects on an open session without carrying them out', () => {
    const sandbox = sandboxOf();
    const result = update(sandbox, { profileId: 'alice', cartItems: cart, couponCodes: ['SUMMER10'] });
    expect(ofType(result.effects, 'addLoyaltyPoints').map((effect) => effect.props.value)).toEqual([10, 5]);
    expect(ofType(result.effects, 'increaseAchievementProgress')[0]?.props).toMatchObject({ value: 1, target: 3 });
    expect(ledger(sandbox)).toEqual([]);
    expect(progress(sandbox)).toBe(0);
    expect(sandbox.state.coupons.get('SUMMER10')?.usageCounter).toBe(0);
  });

  it('keeps the transaction UUID of planned points across updates, and the ledger uses it on close', () => {
    const sandbox = sandboxOf();
    const uuids = (effects: readonly Effect[]) =>
      ofType(effects, 'addLoyaltyPoints').map((effect) => effect.props.transactionUUID);
    const first = uuids(update(sandbox, { profileId: 'alice', cartItems: cart }).effects);
    const second = uuids(update(sandbox, { attributes: { note: 'gift' } }).effects);
    expect(new Set(first).size).toBe(2);
    expect(second).toEqual(first);
    update(sandbox, { state: 'closed' });
    expect(ledger(sandbox).map((entry) => entry.transactionUUID)).toEqual(first);
  });

  it('getCustomerSession answers the session and its effects, and 404 for an unknown one', () => {
    const sandbox = sandboxOf();
    const updated = update(sandbox, { profileId: 'alice', cartItems: cart, couponCodes: ['SUMMER10'] });
    const got = sandbox.call('getCustomerSession', { customerSessionId: 's1' });
    expect(z.safeParse(operations.getCustomerSession.output!, got).success).toBe(true);
    expect(got.effects).toEqual(updated.effects);
    expect(got.customerSession).toMatchObject({ integrationId: 's1', state: 'open', cartItemTotal: 100 });
    expect(() => sandbox.call('getCustomerSession', { customerSessionId: 'nope' })).toThrow(
      expect.objectContaining({ status: 404, message: expect.stringContaining('"nope"') }),
    );
  });
});

describe('updateCustomerSessionV2: closing commits', () => {
  it('redeems the coupon, writes the ledger, moves achievement progress and counts the sale', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart, couponCodes: ['SUMMER10'] });
    const closed = update(sandbox, { state: 'closed' }, { responseContent: ['customerSession', 'customerProfile'] });
    expect(closed.customerSession?.state).toBe('closed');
    expect(sandbox.state.coupons.get('SUMMER10')).toMatchObject({ usageCounter: 1, redemptions: { alice: 1 } });
    const points = ofType(closed.effects, 'addLoyaltyPoints');
    const entries = ledger(sandbox);
    expect(entries.map((entry) => [entry.amount, entry.transactionType, entry.customerSessionId])).toEqual([
      [10, 'session', 's1'],
      [5, 'session', 's1'],
    ]);
    expect(entries.map((entry) => entry.transactionUUID)).toEqual(points.map((effect) => effect.props.transactionUUID));
    expect(entries[1]?.startDate).toBe('2026-01-29T12:00:00.000Z');
    expect(progress(sandbox)).toBe(1);
    expect(closed.customerProfile).toMatchObject({ closedSessions: 1, totalSales: 100 });
    const commits = sandbox.state.sessions.get('s1')?.commits.map((commit) => commit.kind);
    expect(commits).toEqual([
      'couponRedeemed',
      'discount',
      'pointsAdded',
      'pointsAdded',
      'achievementProgress',
      'discount',
    ]);
  });

  it('can create a session closed at once', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart, state: 'closed' });
    expect(sandbox.state.sessions.get('s1')?.state).toBe('closed');
    expect(ledger(sandbox)).toHaveLength(2);
  });

  it('refuses invalid transitions with 400 naming state, and changes nothing', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart, state: 'closed' });
    const before = sandbox.snapshot();
    const refused = (customerSession: NewCustomerSessionV2, message: RegExp) => {
      try {
        update(sandbox, customerSession);
        expect.unreachable('the update should have been refused');
      } catch (error) {
        expect(error).toMatchObject({ status: 400, message: expect.stringMatching(message) });
        expect((error as { body: { errors: Array<{ source: unknown }> } }).body.errors[0]?.source).toEqual({
          pointer: '/customerSession/state',
        });
      }
      expect(sandbox.snapshot()).toEqual(before);
    };
    refused({ state: 'open' }, /reopenCustomerSession/);
    refused({ cartItems: [{ sku: 'X', price: 1, quantity: 1 }] }, /closed: its cart/);
    refused({ state: 'partially_returned' }, /returnCartItems/);
  });

  it('refuses to create a session in another state than open or closed, and an open one to become partially_returned', () => {
    const sandbox = sandboxOf();
    const before = sandbox.snapshot();
    expect(() => update(sandbox, { profileId: 'alice', state: 'cancelled' })).toThrow(/created "open" or "closed"/);
    expect(sandbox.snapshot()).toEqual(before);
    update(sandbox, { profileId: 'alice', cartItems: cart });
    const open = sandbox.snapshot();
    expect(() => update(sandbox, { state: 'partially_returned' })).toThrow(/returnCartItems/);
    expect(sandbox.snapshot()).toEqual(open);
  });

  it('answers a repeated close without committing again', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart, couponCodes: ['SUMMER10'], state: 'closed' });
    const before = sandbox.snapshot();
    const again = update(sandbox, { profileId: 'alice', cartItems: cart, couponCodes: ['SUMMER10'], state: 'closed' });
    expect(ofType(again.effects, 'acceptCoupon')).toHaveLength(1);
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('updateCustomerSessionV2: cancelling', () => {
  it('cancels an open session without rollbacks (nothing was committed)', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart, couponCodes: ['SUMMER10'] });
    const cancelled = update(sandbox, { state: 'cancelled' }, { responseContent: ['customerSession'] });
    expect(cancelled.effects).toEqual([]);
    expect(cancelled.customerSession?.state).toBe('cancelled');
    expect(sandbox.state.coupons.get('SUMMER10')?.usageCounter).toBe(0);
  });

  it('rolls back what closing committed and answers the rollback effects', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart, couponCodes: ['SUMMER10'], state: 'closed' });
    const cancelled = update(
      sandbox,
      { state: 'cancelled' },
      { responseContent: ['customerSession', 'customerProfile'] },
    );
    expect(cancelled.effects.map((effect) => effect.effectType)).toEqual([
      'rollbackCoupon',
      'rollbackDiscount',
      'rollbackAddedLoyaltyPoints',
      'rollbackAddedLoyaltyPoints',
      'rollbackIncreasedAchievementProgress',
      'rollbackDiscount',
    ]);
    expect(ofType(cancelled.effects, 'rollbackCoupon')[0]?.props).toEqual({ value: 'SUMMER10' });
    expect(ofType(cancelled.effects, 'rollbackDiscount').map((effect) => effect.props)).toEqual([
      { name: '10% off with a coupon', value: 10, scope: 'cartItems' },
      { name: 'Shoes 20% off#0', value: 16, cartItemPosition: 0, scope: 'price' },
    ]);
    expect(ofType(cancelled.effects, 'rollbackIncreasedAchievementProgress')[0]?.props).toMatchObject({
      achievementId: 1,
      decreaseProgressBy: 1,
      currentProgress: 0,
      target: 3,
    });
    const rolledBack = ofType(cancelled.effects, 'rollbackAddedLoyaltyPoints');
    expect(rolledBack.map((effect) => effect.props.value)).toEqual([10, 5]);
    // Talon.One keeps both transactions in the ledger: the addition and its reversal, under a new UUID.
    const entries = ledger(sandbox);
    expect(entries.map((entry) => entry.amount)).toEqual([10, 5, -10, -5]);
    expect(rolledBack.map((effect) => effect.props.transactionUUID)).toEqual(
      entries.slice(2).map((entry) => entry.transactionUUID),
    );
    expect(sandbox.state.coupons.get('SUMMER10')).toMatchObject({ usageCounter: 0, redemptions: {} });
    expect(progress(sandbox)).toBe(0);
    expect(cancelled.customerProfile).toMatchObject({ closedSessions: 0, totalSales: 0 });
    expect(cancelled.customerSession?.state).toBe('cancelled');
  });

  it('keeps a cancelled session as it is: any further change is refused', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart, state: 'closed' });
    update(sandbox, { state: 'cancelled' });
    const before = sandbox.snapshot();
    expect(() => update(sandbox, { state: 'open' })).toThrow(/cancelled session can no longer change/);
    expect(() => update(sandbox, { state: 'closed' })).toThrow(/cancelled/);
    expect(() => sandbox.call('reopenCustomerSession', { customerSessionId: 's1' })).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringMatching(/only a closed session/) }),
    );
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('updateCustomerSessionV2: dry and now', () => {
  it('dry evaluates, even a close, and keeps nothing: no profile, no session, no ledger, no counters', () => {
    const sandbox = sandboxOf();
    const before = sandbox.snapshot();
    const result = update(
      sandbox,
      { profileId: 'someone-new', cartItems: cart, couponCodes: ['SUMMER10'], state: 'closed' },
      { dry: true, responseContent: ['customerSession', 'customerProfile'] },
    );
    expect(ofType(result.effects, 'acceptCoupon')).toHaveLength(1);
    expect(ofType(result.effects, 'addLoyaltyPoints')).toHaveLength(2);
    expect(result.customerSession?.state).toBe('closed');
    expect(result.customerProfile).toMatchObject({ integrationId: 'someone-new', closedSessions: 1 });
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('dry considers only the payload, not what earlier updates stored', () => {
    const sandbox = sandboxOf();
    update(sandbox, { profileId: 'alice', cartItems: cart, couponCodes: ['SUMMER10'] });
    const before = sandbox.snapshot();
    const result = update(sandbox, { profileId: 'alice', cartItems: cart }, { dry: true });
    expect(ofType(result.effects, 'acceptCoupon')).toHaveLength(0);
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('now evaluates campaigns and coupon dates at that (future) time', () => {
    const sandbox = createTalonSandbox(
      {
        ...seed,
        campaigns: [{ ...seed.campaigns![0]!, startTime: '2026-02-01T00:00:00.000Z' }],
        coupons: [{ value: 'LATER', campaignId: 1, usageLimit: 0, expiryDate: '2026-03-01T00:00:00.000Z' }],
      },
      { now },
    );
    const body = { profileId: 'alice', cartItems: cart, couponCodes: ['LATER'] };
    const today = update(sandbox, body, { dry: true });
    expect(ofType(today.effects, 'rejectCoupon')[0]?.props.rejectionReason).toBe('CouponPartOfNotRunningCampaign');
    const inFebruary = update(sandbox, body, { dry: true, now: '2026-02-10T00:00:00Z' });
    expect(ofType(inFebruary.effects, 'acceptCoupon')).toHaveLength(1);
    expect(ofType(inFebruary.effects, 'setDiscount')[0]?.props.value).toBe(10);
    const inMarch = update(sandbox, body, { dry: true, now: '2026-03-02T00:00:00Z' });
    expect(ofType(inMarch.effects, 'rejectCoupon')[0]?.props.rejectionReason).toBe('CouponExpired');
  });

  it('refuses now without dry, and now in the past, naming now', () => {
    const sandbox = sandboxOf();
    const before = sandbox.snapshot();
    const body = { customerSession: { profileId: 'alice', cartItems: cart } };
    for (const input of [
      { customerSessionId: 's1', now: '2026-02-01T00:00:00Z', body },
      { customerSessionId: 's1', now: '2026-01-01T00:00:00Z', dry: true, body },
      { customerSessionId: 's1', now, dry: true, body },
    ]) {
      expect(() => sandbox.call('updateCustomerSessionV2', input)).toThrow(
        expect.objectContaining({
          status: 400,
          message: expect.stringMatching(/now/),
          body: expect.objectContaining({ errors: [expect.objectContaining({ source: { parameter: 'now' } })] }),
        }),
      );
    }
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('updateCustomerSessionV2: hard reservations', () => {
  it('lets only the profile that reserved a mandatory-reservation coupon redeem it', () => {
    const sandbox = sandboxOf();
    const bob = update(sandbox, { profileId: 'bob', cartItems: cart, couponCodes: ['VIPONLY'] }, { id: 'bob-cart' });
    expect(ofType(bob.effects, 'rejectCoupon').map((effect) => effect.props)).toEqual([
      { value: 'VIPONLY', rejectionReason: 'CouponReservationRequired' },
    ]);
    expect(ofType(bob.effects, 'setDiscount')).toHaveLength(0);
    const alice = update(
      sandbox,
      { profileId: 'alice', cartItems: cart, couponCodes: ['VIPONLY'] },
      { id: 'alice-cart' },
    );
    expect(ofType(alice.effects, 'acceptCoupon')[0]?.props).toEqual({ value: 'VIPONLY' });
  });
});
