'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyCardTransactionsInput } from '../../client/operations/getLoyaltyCardTransactions.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { loyaltyCardTransactionsInfiniteQueryOptions } from '../queryOptions/loyaltyCardTransactionsInfiniteQueryOptions.js';
import type { LoyaltyCardTransactionsPage } from '../../schemas/LoyaltyCardTransactionsPage.js';

/**
 * List a card's transactions, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getLoyaltyCardTransactions`).
 */
export function useLoyaltyCardTransactionsInfinite<TData = InfiniteData<LoyaltyCardTransactionsPage, number>>(
  input: Omit<GetLoyaltyCardTransactionsInput, 'skip'> | SkipToken,
  options?: TalonInfiniteQueryOptions<LoyaltyCardTransactionsPage, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(loyaltyCardTransactionsInfiniteQueryOptions, input, options);
}
