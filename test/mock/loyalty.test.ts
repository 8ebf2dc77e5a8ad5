// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createTalonSandbox, type TalonSandbox } from '../../src/mock/createTalonSandbox.js';
import {
  addPoints,
  deductPoints,
  isPending,
  ledgerKey,
  loyaltyView,
  reverseEntry,
} from '../../src/mock/domain/loyalty.js';
import { createContext, type SandboxContext } from '../../src/mock/SandboxContext.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import { LoyaltySchema } from '../../src/schemas/Loyalty.js';
import { call, failure } from './calls.js';

const now = '2026-01-15T12:00:00.000Z';

// Alice in program 1: 100 points that expired on the 10th (50 of them spent before), 200 active, 30 pending until the
// 20th; in subledger "eu" she spent 60 of 40 points.
const seed: SandboxSeed = {
  profiles: [{ integrationId: 'bob' }],
  loyaltyPrograms: [
    {
      id: 1,
      name: 'club',
      title: 'Club',
      subledgers: ['eu', 'us'],
      tiers: [
        { name: 'Gold', minPoints: 500 },
        { name: 'Silver', minPoints: 100 },
      ],
    },
    { id: 2, name: 'cards', title: 'Cards', cardBased: true },
    { id: 3, name: 'slow', title: 'Slow', defaultPending: 'P7D', defaultValidity: 'P30D' },
  ],
  loyaltyCards: [{ programId: 2, identifier: 'CARD-1', profiles: ['alice'], created: '2026-01-02T00:00:00.000Z' }],
  loyaltyTransactions: [
    {
      programId: 1,
      integrationId: 'alice',
      amount: 100,
      created: '2026-01-01T00:00:00Z',
      expiryDate: '2026-01-10T00:00:00Z',
    },
    { programId: 1, integrationId: 'alice', amount: 200, created: '2026-01-02T00:00:00Z' },
    { programId: 1, integrationId: 'alice', amount: -50, created: '2026-01-05T00:00:00Z' },
    {
      programId: 1,
      integrationId: 'alice',
      amount: 30,
      created: '2026-01-14T00:00:00Z',
      startDate: '2026-01-20T00:00:00Z',
    },
    { programId: 1, integrationId: 'alice', subledgerId: 'eu', amount: 40, created: '2026-01-03T00:00:00Z' },
    { programId: 1, integrationId: 'alice', subledgerId: 'eu', amount: -60, created: '2026-01-04T00:00:00Z' },
    { programId: 2, cardIdentifier: 'CARD-1', amount: 70, created: '2026-01-03T00:00:00Z' },
  ],
};

/** Runs domain functions as an operation would: inside a journal transaction. */
function run<T>(sandbox: TalonSandbox, change: (context: SandboxContext) => T): T {
  return sandbox.state.journal.atomically(() => change(createContext(sandbox.state, sandbox.clock)));
}

function balances(
  sandbox: TalonSandbox,
  input: Partial<Parameters<typeof sandbox.call<'getLoyaltyBalances'>>[1]> = {},
) {
  return call(sandbox, 'getLoyaltyBalances', { loyaltyProgramId: 1, integrationId: 'alice', ...input });
}

