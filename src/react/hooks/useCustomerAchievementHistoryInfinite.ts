'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetCustomerAchievementHistoryInput } from '../../client/operations/getCustomerAchievementHistory.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { customerAchievementHistoryInfiniteQueryOptions } from '../queryOptions/customerAchievementHistoryInfiniteQueryOptions.js';
import type { CustomerAchievementHistoryPage } from '../../schemas/CustomerAchievementHistoryPage.js';

/**
 * List a customer's history of one achievement, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getCustomerAchievementHistory`).
 */
export function useCustomerAchievementHistoryInfinite<TData = InfiniteData<CustomerAchievementHistoryPage, number>>(
  input: Omit<GetCustomerAchievementHistoryInput, 'skip'> | SkipToken,
  options?: TalonInfiniteQueryOptions<CustomerAchievementHistoryPage, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(customerAchievementHistoryInfiniteQueryOptions, input, options);
}
