// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTalonSandbox, type TalonSandbox } from '../../src/mock/createTalonSandbox.js';
import { addPoints, loyaltyView } from '../../src/mock/domain/loyalty.js';
import { createContext } from '../../src/mock/SandboxContext.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import { call, failure } from './calls.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  profiles: [{ integrationId: 'dana' }],
  loyaltyPrograms: [
    {
      id: 2,
      name: 'cards',
      title: 'Cards',
      cardBased: true,
      subledgers: ['a', 'b'],
      usersPerCardLimit: 2,
      cardCodeFormat: { pattern: 'CARD-###', validCharacters: ['A', 'B', 'C', '1', '2', '3'] },
    },
    // Only two codes possible; any number of users per card.
    {
      id: 4,
      name: 'tiny',
      title: 'Tiny',
      cardBased: true,
      usersPerCardLimit: 0,
      cardCodeFormat: { pattern: 'T#', validCharacters: ['X', 'Y'] },
    },
    { id: 5, name: 'plain', title: 'Plain', cardBased: true },
    { id: 1, name: 'club', title: 'Club' },
  ],
  loyaltyCards: [
    { programId: 2, identifier: 'C-1', profiles: ['dana'], created: '2026-01-01T00:00:00.000Z' },
    { programId: 2, identifier: 'C-2', status: 'inactive', blockReason: 'lost' },
  ],
  loyaltyTransactions: [
    {
      programId: 2,
      cardIdentifier: 'C-1',
      amount: 100,
      name: 'Order',
      type: 'session',
      created: '2026-01-02T00:00:00Z',
    },
    {
      programId: 2,
      cardIdentifier: 'C-1',
      subledgerId: 'a',
      amount: 50,
      created: '2026-01-03T00:00:00Z',
      expiryDate: '2026-01-10T00:00:00Z',
    },
    { programId: 2, cardIdentifier: 'C-1', subledgerId: 'b', amount: -20, created: '2026-01-04T00:00:00Z' },
    {
      programId: 2,
      cardIdentifier: 'C-1',
      amount: 25,
      created: '2026-01-05T00:00:00Z',
      startDate: '2026-02-01T00:00:00Z',
    },
  ],
};

const zero = { activePoints: 0, pendingPoints: 0, spentPoints: 0, expiredPoints: 0, negativePoints: 0 };

