'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyCardTransactions } from '../../client/operations/getLoyaltyCardTransactions.js';
import type { PagedInput } from '../core/talonInfiniteQueryOptions.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { loyaltyCardTransactionsInfiniteQueryOptions } from '../queryOptions/loyaltyCardTransactionsInfiniteQueryOptions.js';

type Page = OperationOutput<typeof getLoyaltyCardTransactions>;

/**
 * List a card's transactions, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getLoyaltyCardTransactions`).
 */
export function useLoyaltyCardTransactionsInfinite<TData = InfiniteData<Page, number>>(
  input: PagedInput<typeof getLoyaltyCardTransactions> | SkipToken,
  options?: TalonInfiniteQueryOptions<Page, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(loyaltyCardTransactionsInfiniteQueryOptions, input, options);
}
