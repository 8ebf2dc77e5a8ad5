// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTalonSandbox, type TalonSandbox } from '../../src/mock/createTalonSandbox.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import { call, failure } from './calls.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  profiles: [{ integrationId: 'bob' }],
  loyaltyPrograms: [
    { id: 1, name: 'club', title: 'Club', subledgers: ['eu'] },
    { id: 2, name: 'cards', title: 'Cards', cardBased: true },
  ],
  loyaltyCards: [{ programId: 2, identifier: 'CARD-1' }],
  loyaltyTransactions: [
    {
      programId: 1,
      integrationId: 'alice',
      amount: 100,
      name: 'Welcome',
      type: 'import',
      created: '2026-01-01T00:00:00Z',
      expiryDate: '2026-01-10T00:00:00Z',
    },
    {
      programId: 1,
      integrationId: 'alice',
      amount: 200,
      name: 'Order 1',
      type: 'session',
      customerSessionId: 'order-1',
      created: '2026-01-02T00:00:00Z',
    },
    { programId: 1, integrationId: 'alice', amount: -50, name: 'Redeem', created: '2026-01-05T00:00:00Z' },
    {
      programId: 1,
      integrationId: 'alice',
      amount: 30,
      name: 'Order 2',
      type: 'session',
      created: '2026-01-14T00:00:00Z',
      startDate: '2026-01-20T00:00:00Z',
    },
    { programId: 1, integrationId: 'alice', subledgerId: 'eu', amount: 40, created: '2026-01-03T00:00:00Z' },
    { programId: 1, integrationId: 'alice', subledgerId: 'eu', amount: -60, created: '2026-01-04T00:00:00Z' },
    // Carol: five additions a day apart, for paging.
    ...[1, 2, 3, 4, 5].map((day) => ({
      programId: 1,
      integrationId: 'carol',
      amount: day * 10,
      created: `2026-01-0${day}T00:00:00Z`,
    })),
  ],
};

function points(
  sandbox: TalonSandbox,
  input: Partial<Parameters<typeof sandbox.call<'getLoyaltyProgramProfilePoints'>>[1]> = {},
) {
  return call(sandbox, 'getLoyaltyProgramProfilePoints', { loyaltyProgramId: 1, integrationId: 'alice', ...input });
}

function transactions(
  sandbox: TalonSandbox,
  input: Partial<Parameters<typeof sandbox.call<'getLoyaltyProgramProfileTransactions'>>[1]> = {},
) {
  return call(sandbox, 'getLoyaltyProgramProfileTransactions', {
    loyaltyProgramId: 1,
    integrationId: 'alice',
    ...input,
  });
}