describe('getLoyaltyBalances', () => {
  it('computes active, pending, expired, spent and negative points per ledger, spending what expires first', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(balances(sandbox)).toEqual({
      // The deduction of the 5th spent 50 of the 100 points expiring on the 10th, so only 50 expired.
      balance: { activePoints: 200, pendingPoints: 30, spentPoints: 50, expiredPoints: 50, negativePoints: 0 },
      subledgerBalances: {
        eu: { activePoints: 0, pendingPoints: 0, spentPoints: 40, expiredPoints: 0, negativePoints: 20 },
        us: { activePoints: 0, pendingPoints: 0, spentPoints: 0, expiredPoints: 0, negativePoints: 0 },
      },
    });
  });

  it('filters by subledger', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const eu = { activePoints: 0, pendingPoints: 0, spentPoints: 40, expiredPoints: 0, negativePoints: 20 };
    expect(balances(sandbox, { subledgerId: 'eu' })).toEqual({ balance: eu, subledgerBalances: { eu } });
    expect(balances(sandbox, { subledgerId: '' })).toEqual({
      balance: { activePoints: 200, pendingPoints: 30, spentPoints: 50, expiredPoints: 50, negativePoints: 0 },
      subledgerBalances: {},
    });
  });

  it('makes pending points active at their start date, and expires points at their expiry date', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const expiring = run(sandbox, (context) =>
      addPoints(context, {
        programId: 1,
        owner: { integrationId: 'alice' },
        amount: 25,
        name: 'Short-lived',
        transactionType: 'manual',
        expiryDate: '2026-01-25T00:00:00.000Z',
      }),
    );
    expect(expiring.entry.startDate).toBe(now);
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 225, pendingPoints: 30 });

    sandbox.clock.set('2026-01-19T23:59:59.999Z');
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 225, pendingPoints: 30 });
    sandbox.clock.set('2026-01-20T00:00:00.000Z');
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 255, pendingPoints: 0 });
    sandbox.clock.advance('P5D');
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 230, pendingPoints: 0, expiredPoints: 75 });
  });

  it('evaluates the balances at endDate, counting only the transactions made by then', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(balances(sandbox, { endDate: '2026-01-06T00:00:00Z' }).balance).toEqual({
      activePoints: 250,
      pendingPoints: 0,
      spentPoints: 50,
      expiredPoints: 0,
      negativePoints: 0,
    });
    // An offset is honoured: 02:00+03:00 is still the 1st in UTC, before the 200 points of the 2nd.
    expect(balances(sandbox, { endDate: '2026-01-02T02:00:00+03:00' }).balance).toMatchObject({ activePoints: 100 });
    expect(balances(sandbox, { endDate: '2026-02-01T00:00:00Z' }).balance).toMatchObject({
      activePoints: 230,
      pendingPoints: 0,
    });
  });

  it('shows the current tier, the next one and the projected tier only when asked for', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(balances(sandbox).balance).not.toHaveProperty('currentTier');
    expect(balances(sandbox, { includeTiers: true }).balance).toMatchObject({
      currentTier: { name: 'Silver', id: 2 },
      pointsToNextTier: 300,
      nextTierName: 'Gold',
    });
    expect(balances(sandbox, { includeTiers: true }).balance).not.toHaveProperty('projectedTier');
    expect(balances(sandbox, { includeProjectedTier: true }).balance).toMatchObject({
      projectedTier: { projectedActivePoints: 230, projectedTierName: 'Silver' },
    });

    run(sandbox, (context) =>
      addPoints(context, {
        programId: 1,
        owner: { integrationId: 'alice' },
        amount: 290,
        name: 'Later',
        transactionType: 'manual',
        startDate: '2026-02-01T00:00:00.000Z',
      }),
    );
    const projected = balances(sandbox, { includeTiers: true, includeProjectedTier: true }).balance;
    expect(projected).toMatchObject({
      currentTier: { name: 'Silver' },
      projectedTier: { projectedActivePoints: 520, projectedTierName: 'Gold' },
    });
    sandbox.clock.set('2026-02-01T00:00:00.000Z');
    const top = balances(sandbox, { includeTiers: true }).balance;
    expect(top?.currentTier).toMatchObject({ name: 'Gold' });
    expect(top).not.toHaveProperty('pointsToNextTier');
    expect(top).not.toHaveProperty('nextTierName');
  });

  it('shows no current tier below the lowest one, and the points to reach it', () => {
    const sandbox = createTalonSandbox(seed, { now });
    run(sandbox, (context) =>
      deductPoints(context, {
        programId: 1,
        owner: { integrationId: 'alice' },
        amount: 150,
        name: 'Redeemed',
        transactionType: 'manual',
      }),
    );
    const balance = balances(sandbox, { includeTiers: true }).balance;
    expect(balance).toMatchObject({ activePoints: 50, pointsToNextTier: 50, nextTierName: 'Silver' });
    expect(balance).not.toHaveProperty('currentTier');
  });

  it('answers 404 for an unknown program or a profile without loyalty data, 400 for a card-based program', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    const unknownProgram = failure(() => balances(sandbox, { loyaltyProgramId: 99 }));
    expect(unknownProgram.status).toBe(404);
    expect(unknownProgram.message).toMatch(/loyalty program 99/);
    for (const integrationId of ['nobody', 'bob']) {
      const error = failure(() => balances(sandbox, { integrationId }));
      expect(error.status).toBe(404);
      expect(error.message).toContain(`"${integrationId}"`);
    }
    const cardBased = failure(() => balances(sandbox, { loyaltyProgramId: 2 }));
    expect(cardBased.status).toBe(400);
    expect(cardBased.body.errors?.[0]?.source).toEqual({ parameter: 'loyaltyProgramId' });
    expect(cardBased.message).toMatch(/card-based/);
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('addPoints and deductPoints', () => {
  it('adds to the profile ledger and joins the profile to the program', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const { ledgerKey: key, entry } = run(sandbox, (context) =>
      addPoints(context, {
        programId: 1,
        owner: { integrationId: 'newbie' },
        amount: 12.5,
        subledgerId: 'us',
        name: 'Welcome',
        transactionType: 'session',
        customerSessionId: 's-1',
        rulesetId: 4,
        ruleName: 'Welcome rule',
      }),
    );
    expect(key).toBe('profile/1/newbie');
    expect(entry).toMatchObject({
      amount: 12.5,
      subledgerId: 'us',
      created: now,
      startDate: now,
      expiryDate: 'unlimited',
      transactionType: 'session',
      customerSessionId: 's-1',
      rulesetId: 4,
      ruleName: 'Welcome rule',
    });
    expect(sandbox.state.ledgers.get(key)).toEqual([entry]);
    expect(sandbox.state.profiles.get('newbie')?.loyaltyPrograms).toEqual({ 1: now });
    expect(balances(sandbox, { integrationId: 'newbie', subledgerId: 'us' }).balance).toMatchObject({
      activePoints: 12.5,
    });
  });

  it("applies the program's default pending period and validity, counted from activation", () => {
    const sandbox = createTalonSandbox(seed, { now });
    const { entry } = run(sandbox, (context) =>
      addPoints(context, {
        programId: 3,
        owner: { integrationId: 'alice' },
        amount: 10,
        name: 'Slow',
        transactionType: 'manual',
      }),
    );
    expect(entry.startDate).toBe('2026-01-22T12:00:00.000Z');
    expect(entry.expiryDate).toBe('2026-02-21T12:00:00.000Z');
    expect(run(sandbox, (context) => isPending(context, entry))).toBe(true);
    sandbox.clock.advance('P7D');
    expect(run(sandbox, (context) => isPending(context, entry))).toBe(false);
    expect(balances(sandbox, { loyaltyProgramId: 3 }).balance).toMatchObject({ activePoints: 10, pendingPoints: 0 });
    sandbox.clock.advance('P30D');
    expect(balances(sandbox, { loyaltyProgramId: 3 }).balance).toMatchObject({ activePoints: 0, expiredPoints: 10 });
  });

  it('deducts only active points: the rest is negative, paid off first by points that become active later', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const { entry } = run(sandbox, (context) =>
      deductPoints(context, {
        programId: 1,
        owner: { integrationId: 'alice' },
        amount: 250,
        name: 'Big order',
        transactionType: 'session',
      }),
    );
    expect(entry).toMatchObject({ amount: -250, expiryDate: 'unlimited' });
    expect(balances(sandbox).balance).toEqual({
      activePoints: 0,
      pendingPoints: 30,
      spentPoints: 250,
      expiredPoints: 50,
      negativePoints: 50,
    });
    sandbox.clock.set('2026-01-20T00:00:00.000Z');
    expect(balances(sandbox).balance).toMatchObject({
      activePoints: 0,
      pendingPoints: 0,
      negativePoints: 20,
      spentPoints: 280,
    });
    run(sandbox, (context) =>
      addPoints(context, {
        programId: 1,
        owner: { integrationId: 'alice' },
        amount: 50,
        name: 'Refill',
        transactionType: 'manual',
      }),
    );
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 30, negativePoints: 0, spentPoints: 300 });
  });

  it('spends the points that expire first, so what a deduction spent cannot expire later', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const owner = { integrationId: 'carol' };
    run(sandbox, (context) => {
      // Older but never expiring: spent last.
      addPoints(context, { programId: 1, owner, amount: 100, name: 'B', transactionType: 'manual' });
      addPoints(context, {
        programId: 1,
        owner,
        amount: 100,
        name: 'A',
        transactionType: 'manual',
        expiryDate: '2026-02-01T00:00:00Z',
      });
      deductPoints(context, { programId: 1, owner, amount: 60, name: 'Spend', transactionType: 'manual' });
    });
    sandbox.clock.set('2026-02-02T00:00:00.000Z');
    expect(balances(sandbox, { integrationId: 'carol' }).balance).toEqual({
      activePoints: 100,
      pendingPoints: 0,
      spentPoints: 60,
      expiredPoints: 40,
      negativePoints: 0,
    });
  });

  it('refuses the wrong kind of owner, unknown programs and cards, and amounts that are not positive', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    const change = { amount: 5, name: 'x', transactionType: 'manual' as const };
    const attempts: Array<[() => unknown, number, RegExp]> = [
      [
        () => run(sandbox, (c) => addPoints(c, { ...change, programId: 2, owner: { integrationId: 'alice' } })),
        400,
        /card-based/,
      ],
      [
        () => run(sandbox, (c) => addPoints(c, { ...change, programId: 1, owner: { cardIdentifier: 'CARD-1' } })),
        400,
        /profile-based/,
      ],
      [
        () => run(sandbox, (c) => addPoints(c, { ...change, programId: 2, owner: { cardIdentifier: 'NOPE' } })),
        404,
        /"NOPE"/,
      ],
      [
        () => run(sandbox, (c) => deductPoints(c, { ...change, programId: 42, owner: { integrationId: 'alice' } })),
        404,
        /program 42/,
      ],
      [
        () =>
          run(sandbox, (c) => addPoints(c, { ...change, amount: 0, programId: 1, owner: { integrationId: 'alice' } })),
        400,
        /positive/,
      ],
    ];
    for (const [attempt, status, message] of attempts) {
      const error = failure(attempt);
      expect(error.status).toBe(status);
      expect(error.message).toMatch(message);
    }
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('names the ledger of a profile or a card', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(run(sandbox, (c) => ledgerKey(c, 1, { integrationId: 'alice' }))).toBe('profile/1/alice');
    expect(run(sandbox, (c) => ledgerKey(c, 2, { cardIdentifier: 'CARD-1' }))).toBe('card/2/CARD-1');
  });
});

