// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import type { CartItem } from '../../src/schemas/CartItem.js';
import type { Effect } from '../../src/schemas/Effect.js';
import type { NewCustomerSessionV2 } from '../../src/schemas/NewCustomerSessionV2.js';
import type { ReturnedCartItem } from '../../src/schemas/ReturnedCartItem.js';

const now = '2026-01-15T12:00:00.000Z';
const shoes = { attribute: { name: 'category', value: 'shoes' } };

const seed: SandboxSeed = {
  campaigns: [
    {
      id: 1,
      name: 'Coupon',
      rules: [
        {
          title: '10% off',
          conditions: [{ type: 'couponValid' }],
          effects: [{ type: 'percentDiscount', percent: 10 }],
        },
      ],
    },
    {
      id: 2,
      name: 'Shoes',
      rules: [
        {
          title: 'Shoes 20% off',
          effects: [
            { type: 'percentDiscount', percent: 20, items: shoes },
            { type: 'addLoyaltyPoints', programId: 1, points: 5, items: shoes },
          ],
        },
      ],
    },
    {
      id: 3,
      name: 'Points',
      rules: [
        {
          title: 'Points on the subtotal',
          effects: [{ type: 'addLoyaltyPoints', programId: 1, percentOfSubtotal: 10 }],
        },
        {
          title: 'Welcome points',
          effects: [{ type: 'addLoyaltyPoints', programId: 1, points: 7, pendingDuration: 'P14D' }],
        },
      ],
    },
    {
      id: 4,
      name: 'Rewards',
      rules: [
        {
          title: 'Thank you',
          effects: [
            { type: 'increaseAchievementProgress', achievementId: 1 },
            { type: 'createCoupon' },
            { type: 'freeItem', sku: 'GIFT' },
            { type: 'customEffect', name: 'confetti', payload: { colour: 'gold' } },
          ],
        },
      ],
    },
  ],
  coupons: [{ value: 'SAVE10', campaignId: 1, usageLimit: 0 }],
  loyaltyPrograms: [{ id: 1, name: 'points', title: 'Points' }],
  achievements: [{ id: 1, campaignId: 4, name: 'orders', title: 'Orders', description: 'Place orders', target: 5 }],
  profiles: [{ integrationId: 'alice' }],
};

// Subtotal 180: two shoes at 80, four socks at 5.
const cart: CartItem[] = [
  { sku: 'SHOE', price: 80, quantity: 2, attributes: { category: 'shoes' } },
  { sku: 'SOCK', price: 5, quantity: 4, attributes: { category: 'socks' } },
];

const ofType = (effects: readonly Effect[], type: string) => effects.filter((effect) => effect.effectType === type);

function closedSandbox(session: NewCustomerSessionV2 = {}) {
  const sandbox = createTalonSandbox(seed, { now });
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: 's1',
    body: {
      customerSession: { profileId: 'alice', cartItems: cart, couponCodes: ['SAVE10'], state: 'closed', ...session },
    },
  });
  return sandbox;
}

function returnItems(
  sandbox: ReturnType<typeof closedSandbox>,
  returnedCartItems: ReturnedCartItem[],
  options: { dry?: boolean; responseContent?: Array<'customerSession' | 'customerProfile' | 'previousReturns'> } = {},
) {
  const result = sandbox.call('returnCartItems', {
    customerSessionId: 's1',
    ...(options.dry === undefined ? {} : { dry: options.dry }),
    body: {
      return: { returnedCartItems },
      ...(options.responseContent ? { responseContent: options.responseContent } : {}),
    },
  });
  expect(z.safeParse(operations.returnCartItems.output!, result).success).toBe(true);
  return result;
}

const amounts = (sandbox: ReturnType<typeof closedSandbox>) =>
  (sandbox.state.ledgers.get('profile/1/alice') ?? []).map((entry) => entry.amount);

