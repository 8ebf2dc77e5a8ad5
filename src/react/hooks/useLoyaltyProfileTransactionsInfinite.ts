'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyProgramProfileTransactionsInput } from '../../client/operations/getLoyaltyProgramProfileTransactions.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { loyaltyProfileTransactionsInfiniteQueryOptions } from '../queryOptions/loyaltyProfileTransactionsInfiniteQueryOptions.js';
import type { LoyaltyProfileTransactionsPage } from '../../schemas/LoyaltyProfileTransactionsPage.js';

/**
 * List a customer's loyalty transactions, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getLoyaltyProgramProfileTransactions`).
 */
export function useLoyaltyProfileTransactionsInfinite<TData = InfiniteData<LoyaltyProfileTransactionsPage, number>>(
  input: Omit<GetLoyaltyProgramProfileTransactionsInput, 'skip'> | SkipToken,
  options?: TalonInfiniteQueryOptions<LoyaltyProfileTransactionsPage, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(loyaltyProfileTransactionsInfiniteQueryOptions, input, options);
}
