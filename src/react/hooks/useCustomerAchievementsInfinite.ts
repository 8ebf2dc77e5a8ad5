'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetCustomerAchievementsInput } from '../../client/operations/getCustomerAchievements.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { customerAchievementsInfiniteQueryOptions } from '../queryOptions/customerAchievementsInfiniteQueryOptions.js';
import type { CustomerAchievementsPage } from '../../schemas/CustomerAchievementsPage.js';

/**
 * List a customer's available achievements, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getCustomerAchievements`).
 */
export function useCustomerAchievementsInfinite<TData = InfiniteData<CustomerAchievementsPage, number>>(
  input: Omit<GetCustomerAchievementsInput, 'skip'> | SkipToken,
  options?: TalonInfiniteQueryOptions<CustomerAchievementsPage, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(customerAchievementsInfiniteQueryOptions, input, options);
}