describe('returnCartItems', () => {
  it('rolls back the per-item discount and points of the returned units, and subtotal points by value', () => {
    const sandbox = closedSandbox();
    expect(amounts(sandbox)).toEqual([5, 18, 7]);
    const result = returnItems(sandbox, [{ position: 0, quantity: 1 }], {
      responseContent: ['customerSession', 'customerProfile'],
    });
    expect(result.effects.map((effect) => [effect.effectType, effect.props.value])).toEqual([
      ['rollbackDiscount', 16],
      ['rollbackAddedLoyaltyPoints', 2.5],
      ['rollbackAddedLoyaltyPoints', 8],
    ]);
    expect(ofType(result.effects, 'rollbackDiscount')[0]?.props).toMatchObject({ cartItemPosition: 0 });
    expect(amounts(sandbox)).toEqual([5, 18, 7, -2.5, -8]);
    expect(result.customerSession?.state).toBe('partially_returned');
    expect(result.customerSession?.cartItems[0]).toMatchObject({ returnedQuantity: 1, remainingQuantity: 1 });
    expect(result.customerSession?.cartItems[1]).toMatchObject({ returnedQuantity: 0, remainingQuantity: 4 });
    expect(result.return).toMatchObject({
      returnedCartItems: [{ position: 0, quantity: 1 }],
      sessionIntegrationId: 's1',
      profileIntegrationId: 'alice',
    });
    expect(result.customerProfile).toMatchObject({ closedSessions: 1, totalSales: 100 });
    // What is not tied to the returned units stays: the coupon and its session discount.
    expect(sandbox.state.coupons.get('SAVE10')?.usageCounter).toBe(1);
  });

  it('returns the rest of a line by default, and lists the earlier returns', () => {
    const sandbox = closedSandbox();
    const first = returnItems(sandbox, [{ position: 0, quantity: 1 }]);
    const second = returnItems(sandbox, [{ position: 0 }], { responseContent: ['previousReturns', 'customerSession'] });
    expect(second.return?.returnedCartItems).toEqual([{ position: 0, quantity: 1 }]);
    expect(second.previousReturns).toEqual([first.return]);
    expect(second.customerSession?.cartItems[0]).toMatchObject({ returnedQuantity: 2, remainingQuantity: 0 });
    expect(ofType(second.effects, 'rollbackDiscount')[0]?.props.value).toBe(16);
  });

  it('refuses positions and quantities beyond what remains, naming the field, and changes nothing', () => {
    const sandbox = closedSandbox();
    returnItems(sandbox, [{ position: 1, quantity: 3 }]);
    const before = sandbox.snapshot();
    const cases: Array<[ReturnedCartItem[], string, RegExp]> = [
      [[{ position: 2 }], '/return/returnedCartItems/0/position', /position 2 is not a cart item/],
      [[{ position: 1, quantity: 2 }], '/return/returnedCartItems/0/quantity', /between 1 and 1/],
      [[{ position: 0, quantity: 0 }], '/return/returnedCartItems/0/quantity', /between 1 and 2/],
      [
        [
          { position: 0, quantity: 1 },
          { position: 0, quantity: 2 },
        ],
        '/return/returnedCartItems/1/quantity',
        /between 1 and 1/,
      ],
      [[], '/return/returnedCartItems', /at least one/],
    ];
    for (const [lines, pointer, message] of cases) {
      expect(() => returnItems(sandbox, lines)).toThrow(
        expect.objectContaining({
          status: 400,
          message: expect.stringMatching(message),
          body: expect.objectContaining({ errors: [expect.objectContaining({ source: { pointer } })] }),
        }),
      );
      expect(sandbox.snapshot()).toEqual(before);
    }
  });

  it('refuses open and cancelled sessions', () => {
    const sandbox = createTalonSandbox(seed, { now });
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's1',
      body: { customerSession: { profileId: 'alice', cartItems: cart } },
    });
    expect(() => returnItems(sandbox, [{ position: 0 }])).toThrow(/is open: only a closed or partially returned/);
    expect(() =>
      sandbox.call('returnCartItems', { customerSessionId: 'x', body: { return: { returnedCartItems: [] } } }),
    ).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('dry answers the rollbacks and keeps nothing', () => {
    const sandbox = closedSandbox();
    const before = sandbox.snapshot();
    const result = returnItems(sandbox, [{ position: 0, quantity: 2 }], { dry: true });
    expect(ofType(result.effects, 'rollbackDiscount')[0]?.props.value).toBe(32);
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('cancelling a partly returned session rolls back only what is left', () => {
    const sandbox = closedSandbox();
    returnItems(sandbox, [{ position: 0, quantity: 1 }]);
    const cancelled = sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's1',
      body: { customerSession: { state: 'cancelled' }, responseContent: ['customerProfile'] },
    });
    expect(z.safeParse(operations.updateCustomerSessionV2.output!, cancelled).success).toBe(true);
    expect(
      cancelled.effects.map((effect) => [effect.effectType, effect.props.value ?? effect.props.decreaseProgressBy]),
    ).toEqual([
      ['rollbackCoupon', 'SAVE10'],
      ['rollbackDiscount', 18],
      ['rollbackDiscount', 16],
      ['rollbackAddedLoyaltyPoints', 2.5],
      ['rollbackAddedLoyaltyPoints', 10],
      ['rollbackAddedLoyaltyPoints', 7],
      ['rollbackIncreasedAchievementProgress', 1],
    ]);
    expect(amounts(sandbox).reduce((sum, amount) => sum + amount, 0)).toBe(0);
    expect(cancelled.customerProfile).toMatchObject({ closedSessions: 0, totalSales: 0 });
    // Created coupons stay: cancelling does not take them back.
    const created = [...sandbox.state.coupons.values()].filter((coupon) => coupon.recipientIntegrationId === 'alice');
    expect(created).toHaveLength(1);
  });
});

