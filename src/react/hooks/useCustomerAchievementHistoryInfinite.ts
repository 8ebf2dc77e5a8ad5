'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getCustomerAchievementHistory } from '../../client/operations/getCustomerAchievementHistory.js';
import type { PagedInput } from '../core/talonInfiniteQueryOptions.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { customerAchievementHistoryInfiniteQueryOptions } from '../queryOptions/customerAchievementHistoryInfiniteQueryOptions.js';

type Page = OperationOutput<typeof getCustomerAchievementHistory>;

/**
 * List a customer's history of one achievement, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getCustomerAchievementHistory`).
 */
export function useCustomerAchievementHistoryInfinite<TData = InfiniteData<Page, number>>(
  input: PagedInput<typeof getCustomerAchievementHistory> | SkipToken,
  options?: TalonInfiniteQueryOptions<Page, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(customerAchievementHistoryInfiniteQueryOptions, input, options);
}