describe('reverseEntry', () => {
  it('takes back exactly the pending points of a rolled-back addition, keeping both entries', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const { ledgerKey: key, entry } = run(sandbox, (context) =>
      addPoints(context, {
        programId: 1,
        owner: { integrationId: 'alice' },
        amount: 80,
        name: 'Order',
        transactionType: 'session',
        customerSessionId: 's-9',
        startDate: '2026-01-30T00:00:00.000Z',
      }),
    );
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 200, pendingPoints: 110 });
    const reversal = run(sandbox, (context) => reverseEntry(context, key, entry.id, 'Return', 0.25));
    expect(reversal).toMatchObject({
      amount: -20,
      name: 'Return',
      customerSessionId: 's-9',
      transactionType: 'session',
    });
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 200, pendingPoints: 90 });
    run(sandbox, (context) => reverseEntry(context, key, entry.id, 'Cancel', 0.75));
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 200, pendingPoints: 30 });
    expect(
      sandbox.state.ledgers
        .get(key)
        ?.slice(-3)
        .map((e) => e.amount),
    ).toEqual([80, -20, -60]);
  });

  it('gives deducted points back', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const { ledgerKey: key, entry } = run(sandbox, (context) =>
      deductPoints(context, {
        programId: 1,
        owner: { integrationId: 'alice' },
        amount: 120,
        name: 'Redeem',
        transactionType: 'session',
      }),
    );
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 80 });
    const reversal = run(sandbox, (context) => reverseEntry(context, key, entry.id, 'Cancelled'));
    expect(reversal.amount).toBe(120);
    expect(balances(sandbox).balance).toMatchObject({ activePoints: 200 });
  });
});

