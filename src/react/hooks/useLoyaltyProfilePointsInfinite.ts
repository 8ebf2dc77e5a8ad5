'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyProgramProfilePointsInput } from '../../client/operations/getLoyaltyProgramProfilePoints.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { loyaltyProfilePointsInfiniteQueryOptions } from '../queryOptions/loyaltyProfilePointsInfiniteQueryOptions.js';
import type { LoyaltyProfilePointsPage } from '../../schemas/LoyaltyProfilePointsPage.js';

/**
 * List a customer's unused loyalty points, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getLoyaltyProgramProfilePoints`).
 */
export function useLoyaltyProfilePointsInfinite<TData = InfiniteData<LoyaltyProfilePointsPage, number>>(
  input: Omit<GetLoyaltyProgramProfilePointsInput, 'skip'> | SkipToken,
  options?: TalonInfiniteQueryOptions<LoyaltyProfilePointsPage, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(loyaltyProfilePointsInfiniteQueryOptions, input, options);
}
