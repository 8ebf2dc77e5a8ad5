import type { LedgerEntryRecord } from '../SandboxState.js';
import type { LedgerPointsEntryIntegrationAPI } from '../../schemas/LedgerPointsEntryIntegrationAPI.js';
import type { LedgerTransactionLogEntryIntegrationAPI } from '../../schemas/LedgerTransactionLogEntryIntegrationAPI.js';
import type { SandboxContext } from '../SandboxContext.js';
import { evaluateLedgers, timeOf, type PointsStatus } from './loyaltyLedger.js';
import { page } from './loyaltyViews.js';

/** Which entries of a ledger a list shows: `subledgerIds` undefined means all of them. */
export interface LedgerFilter {
  subledgerIds?: readonly string[];
}

const matches = (filter: LedgerFilter, entry: LedgerEntryRecord) =>
  filter.subledgerIds === undefined || filter.subledgerIds.includes(entry.subledgerId);

/** `immediate` unless the points waited for a start date after they were awarded. */
function startDateOf(entry: LedgerEntryRecord): string {
  if (entry.amount < 0 || entry.startDate === 'immediate') return 'immediate';
  return timeOf(entry.startDate) > timeOf(entry.created) ? entry.startDate : 'immediate';
}

const byCreatedThenId = (a: LedgerEntryRecord, b: LedgerEntryRecord) =>
  timeOf(a.created) - timeOf(b.created) || a.id - b.id;

/**
 * The unused points of a ledger now: what is left of each addition with the given status, oldest first, one page.
 * Each row is the addition with `amount` what remains of it.
 */
export function pointsPage(
  context: SandboxContext,
  ledgerKey: string,
  filter: LedgerFilter & { status?: PointsStatus; pageSize?: number; skip?: number },
): { hasMore: boolean; data: LedgerPointsEntryIntegrationAPI[] } {
  const status = filter.status ?? 'active';
  const evaluations = evaluateLedgers(context.state.ledgers.get(ledgerKey) ?? [], timeOf(context.now));
  const buckets = [...evaluations.values()]
    .flatMap((evaluation) => evaluation.buckets)
    .filter((bucket) => bucket.status === status && bucket.remaining > 0 && matches(filter, bucket.entry))
    .sort((a, b) => byCreatedThenId(a.entry, b.entry));
  const rows = page(buckets, filter);
  return {
    hasMore: rows.hasMore,
    data: rows.data.map(({ entry, remaining }) => ({
      id: entry.id,
      created: entry.created,
      programId: entry.programId,
      ...(entry.customerSessionId === undefined ? {} : { customerSessionId: entry.customerSessionId }),
      name: entry.name,
      startDate: startDateOf(entry),
      expiryDate: entry.expiryDate,
      subledgerId: entry.subledgerId,
      amount: remaining,
    })),
  };
}

/** The transactions of a ledger, newest first, filtered by type and creation date, one page. */
export function transactionsPage(
  context: SandboxContext,
  ledgerKey: string,
  filter: LedgerFilter & {
    loyaltyTransactionType?: 'manual' | 'session' | 'import';
    startDate?: string;
    endDate?: string;
    pageSize?: number;
    skip?: number;
  },
): { hasMore: boolean; data: LedgerTransactionLogEntryIntegrationAPI[] } {
  const entries = context.state.ledgers.get(ledgerKey) ?? [];
  const from = filter.startDate === undefined ? -Infinity : timeOf(filter.startDate);
  const to = filter.endDate === undefined ? Infinity : timeOf(filter.endDate);
  const evaluations = evaluateLedgers(entries, timeOf(context.now));
  const listed = entries
    .filter(
      (entry) =>
        entry.amount !== 0 &&
        matches(filter, entry) &&
        (filter.loyaltyTransactionType === undefined || entry.transactionType === filter.loyaltyTransactionType) &&
        timeOf(entry.created) >= from &&
        timeOf(entry.created) <= to,
    )
    .sort((a, b) => byCreatedThenId(b, a));
  const rows = page(listed, filter);
  return {
    hasMore: rows.hasMore,
    data: rows.data.map((entry) => ({
      created: entry.created,
      programId: entry.programId,
      ...(entry.customerSessionId === undefined ? {} : { customerSessionId: entry.customerSessionId }),
      type: entry.amount > 0 ? 'addition' : 'subtraction',
      name: entry.name,
      startDate: startDateOf(entry),
      expiryDate: entry.amount > 0 ? entry.expiryDate : 'unlimited',
      subledgerId: entry.subledgerId,
      amount: Math.abs(entry.amount),
      id: entry.id,
      ...(entry.rulesetId === undefined ? {} : { rulesetId: entry.rulesetId }),
      ...(entry.ruleName === undefined ? {} : { ruleName: entry.ruleName }),
      flags: {
        createsNegativeBalance: (evaluations.get(entry.subledgerId)?.wentNegative.get(entry.id) ?? 0) > 0,
      },
    })),
  };
}
