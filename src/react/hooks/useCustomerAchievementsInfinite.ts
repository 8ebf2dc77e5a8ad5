'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getCustomerAchievements } from '../../client/operations/getCustomerAchievements.js';
import type { PagedInput } from '../core/talonInfiniteQueryOptions.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { customerAchievementsInfiniteQueryOptions } from '../queryOptions/customerAchievementsInfiniteQueryOptions.js';

type Page = OperationOutput<typeof getCustomerAchievements>;

/**
 * List a customer's available achievements, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getCustomerAchievements`).
 */
export function useCustomerAchievementsInfinite<TData = InfiniteData<Page, number>>(
  input: PagedInput<typeof getCustomerAchievements> | SkipToken,
  options?: TalonInfiniteQueryOptions<Page, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(customerAchievementsInfiniteQueryOptions, input, options);
}