describe('getLoyaltyProgramProfilePoints', () => {
  it('lists what is left of each addition that is active, by default', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(points(sandbox)).toEqual({
      hasMore: false,
      data: [
        {
          id: expect.any(Number),
          created: '2026-01-02T00:00:00Z',
          programId: 1,
          customerSessionId: 'order-1',
          name: 'Order 1',
          startDate: 'immediate',
          expiryDate: 'unlimited',
          subledgerId: '',
          amount: 200,
        },
      ],
    });
  });

  it('lists pending points with their start date, and the unspent part of expired points', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(points(sandbox, { status: 'pending' }).data).toEqual([
      expect.objectContaining({ name: 'Order 2', amount: 30, startDate: '2026-01-20T00:00:00Z' }),
    ]);
    expect(points(sandbox, { status: 'expired' }).data).toEqual([
      expect.objectContaining({ name: 'Welcome', amount: 50, expiryDate: '2026-01-10T00:00:00Z' }),
    ]);
    sandbox.clock.set('2026-01-20T00:00:00.000Z');
    expect(points(sandbox, { status: 'pending' }).data).toEqual([]);
    expect(points(sandbox).data.map((row) => row.amount)).toEqual([200, 30]);
  });

  it('filters by subledger: spent points are not listed', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(points(sandbox, { subledgerId: 'eu' }).data).toEqual([]);
    const carol = points(sandbox, { integrationId: 'carol', subledgerId: '' });
    expect(carol.data).toHaveLength(5);
    expect(points(sandbox, { integrationId: 'carol', subledgerId: 'eu' }).data).toEqual([]);
  });

  it('pages oldest first with pageSize and skip, saying whether there is more', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const amounts = (input: { pageSize?: number; skip?: number }) => {
      const page = points(sandbox, { integrationId: 'carol', ...input });
      return { hasMore: page.hasMore, amounts: page.data.map((row) => row.amount) };
    };
    expect(amounts({})).toEqual({ hasMore: false, amounts: [10, 20, 30, 40, 50] });
    expect(amounts({ pageSize: 2 })).toEqual({ hasMore: true, amounts: [10, 20] });
    expect(amounts({ pageSize: 2, skip: 2 })).toEqual({ hasMore: true, amounts: [30, 40] });
    expect(amounts({ pageSize: 2, skip: 3 })).toEqual({ hasMore: false, amounts: [40, 50] });
    expect(amounts({ skip: 5 })).toEqual({ hasMore: false, amounts: [] });
  });

  it('answers 404 and 400 like the balances, changing nothing', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    expect(failure(() => points(sandbox, { loyaltyProgramId: 7 })).status).toBe(404);
    expect(failure(() => points(sandbox, { integrationId: 'bob' })).status).toBe(404);
    const cardBased = failure(() => points(sandbox, { loyaltyProgramId: 2 }));
    expect(cardBased.status).toBe(400);
    expect(cardBased.body.errors?.[0]?.source).toEqual({ parameter: 'loyaltyProgramId' });
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('getLoyaltyProgramProfileTransactions', () => {
  it('lists the transactions newest first, as additions and subtractions with positive amounts', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const { data, hasMore } = transactions(sandbox);
    expect(hasMore).toBe(false);
    expect(data.map((row) => [row.name, row.type, row.amount, row.subledgerId])).toEqual([
      ['Order 2', 'addition', 30, ''],
      ['Redeem', 'subtraction', 50, ''],
      ['Points deducted', 'subtraction', 60, 'eu'],
      ['Points added', 'addition', 40, 'eu'],
      ['Order 1', 'addition', 200, ''],
      ['Welcome', 'addition', 100, ''],
    ]);
    expect(data[0]).toMatchObject({ startDate: '2026-01-20T00:00:00Z', expiryDate: 'unlimited', programId: 1 });
    expect(data[1]).toMatchObject({ startDate: 'immediate', flags: { createsNegativeBalance: false } });
    // The deduction in "eu" found only 40 points: it made the balance negative.
    expect(data[2]).toMatchObject({ flags: { createsNegativeBalance: true } });
    expect(data[4]).toMatchObject({ customerSessionId: 'order-1' });
  });

  it('filters by subledger, transaction type and creation date', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const names = (input: Parameters<typeof transactions>[1]) =>
      transactions(sandbox, input).data.map((row) => row.name);
    expect(names({ subledgerId: 'eu' })).toEqual(['Points deducted', 'Points added']);
    expect(names({ loyaltyTransactionType: 'session' })).toEqual(['Order 2', 'Order 1']);
    expect(names({ loyaltyTransactionType: 'import' })).toEqual(['Welcome']);
    expect(names({ loyaltyTransactionType: 'manual', subledgerId: '' })).toEqual(['Redeem']);
    expect(names({ startDate: '2026-01-03T00:00:00Z', endDate: '2026-01-05T00:00:00Z' })).toEqual([
      'Redeem',
      'Points deducted',
      'Points added',
    ]);
    // 01:00+02:00 is 23:00 UTC the day before: the transaction of the 2nd at midnight is included.
    expect(names({ startDate: '2026-01-02T01:00:00+02:00', endDate: '2026-01-02T12:00:00Z' })).toEqual(['Order 1']);
  });

  it('pages with pageSize and skip', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const first = transactions(sandbox, { integrationId: 'carol', pageSize: 3 });
    expect(first.hasMore).toBe(true);
    expect(first.data.map((row) => row.amount)).toEqual([50, 40, 30]);
    const second = transactions(sandbox, { integrationId: 'carol', pageSize: 3, skip: 3 });
    expect(second.hasMore).toBe(false);
    expect(second.data.map((row) => row.amount)).toEqual([20, 10]);
  });

  it('answers 404 and 400 like the balances, changing nothing', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    expect(failure(() => transactions(sandbox, { integrationId: 'nobody' })).status).toBe(404);
    expect(failure(() => transactions(sandbox, { loyaltyProgramId: 2 })).status).toBe(400);
    expect(sandbox.snapshot()).toEqual(before);
  });
});