describe('getLoyaltyCardBalances', () => {
  it('shows the main ledger, each subledger and the linked profiles', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(call(sandbox, 'getLoyaltyCardBalances', { loyaltyProgramId: 2, loyaltyCardId: 'C-1' })).toEqual({
      balance: { ...zero, activePoints: 100, pendingPoints: 25 },
      subledgerBalances: {
        a: { ...zero, expiredPoints: 50 },
        b: { ...zero, negativePoints: 20 },
      },
      profiles: [{ integrationId: 'dana', timestamp: '2026-01-01T00:00:00.000Z' }],
    });
  });

  it('filters subledgers and evaluates at endDate', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const filtered = call(sandbox, 'getLoyaltyCardBalances', {
      loyaltyProgramId: 2,
      loyaltyCardId: 'C-1',
      subledgerId: ['a'],
      endDate: '2026-01-05T00:00:00Z',
    });
    expect(filtered.balance).toEqual({ ...zero, activePoints: 100, pendingPoints: 25 });
    expect(filtered.subledgerBalances).toEqual({ a: { ...zero, activePoints: 50 } });
    const early = call(sandbox, 'getLoyaltyCardBalances', {
      loyaltyProgramId: 2,
      loyaltyCardId: 'C-1',
      endDate: '2026-01-02T12:00:00Z',
    });
    expect(early.balance).toEqual({ ...zero, activePoints: 100 });
    expect(early.subledgerBalances).toEqual({ a: zero, b: zero });
  });

  it('answers 404 for unknown programs and cards, 400 for a profile-based program, changing nothing', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    const unknownCard = failure(() =>
      call(sandbox, 'getLoyaltyCardBalances', { loyaltyProgramId: 2, loyaltyCardId: 'NOPE' }),
    );
    expect(unknownCard.status).toBe(404);
    expect(unknownCard.message).toContain('"NOPE"');
    expect(
      failure(() => call(sandbox, 'getLoyaltyCardBalances', { loyaltyProgramId: 9, loyaltyCardId: 'C-1' })).status,
    ).toBe(404);
    const profileBased = failure(() =>
      call(sandbox, 'getLoyaltyCardBalances', { loyaltyProgramId: 1, loyaltyCardId: 'C-1' }),
    );
    expect(profileBased.status).toBe(400);
    expect(profileBased.body.errors?.[0]?.source).toEqual({ parameter: 'loyaltyProgramId' });
    expect(profileBased.message).toMatch(/profile-based/);
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('getLoyaltyCardPoints and getLoyaltyCardTransactions', () => {
  it("lists the card's unused points by status and subledger", () => {
    const sandbox = createTalonSandbox(seed, { now });
    const amounts = (input: { status?: 'active' | 'pending' | 'expired'; subledgerId?: string[] }) =>
      call(sandbox, 'getLoyaltyCardPoints', { loyaltyProgramId: 2, loyaltyCardId: 'C-1', ...input }).data.map((row) => [
        row.subledgerId,
        row.amount,
      ]);
    expect(amounts({})).toEqual([['', 100]]);
    expect(amounts({ status: 'pending' })).toEqual([['', 25]]);
    expect(amounts({ status: 'expired' })).toEqual([['a', 50]]);
    expect(amounts({ status: 'expired', subledgerId: ['b'] })).toEqual([]);
    expect(amounts({ status: 'expired', subledgerId: ['a', 'b'] })).toEqual([['a', 50]]);
    sandbox.clock.set('2026-02-01T00:00:00.000Z');
    expect(amounts({})).toEqual([
      ['', 100],
      ['', 25],
    ]);
  });

  it("lists the card's transactions newest first with the card identifier, filtered and paged", () => {
    const sandbox = createTalonSandbox(seed, { now });
    const list = (input: Record<string, unknown>) =>
      call(sandbox, 'getLoyaltyCardTransactions', { loyaltyProgramId: 2, loyaltyCardId: 'C-1', ...input });
    const all = list({});
    expect(all.data.map((row) => [row.type, row.amount, row.subledgerId])).toEqual([
      ['addition', 25, ''],
      ['subtraction', 20, 'b'],
      ['addition', 50, 'a'],
      ['addition', 100, ''],
    ]);
    expect(all.data.every((row) => row.cardIdentifier === 'C-1')).toBe(true);
    expect(list({ subledgerId: ['a', 'b'] }).data.map((row) => row.amount)).toEqual([20, 50]);
    expect(list({ loyaltyTransactionType: 'session' }).data.map((row) => row.name)).toEqual(['Order']);
    expect(list({ endDate: '2026-01-03T00:00:00Z' }).data.map((row) => row.amount)).toEqual([50, 100]);
    const firstPage = list({ pageSize: 3 });
    expect(firstPage.hasMore).toBe(true);
    expect(list({ pageSize: 3, skip: 3 })).toMatchObject({ hasMore: false, data: [{ amount: 100 }] });
  });

  it('answers 404 for an unknown card', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(
      failure(() => call(sandbox, 'getLoyaltyCardPoints', { loyaltyProgramId: 2, loyaltyCardId: 'X' })).status,
    ).toBe(404);
    expect(
      failure(() => call(sandbox, 'getLoyaltyCardTransactions', { loyaltyProgramId: 2, loyaltyCardId: 'X' })).status,
    ).toBe(404);
    expect(
      failure(() => call(sandbox, 'getLoyaltyCardTransactions', { loyaltyProgramId: 1, loyaltyCardId: 'C-1' })).status,
    ).toBe(400);
  });
});

