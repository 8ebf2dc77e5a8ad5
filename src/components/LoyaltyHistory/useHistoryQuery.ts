'use client';
import { skipToken, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TalonError } from '../../client/errors/TalonError.js';
import { useLoyaltyCardTransactionsInfinite } from '../../react/hooks/useLoyaltyCardTransactionsInfinite.js';
import { useLoyaltyProfileTransactionsInfinite } from '../../react/hooks/useLoyaltyProfileTransactionsInfinite.js';
import type { CardLedgerTransactionLogEntryIntegrationAPI } from '../../schemas/CardLedgerTransactionLogEntryIntegrationAPI.js';
import type { LedgerTransactionLogEntryIntegrationAPI } from '../../schemas/LedgerTransactionLogEntryIntegrationAPI.js';
import { filterParams, type LoyaltyHistoryFilters } from './filters.js';

/** One transaction of a profile's or a card's history. */
export type LoyaltyHistoryTransaction =
  LedgerTransactionLogEntryIntegrationAPI | CardLedgerTransactionLogEntryIntegrationAPI;

type HistoryPage = { hasMore: boolean; data: LoyaltyHistoryTransaction[] };

/** Whose history: a profile's or a card's, in a program. Undefined IDs wait. */
export interface HistoryOwner {
  loyaltyProgramId: number | undefined;
  integrationId: string | undefined;
  loyaltyCardId: string | undefined;
  subledgerId: string | undefined;
}

/**
 * The transactions of a profile (`useLoyaltyProfileTransactionsInfinite`) or, given a card, of the card
 * (`useLoyaltyCardTransactionsInfinite`); the other hook waits with `skipToken`. `rows` are the pages loaded so far,
 * each transaction once.
 */
export function useHistoryQuery(
  owner: HistoryOwner,
  filters: LoyaltyHistoryFilters,
  pageSize: number,
): { query: UseInfiniteQueryResult<InfiniteData<HistoryPage, number>, TalonError>; rows: LoyaltyHistoryTransaction[] } {
  const { loyaltyProgramId, integrationId, loyaltyCardId, subledgerId } = owner;
  const base = loyaltyProgramId === undefined ? undefined : { loyaltyProgramId, pageSize, ...filterParams(filters) };
  const cardBased = loyaltyCardId !== undefined;
  const profile = useLoyaltyProfileTransactionsInfinite(
    base && !cardBased && integrationId
      ? { ...base, integrationId, ...(subledgerId ? { subledgerId } : {}) }
      : skipToken,
  );
  const card = useLoyaltyCardTransactionsInfinite(
    base && loyaltyCardId
      ? { ...base, loyaltyCardId, ...(subledgerId ? { subledgerId: [subledgerId] } : {}) }
      : skipToken,
  );
  const query: UseInfiniteQueryResult<InfiniteData<HistoryPage, number>, TalonError> = cardBased ? card : profile;
  const pages = query.data?.pages;
  const rows = useMemo(() => {
    // Paging by offset: a transaction added meanwhile shifts the pages, so one can come twice.
    const seen = new Set<number>();
    return (pages ?? []).flatMap((page) => page.data).filter((row) => !seen.has(row.id) && seen.add(row.id));
  }, [pages]);
  return { query, rows };
}
