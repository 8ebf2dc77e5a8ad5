'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyProgramProfileTransactions } from '../../client/operations/getLoyaltyProgramProfileTransactions.js';
import type { PagedInput } from '../core/talonInfiniteQueryOptions.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { loyaltyProfileTransactionsInfiniteQueryOptions } from '../queryOptions/loyaltyProfileTransactionsInfiniteQueryOptions.js';

type Page = OperationOutput<typeof getLoyaltyProgramProfileTransactions>;

/**
 * List a customer's loyalty transactions, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getLoyaltyProgramProfileTransactions`).
 */
export function useLoyaltyProfileTransactionsInfinite<TData = InfiniteData<Page, number>>(
  input: PagedInput<typeof getLoyaltyProgramProfileTransactions> | SkipToken,
  options?: TalonInfiniteQueryOptions<Page, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(loyaltyProfileTransactionsInfiniteQueryOptions, input, options);
}
