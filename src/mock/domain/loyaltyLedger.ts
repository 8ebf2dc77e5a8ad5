import type { LedgerEntryRecord } from '../SandboxState.js';

export type PointsStatus = 'active' | 'pending' | 'expired';

/** What is left of one addition at the time of evaluation. */
export interface PointsBucket {
  readonly entry: LedgerEntryRecord;
  readonly remaining: number;
  readonly status: PointsStatus;
}

export interface LedgerBalance {
  readonly active: number;
  readonly pending: number;
  readonly expired: number;
  readonly spent: number;
  readonly negative: number;
}

/** One (sub)ledger evaluated at a time. */
export interface LedgerEvaluation {
  readonly balance: LedgerBalance;
  /** One per addition created by then, in ledger order. */
  readonly buckets: readonly PointsBucket[];
  /** Subtraction ID -> the points of it that found no active points and went negative. */
  readonly wentNegative: ReadonlyMap<number, number>;
}

export const emptyBalance: LedgerBalance = { active: 0, pending: 0, expired: 0, spent: 0, negative: 0 };

/** Points are decimals with at most two places; rounding every step keeps sums like 0.1 + 0.2 exact. */
export const roundPoints = (points: number): number => Math.round(points * 100) / 100;

/** Milliseconds of an RFC 3339 date; `unlimited` is never. String comparison would break on offsets and `.000`. */
export function timeOf(date: string): number {
  return date === 'unlimited' ? Infinity : Date.parse(date);
}

interface MutableBucket {
  readonly entry: LedgerEntryRecord;
  /** When the points become active: the start date, never before the entry was made. */
  readonly start: number;
  readonly expiry: number;
  remaining: number;
  active: boolean;
}

const byTimeThenId = (a: { time: number; entry: LedgerEntryRecord }, b: { time: number; entry: LedgerEntryRecord }) =>
  a.time - b.time || timeOf(a.entry.created) - timeOf(b.entry.created) || a.entry.id - b.entry.id;

/**
 * Replays one (sub)ledger up to `at`: additions become active at their start date and pay off any negative balance
 * first; a subtraction spends, at the time it was made, the active points that expire first (so what it spent can no
 * longer expire), a rollback first the very points it balances; what no active points cover is negative balance.
 * Pure: the same entries and time give the same result.
 */
function evaluateLedger(entries: readonly LedgerEntryRecord[], at: number): LedgerEvaluation {
  const made = entries.filter((entry) => timeOf(entry.created) <= at);
  const buckets = new Map<number, MutableBucket>();
  const events: Array<{ time: number; entry: LedgerEntryRecord }> = [];
  for (const entry of made) {
    if (entry.amount > 0) {
      const created = timeOf(entry.created);
      const startDate = entry.startDate === 'immediate' ? created : timeOf(entry.startDate);
      const start = Math.max(created, Number.isNaN(startDate) ? created : startDate);
      buckets.set(entry.id, { entry, start, expiry: timeOf(entry.expiryDate), remaining: entry.amount, active: false });
      if (start <= at) events.push({ time: start, entry });
    } else if (entry.amount < 0) {
      events.push({ time: timeOf(entry.created), entry });
    }
  }
  events.sort(byTimeThenId);

  let negative = 0;
  let spent = 0;
  const wentNegative = new Map<number, number>();
  const take = (bucket: MutableBucket, wanted: number) => {
    const taken = Math.min(wanted, bucket.remaining);
    bucket.remaining = roundPoints(bucket.remaining - taken);
    spent = roundPoints(spent + taken);
    return taken;
  };

  for (const { time, entry } of events) {
    if (entry.amount > 0) {
      const bucket = buckets.get(entry.id) as MutableBucket;
      bucket.active = true;
      if (negative > 0 && bucket.expiry > time) negative = roundPoints(negative - take(bucket, negative));
      continue;
    }
    let wanted = -entry.amount;
    const target = entry.referenceId === undefined ? undefined : buckets.get(entry.referenceId);
    if (target && target.expiry > time) wanted = roundPoints(wanted - take(target, wanted));
    if (wanted > 0) {
      const spendable = [...buckets.values()]
        .filter((bucket) => bucket.active && bucket.remaining > 0 && bucket.expiry > time)
        .sort((a, b) => a.expiry - b.expiry || a.start - b.start || a.entry.id - b.entry.id);
      for (const bucket of spendable) {
        if (wanted <= 0) break;
        wanted = roundPoints(wanted - take(bucket, wanted));
      }
    }
    if (wanted > 0) {
      negative = roundPoints(negative + wanted);
      wentNegative.set(entry.id, wanted);
    }
  }

  let active = 0;
  let pending = 0;
  let expired = 0;
  const result: PointsBucket[] = [];
  for (const bucket of buckets.values()) {
    const status: PointsStatus = bucket.start > at ? 'pending' : bucket.expiry <= at ? 'expired' : 'active';
    if (status === 'pending') pending = roundPoints(pending + bucket.remaining);
    else if (status === 'expired') expired = roundPoints(expired + bucket.remaining);
    else active = roundPoints(active + bucket.remaining);
    result.push({ entry: bucket.entry, remaining: bucket.remaining, status });
  }
  return { balance: { active, pending, expired, spent, negative }, buckets: result, wentNegative };
}

// Rows are immutable, so a ledger array that is still in the table evaluates the same at the same time: remember the
// last evaluation per array (a new array replaces the old one on every change, and the old entry is collected).
const cache = new WeakMap<
  readonly LedgerEntryRecord[],
  { at: number; bySubledger: ReadonlyMap<string, LedgerEvaluation> }
>();

/** Every subledger of a ledger (`""` is the main one) evaluated at `at`; only subledgers with entries appear. */
export function evaluateLedgers(
  entries: readonly LedgerEntryRecord[],
  at: number,
): ReadonlyMap<string, LedgerEvaluation> {
  const cached = cache.get(entries);
  if (cached?.at === at) return cached.bySubledger;
  const grouped = new Map<string, LedgerEntryRecord[]>();
  for (const entry of entries) {
    const group = grouped.get(entry.subledgerId);
    if (group) group.push(entry);
    else grouped.set(entry.subledgerId, [entry]);
  }
  const bySubledger = new Map([...grouped].map(([id, group]) => [id, evaluateLedger(group, at)] as const));
  cache.set(entries, { at, bySubledger });
  return bySubledger;
}