describe('reopenCustomerSession', () => {
  function reopen(sandbox: ReturnType<typeof closedSandbox>) {
    const result = sandbox.call('reopenCustomerSession', { customerSessionId: 's1' });
    expect(z.safeParse(operations.reopenCustomerSession.output!, result).success).toBe(true);
    return result;
  }

  it('rolls back budgets and pending points, and keeps active points, created coupons and free items', () => {
    const sandbox = closedSandbox();
    const coupons = sandbox.state.coupons.size;
    const { effects } = reopen(sandbox);
    expect(effects.map((effect) => effect.effectType)).toEqual([
      'rollbackCoupon',
      'rollbackDiscount',
      'rollbackDiscount',
      'rollbackAddedLoyaltyPoints',
      'rollbackIncreasedAchievementProgress',
    ]);
    // Only the 7 welcome points were still pending; the 5 and the 18 were active at once and stay.
    expect(ofType(effects, 'rollbackAddedLoyaltyPoints')[0]?.props.value).toBe(7);
    expect(amounts(sandbox)).toEqual([5, 18, 7, -7]);
    expect(sandbox.state.coupons.size).toBe(coupons);
    expect(sandbox.state.coupons.get('SAVE10')?.usageCounter).toBe(0);
    expect(sandbox.state.achievementProgress.get('1/alice')?.at(-1)?.progress ?? 0).toBe(0);
    const session = sandbox.call('getCustomerSession', { customerSessionId: 's1' }).customerSession;
    expect(session?.state).toBe('open');
    expect(sandbox.state.profiles.get('alice')).toMatchObject({ closedSessions: 0, totalSales: 0 });
    const events = [...sandbox.state.events.values()].map((event) => event.type);
    expect(events).toContain('talon_session_reopened');
  });

  it('keeps points that became active before the reopen', () => {
    const sandbox = closedSandbox();
    sandbox.clock.advance('P15D');
    expect(ofType(reopen(sandbox).effects, 'rollbackAddedLoyaltyPoints')).toEqual([]);
    expect(amounts(sandbox)).toEqual([5, 18, 7]);
  });

  it('closing again commits what was rolled back, and not again what was kept', () => {
    const sandbox = closedSandbox();
    reopen(sandbox);
    const coupons = sandbox.state.coupons.size;
    const closed = sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's1',
      body: { customerSession: { state: 'closed' } },
    });
    expect(amounts(sandbox)).toEqual([5, 18, 7, -7, 7]);
    expect(sandbox.state.coupons.size).toBe(coupons);
    expect(ofType(closed.effects, 'couponCreated')).toHaveLength(1);
    expect(sandbox.state.coupons.get('SAVE10')?.usageCounter).toBe(1);
    expect(sandbox.state.profiles.get('alice')).toMatchObject({ closedSessions: 1, totalSales: 180 });
    // Cancelling now rolls back everything that is in force, the points kept by the reopen included.
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's1',
      body: { customerSession: { state: 'cancelled' } },
    });
    expect(amounts(sandbox).reduce((sum, amount) => sum + amount, 0)).toBe(0);
  });

  it('refuses sessions that are not closed, and unknown ones', () => {
    const sandbox = closedSandbox();
    reopen(sandbox);
    const before = sandbox.snapshot();
    expect(() => reopen(sandbox)).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringMatching(/is open/) }),
    );
    expect(() => sandbox.call('reopenCustomerSession', { customerSessionId: 'nope' })).toThrow(
      expect.objectContaining({ status: 404 }),
    );
    expect(sandbox.snapshot()).toEqual(before);
  });
});