describe('loyaltyView', () => {
  it("shows the profile's programs with ledgers, non-empty subledgers and tiers, and its cards", () => {
    const sandbox = createTalonSandbox(seed, { now });
    const view = run(sandbox, (context) => loyaltyView(context, 'alice'));
    z.parse(LoyaltySchema, view);
    expect(Object.keys(view.programs)).toEqual(['1']);
    expect(view.programs['1']).toEqual({
      id: 1,
      name: 'club',
      title: 'Club',
      joinDate: '2026-01-01T00:00:00Z',
      ledger: {
        currentBalance: 200,
        pendingBalance: 30,
        negativeBalance: 0,
        expiredBalance: 0,
        spentBalance: 0,
        tentativeCurrentBalance: 200,
        tentativePendingBalance: 30,
        tentativeNegativeBalance: 0,
        currentTier: { id: 2, name: 'Silver', downgradePolicy: 'balance_based' },
        pointsToNextTier: 300,
      },
      subLedgers: {
        eu: expect.objectContaining({ currentBalance: 0, negativeBalance: 20, tentativeNegativeBalance: 20 }),
      },
    });
    expect(view.cards).toEqual([
      expect.objectContaining({
        identifier: 'CARD-1',
        programID: 2,
        programName: 'cards',
        usersPerCardLimit: 1,
        profiles: [{ integrationId: 'alice', timestamp: '2026-01-02T00:00:00.000Z' }],
        ledger: expect.objectContaining({ currentBalance: 70 }),
      }),
    ]);
  });

  it('is empty for a profile without loyalty', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(run(sandbox, (context) => loyaltyView(context, 'bob'))).toEqual({ programs: {}, cards: [] });
    expect(run(sandbox, (context) => loyaltyView(context, 'unknown'))).toEqual({ programs: {}, cards: [] });
  });
});