describe('generateLoyaltyCard', () => {
  it("generates a unique identifier in the program's code format and links the profiles, created on first use", () => {
    const sandbox = createTalonSandbox(seed, { now });
    const card = call(sandbox, 'generateLoyaltyCard', {
      loyaltyProgramId: 2,
      body: { customerProfileIds: ['dana', 'newcomer'] },
    });
    expect(card).toMatchObject({
      programID: 2,
      programName: 'cards',
      programTitle: 'Cards',
      status: 'active',
      usersPerCardLimit: 2,
      created: now,
      profiles: [
        { integrationId: 'dana', timestamp: now },
        { integrationId: 'newcomer', timestamp: now },
      ],
      ledger: { currentBalance: 0, pendingBalance: 0 },
    });
    expect(card.identifier).toMatch(/^CARD-[ABC123]{3}$/);
    expect(sandbox.state.profiles.has('newcomer')).toBe(true);
    const again = call(sandbox, 'generateLoyaltyCard', { loyaltyProgramId: 2, body: { status: 'inactive' } });
    expect(again).toMatchObject({ status: 'inactive', profiles: [] });
    expect(again.identifier).not.toBe(card.identifier);
    expect(again.id).not.toBe(card.id);
    // The card is there to use.
    expect(
      call(sandbox, 'getLoyaltyCardBalances', { loyaltyProgramId: 2, loyaltyCardId: card.identifier }).profiles,
    ).toHaveLength(2);
  });

  it('never repeats an identifier, and says so when the format has none left', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const first = call(sandbox, 'generateLoyaltyCard', { loyaltyProgramId: 4, body: {} }).identifier;
    const second = call(sandbox, 'generateLoyaltyCard', { loyaltyProgramId: 4, body: {} }).identifier;
    expect([first, second].sort()).toEqual(['TX', 'TY']);
    const before = sandbox.snapshot();
    expect(failure(() => call(sandbox, 'generateLoyaltyCard', { loyaltyProgramId: 4, body: {} })).status).toBe(400);
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('uses a default pattern without a code format, and a given cardIdentifier', () => {
    const sandbox = createTalonSandbox(seed, { now });
    expect(call(sandbox, 'generateLoyaltyCard', { loyaltyProgramId: 5, body: {} }).identifier).toMatch(
      /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/,
    );
    expect(
      call(sandbox, 'generateLoyaltyCard', { loyaltyProgramId: 5, body: { cardIdentifier: 'MINE-1' } }).identifier,
    ).toBe('MINE-1');
    const duplicate = failure(() =>
      call(sandbox, 'generateLoyaltyCard', { loyaltyProgramId: 5, body: { cardIdentifier: 'MINE-1' } }),
    );
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.errors?.[0]?.source).toEqual({ pointer: '/cardIdentifier' });
  });

  it('refuses more profiles than usersPerCardLimit, naming the field, and changes nothing', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    const error = failure(() =>
      call(sandbox, 'generateLoyaltyCard', { loyaltyProgramId: 2, body: { customerProfileIds: ['p1', 'p2', 'p3'] } }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/customerProfileIds/);
    expect(error.message).toMatch(/at most 2/);
    expect(error.body.errors?.[0]?.source).toEqual({ pointer: '/customerProfileIds' });
    expect(sandbox.snapshot()).toEqual(before);
    // 0 means unlimited.
    const many = call(sandbox, 'generateLoyaltyCard', {
      loyaltyProgramId: 4,
      body: { customerProfileIds: ['p1', 'p2', 'p3', 'p4'] },
    });
    expect(many.profiles).toHaveLength(4);
  });

  it('refuses profile-based and unknown programs', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    for (const loyaltyProgramId of [1, 99]) {
      const error = failure(() => call(sandbox, 'generateLoyaltyCard', { loyaltyProgramId, body: {} }));
      expect(error.status).toBe(400);
      expect(error.body.errors?.[0]?.source).toEqual({ parameter: 'loyaltyProgramId' });
    }
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('linkLoyaltyCardToProfile', () => {
  const link = (sandbox: TalonSandbox, integrationId: string, loyaltyCardId = 'C-1') =>
    call(sandbox, 'linkLoyaltyCardToProfile', { loyaltyProgramId: 2, loyaltyCardId, body: { integrationId } });

  it('links a profile, created on first use, and the card shows up in its loyalty', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const card = link(sandbox, 'erin');
    expect(card).toMatchObject({
      identifier: 'C-1',
      modified: now,
      profiles: [
        { integrationId: 'dana', timestamp: '2026-01-01T00:00:00.000Z' },
        { integrationId: 'erin', timestamp: now },
      ],
      ledger: { currentBalance: 100, pendingBalance: 25 },
    });
    expect(sandbox.state.profiles.has('erin')).toBe(true);
    const view = loyaltyView(createContext(sandbox.state, sandbox.clock), 'erin');
    expect(view.cards?.map((shown) => shown.identifier)).toEqual(['C-1']);
  });

  it('is idempotent for a profile already linked', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    expect(link(sandbox, 'dana').profiles).toEqual([{ integrationId: 'dana', timestamp: '2026-01-01T00:00:00.000Z' }]);
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('refuses a profile beyond the card user limit, saying the card has the maximum number of users', () => {
    const sandbox = createTalonSandbox(seed, { now });
    link(sandbox, 'erin');
    const before = sandbox.snapshot();
    const error = failure(() => link(sandbox, 'frank'));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/already has the maximum number of users/);
    expect(sandbox.snapshot()).toEqual(before);
    expect(sandbox.state.profiles.has('frank')).toBe(false);
  });

  it('answers 404 for an unknown card or program, 400 for a profile-based program', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    expect(failure(() => link(sandbox, 'erin', 'NOPE')).status).toBe(404);
    expect(
      failure(() =>
        call(sandbox, 'linkLoyaltyCardToProfile', {
          loyaltyProgramId: 8,
          loyaltyCardId: 'C-1',
          body: { integrationId: 'erin' },
        }),
      ).status,
    ).toBe(404);
    expect(
      failure(() =>
        call(sandbox, 'linkLoyaltyCardToProfile', {
          loyaltyProgramId: 1,
          loyaltyCardId: 'C-1',
          body: { integrationId: 'erin' },
        }),
      ).status,
    ).toBe(400);
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('shows points added to a card through addPoints', () => {
    const sandbox = createTalonSandbox(seed, { now });
    sandbox.state.journal.atomically(() =>
      addPoints(createContext(sandbox.state, sandbox.clock), {
        programId: 2,
        owner: { cardIdentifier: 'C-2' },
        amount: 15,
        subledgerId: 'a',
        name: 'Bonus',
        transactionType: 'manual',
      }),
    );
    const card = link(sandbox, 'gina', 'C-2');
    expect(card).toMatchObject({ status: 'inactive', blockReason: 'lost', subledgers: { a: { currentBalance: 15 } } });
    expect(card.ledger).toMatchObject({ currentBalance: 0 });
  });
});
