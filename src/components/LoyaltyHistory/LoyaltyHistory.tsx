'use client';
import { forwardRef, Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { queryState } from '../../react/core/queryState.js';
import { Region } from '../core/Region.js';
import type { HeadingLevel, MessagesProp, RootProps, StyleProps } from '../core/StyleProps.js';
import { VisuallyHidden } from '../core/VisuallyHidden.js';
import { classNames } from '../core/useClassNames.js';
import { useFormat } from '../../react/format/useFormat.js';
import { useMessages } from '../core/useMessages.js';
import { hasFilters, isValidRange, noFilters, type LoyaltyHistoryFilters } from './filters.js';
import { HistoryFilters } from './HistoryFilters.js';
import { HistoryRow, rowParts, type LoyaltyHistoryRowParts } from './HistoryRow.js';
import { defaultLoyaltyHistoryMessages } from '../../messages/loyaltyHistory.js';
import { useHistoryQuery, type LoyaltyHistoryTransaction } from './useHistoryQuery.js';

export type { LoyaltyHistoryFilters } from './filters.js';
export type { LoyaltyHistoryRowParts } from './HistoryRow.js';
export type { LoyaltyHistoryTransaction } from './useHistoryQuery.js';

/** Props of {@link LoyaltyHistory}: give `integrationId` (a customer's history) or `loyaltyCardId` (a card's). */
export interface LoyaltyHistoryProps extends StyleProps, RootProps<'section'> {
  /** The loyalty program. Until it is known nothing is fetched and the component shows loading. */
  loyaltyProgramId?: number | undefined;
  /** The customer, in a profile-based program. Until it (or `loyaltyCardId`) is known nothing is fetched. */
  integrationId?: string | undefined;
  /** The loyalty card, in a card-based program: shows the card's history instead of a customer's. */
  loyaltyCardId?: string | undefined;
  /** Only this subledger's transactions. */
  subledgerId?: string | undefined;
  /** Transactions per page (Talon.One's default: 50). The table holds only the pages loaded. */
  pageSize?: number;
  /** The filters it starts with (type, and days as `YYYY-MM-DD`). */
  defaultFilters?: Partial<LoyaltyHistoryFilters>;
  /** Show the filters (type and date range). Default `true`. */
  showFilters?: boolean;
  /** Level of the heading (2 by default); `false` for none (the region is then named by an `aria-label`). */
  headingLevel?: HeadingLevel;
  /**
   * Renders one transaction instead of the default row. It must return a `<tr>` with one cell per column (date,
   * description, type, subledger, points); `parts` has each in words.
   */
  renderRow?: (transaction: LoyaltyHistoryTransaction, parts: LoyaltyHistoryRowParts) => ReactNode;
  /** Replacements for any of the words. */
  messages?: MessagesProp<'loyaltyHistory'>;
}

type Announcement = { kind: 'results' } | { kind: 'more'; from: number } | undefined;

/**
 * The loyalty transactions of a customer (`useLoyaltyProfileTransactionsInfinite`) or of a card (given
 * `loyaltyCardId`: `useLoyaltyCardTransactionsInfinite`), newest first, in a table: date, description, type,
 * subledger and the signed amount (`+250`, `−50`). One page at a time (`pageSize`, 50 by default) with a "Load more"
 * button, so the DOM holds only what was loaded, however long the history is. Filters by type and date range are sent
 * to Talon.One.
 *
 * Keyboard and screen readers: "Load more" keeps the focus while the next page loads (it is `aria-disabled`, not
 * disabled), and how many rows came is announced politely; when the last page came and the button goes away, the
 * focus moves to the first new row. Filter results are announced the same way.
 *
 * The root has `data-state="loading|error|empty|ready"`; each row and amount `data-type="addition|subtraction"`; the
 * button `data-state="idle|loading"`.
 *
 * Any other prop (`id`, `style`, `aria-*`, `data-*`, event handlers) goes to the root `<section>`, and so does `ref`.
 *
 * @example
 * <LoyaltyHistory loyaltyProgramId={1} integrationId={shopper.id} />
 * <LoyaltyHistory loyaltyProgramId={2} loyaltyCardId="DEMO-CARD-0001" pageSize={20} />
 */
export const LoyaltyHistory = forwardRef<HTMLElement, LoyaltyHistoryProps>(function LoyaltyHistory(
  {
    loyaltyProgramId,
    integrationId,
    loyaltyCardId,
    subledgerId,
    pageSize = 50,
    defaultFilters,
    showFilters = true,
    headingLevel = 2,
    renderRow,
    messages,
    className,
    unstyled,
    ...rest
  },
  ref,
) {
  const m = useMessages('loyaltyHistory', defaultLoyaltyHistoryMessages, messages);
  const f = useFormat();
  const cls = classNames('loyalty-history', unstyled);
  const [draft, setDraft] = useState<LoyaltyHistoryFilters>(() => ({ ...noFilters, ...defaultFilters }));
  const [filters, setFilters] = useState<LoyaltyHistoryFilters>(() =>
    isValidRange({ ...noFilters, ...defaultFilters }) ? { ...noFilters, ...defaultFilters } : noFilters,
  );
  const [announcement, setAnnouncement] = useState<Announcement>();
  const focusFirstNew = useRef(false);
  const tbody = useRef<HTMLTableSectionElement>(null);
  const { query, rows } = useHistoryQuery(
    { loyaltyProgramId, integrationId, loyaltyCardId, subledgerId },
    filters,
    pageSize,
  );
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError } = query;

  // The last page came and "Load more" went away with the focus: give it to the first new row.
  useEffect(() => {
    if (!focusFirstNew.current || announcement?.kind !== 'more' || isFetchingNextPage) return;
    if (rows.length <= announcement.from && !isFetchNextPageError) return;
    focusFirstNew.current = false;
    if (hasNextPage) return;
    const row = tbody.current?.rows[announcement.from];
    if (!row) return;
    if (!row.hasAttribute('tabindex')) row.tabIndex = -1;
    row.focus();
  }, [announcement, rows.length, hasNextPage, isFetchingNextPage, isFetchNextPageError]);

  const changeFilters = (next: LoyaltyHistoryFilters) => {
    setDraft(next);
    if (!isValidRange(next)) return;
    setFilters(next);
    setAnnouncement({ kind: 'results' });
  };
  const loadMore = () => {
    if (isFetchingNextPage) return;
    focusFirstNew.current = true;
    setAnnouncement({ kind: 'more', from: rows.length });
    void query.fetchNextPage();
  };

  const read = queryState(query);
  const notFound = read.notFound;
  // A page that failed to load more has its own alert below the table; only a failed refetch is `refreshFailed`.
  const refreshFailed = read.refreshFailed && !isFetchNextPageError;
  const state = query.isPending
    ? 'loading'
    : notFound || (query.isSuccess && rows.length === 0)
      ? 'empty'
      : read.failed
        ? 'error'
        : 'ready';

  const announced =
    announcement?.kind === 'more'
      ? rows.length > announcement.from && !isFetchingNextPage
        ? m.loadedMore(
            f.number(rows.length - announcement.from),
            f.number(rows.length),
            rows.length - announcement.from,
            rows.length,
          )
        : ''
      : announcement?.kind === 'results' && !query.isPending && !query.isError
        ? m.results(f.number(rows.length), hasNextPage, rows.length)
        : '';

  return (
    <Region
      ref={ref}
      cls={cls}
      className={className}
      state={state}
      busy={state === 'loading' || isFetchingNextPage}
      title={m.title}
      headingLevel={headingLevel}
      common={m.common}
      empty={hasFilters(filters) ? m.emptyFiltered : m.empty}
      onRetry={() => void query.refetch()}
      refreshFailed={refreshFailed}
      rootProps={rest}
      before={showFilters && <HistoryFilters value={draft} onChange={changeFilters} m={m} cls={cls} />}
      after={
        <div role="status" className={cls('announcement')}>
          <VisuallyHidden>{announced}</VisuallyHidden>
        </div>
      }
    >
      <table className={cls('table')}>
        <caption className={cls('caption')}>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnDate}</th>
            <th scope="col">{m.columnDescription}</th>
            <th scope="col">{m.columnType}</th>
            <th scope="col">{m.columnSubledger}</th>
            <th scope="col" className={cls('amount-header')}>
              {m.columnPoints}
            </th>
          </tr>
        </thead>
        <tbody ref={tbody}>
          {rows.map((transaction) => {
            const parts = rowParts(transaction, m, f);
            return renderRow ? (
              <Fragment key={transaction.id}>{renderRow(transaction, parts)}</Fragment>
            ) : (
              <HistoryRow key={transaction.id} transaction={transaction} parts={parts} cls={cls} />
            );
          })}
        </tbody>
      </table>
      {isFetchNextPageError && (
        <p className={cls('error')} role="alert" data-status="error">
          {m.loadMoreError}
        </p>
      )}
      {hasNextPage && (
        <button
          type="button"
          className={cls('load-more')}
          aria-disabled={isFetchingNextPage || undefined}
          data-state={isFetchingNextPage ? 'loading' : 'idle'}
          onClick={loadMore}
        >
          {isFetchingNextPage ? m.common.loading : m.loadMore}
        </button>
      )}
    </Region>
  );
});
