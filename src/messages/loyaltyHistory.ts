import { plural } from './plural.js';
/** The kinds of transaction the type filter offers: Talon.One's `loyaltyTransactionType`, or all of them. */
export type LoyaltyHistoryTypeFilter = 'all' | 'session' | 'manual' | 'import';

/** The words of {@link LoyaltyHistory}. Strings with values are functions of the already formatted values. */
export interface LoyaltyHistoryMessages {
  /** The heading, and the region's name. */
  title: string;
  /** The table's caption. */
  caption: string;
  /** The legend of the filters. */
  filters: string;
  /** The label of the type filter. */
  typeLabel: string;
  /** The type filter's options: every transaction, ... */
  typeAll: string;
  /** ... those of customer sessions (orders), ... */
  typeSession: string;
  /** ... manual ones, ... */
  typeManual: string;
  /** ... and imported ones. */
  typeImport: string;
  /** The label of the first day shown. */
  startDate: string;
  /** The label of the last day shown. */
  endDate: string;
  /** Said (and linked to the end date) when the end date is before the start date; the filter is not applied. */
  invalidDateRange: string;
  /** The button that resets every filter. */
  clearFilters: string;
  /** The column headers. */
  columnDate: string;
  columnDescription: string;
  columnType: string;
  columnSubledger: string;
  columnPoints: string;
  /** The direction of a transaction in words: `addition` (points added) or `subtraction` (points deducted). */
  transactionType: (type: 'addition' | 'subtraction') => string;
  /** A signed amount: `+250`, `−50` (a real minus sign), so that the direction never depends on colour. */
  amount: (points: string, type: 'addition' | 'subtraction') => string;
  /** The subledger column for the main ledger. */
  mainLedger: string;
  /** Points awarded that become active later. */
  activeFrom: (date: string) => string;
  /** Points that expire. */
  validUntil: (date: string) => string;
  /** Said when there are no transactions at all (Talon.One's 404 for a customer without loyalty data included). */
  empty: string;
  /** Said when there are transactions, but none match the filters. */
  emptyFiltered: string;
  loadMore: string;
  /** Announced (politely) after "Load more": how many rows came and how many are shown. */
  loadedMore: (count: string, total: string, n: number, totalN: number) => string;
  /** Announced (politely) when the filters changed and the new list arrived. */
  results: (count: string, hasMore: boolean, n: number) => string;
  /** Said when the next page could not be loaded (the button stays, to try again). */
  loadMoreError: string;
}

export const defaultLoyaltyHistoryMessages: LoyaltyHistoryMessages = {
  title: 'Points history',
  caption: 'Loyalty transactions, newest first',
  filters: 'Filter transactions',
  typeLabel: 'Type',
  typeAll: 'All transactions',
  typeSession: 'Orders',
  typeManual: 'Adjustments',
  typeImport: 'Imported',
  startDate: 'From',
  endDate: 'To',
  invalidDateRange: 'The end date must not be before the start date.',
  clearFilters: 'Clear filters',
  columnDate: 'Date',
  columnDescription: 'Description',
  columnType: 'Type',
  columnSubledger: 'Subledger',
  columnPoints: 'Points',
  transactionType: (type) => (type === 'addition' ? 'Added' : 'Deducted'),
  amount: (points, type) => `${type === 'addition' ? '+' : '\u2212'}${points}`,
  mainLedger: 'Main',
  activeFrom: (date) => `Active from ${date}`,
  validUntil: (date) => `Valid until ${date}`,
  empty: 'No transactions yet.',
  emptyFiltered: 'No transactions match these filters.',
  loadMore: 'Load more',
  loadedMore: (count, total, _n, totalN) =>
    `Loaded ${count} more. ${total} ${plural('en', totalN, { one: 'transaction', other: 'transactions' })} shown.`,
  results: (count, hasMore, n) =>
    hasMore
      ? `Showing the latest ${plural('en', n, { one: 'transaction', other: `${count} transactions` })}.`
      : `Transactions found: ${count}.`,
  loadMoreError: 'Could not load more transactions.',
};
