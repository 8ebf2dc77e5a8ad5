import type { LoyaltyHistoryTypeFilter } from '../../messages/loyaltyHistory.js';

/** The filters of a history: a transaction type and a range of days (`YYYY-MM-DD`, `""` for open). */
export interface LoyaltyHistoryFilters {
  type: LoyaltyHistoryTypeFilter;
  /** The first day shown, as a date input gives it. */
  startDate: string;
  /** The last day shown, as a date input gives it. */
  endDate: string;
}

export const noFilters: LoyaltyHistoryFilters = { type: 'all', startDate: '', endDate: '' };

/** The end is not before the start. `YYYY-MM-DD` strings compare as dates. */
export const isValidRange = ({ startDate, endDate }: LoyaltyHistoryFilters): boolean =>
  !startDate || !endDate || startDate <= endDate;

export const hasFilters = (filters: LoyaltyHistoryFilters): boolean =>
  filters.type !== 'all' || filters.startDate !== '' || filters.endDate !== '';

/**
 * A day of the shopper's calendar as an RFC 3339 instant: its first or its last millisecond in the shopper's time
 * zone, so that the filter matches the dates the list shows. Undefined for an incomplete or invalid day.
 */
function dayBoundary(day: string, end: boolean): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const instant = end ? new Date(year, month - 1, date, 23, 59, 59, 999) : new Date(year, month - 1, date);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** The query parameters of the filters: only those that filter something. */
export function filterParams(filters: LoyaltyHistoryFilters): {
  loyaltyTransactionType?: 'session' | 'manual' | 'import';
  startDate?: string;
  endDate?: string;
} {
  const startDate = dayBoundary(filters.startDate, false);
  const endDate = dayBoundary(filters.endDate, true);
  return {
    ...(filters.type === 'all' ? {} : { loyaltyTransactionType: filters.type }),
    ...(startDate === undefined ? {} : { startDate }),
    ...(endDate === undefined ? {} : { endDate }),
  };
}
