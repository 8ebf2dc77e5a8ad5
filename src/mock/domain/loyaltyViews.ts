import type { LedgerInfo } from '../../schemas/LedgerInfo.js';
import type { LoyaltyBalanceWithTier } from '../../schemas/LoyaltyBalanceWithTier.js';
import type { LoyaltyCard } from '../../schemas/LoyaltyCard.js';
import type { Tier } from '../../schemas/Tier.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { SandboxLoyaltyProgram } from '../SandboxSeed.js';
import type { LoyaltyCardRecord } from '../SandboxState.js';
import { keys } from '../keys.js';
import { emptyBalance, evaluateLedgers, roundPoints, timeOf, type LedgerBalance } from './loyaltyLedger.js';

/** The program's tiers from the lowest up, each with its ID (seeded, else its rank from 1). */
function tiersOf(program: SandboxLoyaltyProgram): Array<{ id: number; name: string; minPoints: number }> {
  return (program.tiers ?? [])
    .map((tier, index) => ({ id: tier.id ?? index + 1, name: tier.name, minPoints: tier.minPoints }))
    .sort((a, b) => a.minPoints - b.minPoints || a.id - b.id);
}

/** The tier `points` reach and the one after it. Tiers are `balance_based`: reevaluated on the active points. */
function tierFor(
  program: SandboxLoyaltyProgram,
  points: number,
): { current?: Tier; next?: { name: string; pointsToNextTier: number } } {
  const tiers = tiersOf(program);
  const reached = tiers.filter((tier) => tier.minPoints <= points).pop();
  const next = tiers.find((tier) => tier.minPoints > points);
  return {
    ...(reached && { current: { id: reached.id, name: reached.name, downgradePolicy: 'balance_based' } }),
    ...(next && { next: { name: next.name, pointsToNextTier: roundPoints(next.minPoints - points) } }),
  };
}

/** A balance as the balances endpoints show it, with tier information when asked for. */
export function balanceView(
  balance: LedgerBalance,
  program?: SandboxLoyaltyProgram,
  options: { includeTiers?: boolean; includeProjectedTier?: boolean } = {},
): LoyaltyBalanceWithTier {
  const view: LoyaltyBalanceWithTier = {
    activePoints: balance.active,
    pendingPoints: balance.pending,
    spentPoints: balance.spent,
    expiredPoints: balance.expired,
    negativePoints: balance.negative,
  };
  if (!program?.tiers?.length) return view;
  if (options.includeTiers) {
    const { current, next } = tierFor(program, balance.active);
    if (current) view.currentTier = current;
    if (next) {
      view.pointsToNextTier = next.pointsToNextTier;
      view.nextTierName = next.name;
    }
  }
  if (options.includeProjectedTier) {
    // Tiers never expire here, so the projection is the balance once the pending points are active (and have paid off
    // any negative balance).
    const projectedActivePoints = Math.max(0, roundPoints(balance.active + balance.pending - balance.negative));
    const projected = tierFor(program, projectedActivePoints).current;
    view.projectedTier = { projectedActivePoints, ...(projected && { projectedTierName: projected.name }) };
  }
  return view;
}

/** A balance as sessions, the inventory and cards show it. `expiredBalance` and `spentBalance` are deprecated: 0. */
export function ledgerInfo(balance: LedgerBalance, program?: SandboxLoyaltyProgram): LedgerInfo {
  const info: LedgerInfo = {
    currentBalance: balance.active,
    pendingBalance: balance.pending,
    negativeBalance: balance.negative,
    expiredBalance: 0,
    spentBalance: 0,
    tentativeCurrentBalance: balance.active,
    tentativePendingBalance: balance.pending,
    tentativeNegativeBalance: balance.negative,
  };
  if (program?.tiers?.length) {
    const { current, next } = tierFor(program, balance.active);
    if (current) info.currentTier = current;
    if (next) info.pointsToNextTier = next.pointsToNextTier;
  }
  return info;
}

/** The balances of a ledger at `at`: the main one and each subledger (declared or holding entries), by ID. */
export function ledgerBalances(
  context: SandboxContext,
  program: SandboxLoyaltyProgram,
  ledgerKey: string,
  at: number = timeOf(context.now),
): { main: LedgerBalance; subledgers: Map<string, LedgerBalance> } {
  const evaluations = evaluateLedgers(context.state.ledgers.get(ledgerKey) ?? [], at);
  const ids = new Set([...(program.subledgers ?? []), ...evaluations.keys()]);
  ids.delete('');
  const subledgers = new Map([...ids].sort().map((id) => [id, evaluations.get(id)?.balance ?? emptyBalance] as const));
  return { main: evaluations.get('')?.balance ?? emptyBalance, subledgers };
}

const isZero = (balance: LedgerBalance) =>
  !balance.active && !balance.pending && !balance.expired && !balance.spent && !balance.negative;

/** Subledgers as `LedgerInfo`s; those whose balances are all zero are left out, as Talon.One does. */
export function subledgerInfos(subledgers: ReadonlyMap<string, LedgerBalance>): Record<string, LedgerInfo> {
  return Object.fromEntries(
    [...subledgers].filter(([, balance]) => !isZero(balance)).map(([id, balance]) => [id, ledgerInfo(balance)]),
  );
}

/** A card as the API shows it, with its balances now. */
export function cardView(
  context: SandboxContext,
  program: SandboxLoyaltyProgram,
  card: LoyaltyCardRecord,
): LoyaltyCard {
  const { main, subledgers } = ledgerBalances(context, program, keys.cardLedger(card.programId, card.identifier));
  return {
    id: card.id,
    created: card.created,
    programID: card.programId,
    programName: program.name,
    programTitle: program.title,
    status: card.status,
    ...(card.blockReason === undefined ? {} : { blockReason: card.blockReason }),
    identifier: card.identifier,
    usersPerCardLimit: program.usersPerCardLimit ?? 1,
    profiles: card.profiles.map((profile) => ({ ...profile })),
    ledger: ledgerInfo(main, program),
    subledgers: subledgerInfos(subledgers),
    ...(card.modified === undefined ? {} : { modified: card.modified }),
    ...(card.batchId === undefined ? {} : { batchId: card.batchId }),
  };
}

/** One page of a sorted list: Talon.One's default page size is 50. */
export function page<T>(
  items: readonly T[],
  input: { pageSize?: number; skip?: number },
): { hasMore: boolean; data: T[] } {
  const skip = input.skip ?? 0;
  const pageSize = input.pageSize ?? 50;
  return { hasMore: skip + pageSize < items.length, data: items.slice(skip, skip + pageSize) };
}
