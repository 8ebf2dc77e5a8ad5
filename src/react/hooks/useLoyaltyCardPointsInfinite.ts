'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyCardPointsInput } from '../../client/operations/getLoyaltyCardPoints.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { loyaltyCardPointsInfiniteQueryOptions } from '../queryOptions/loyaltyCardPointsInfiniteQueryOptions.js';
import type { LoyaltyCardPointsPage } from '../../schemas/LoyaltyCardPointsPage.js';

/**
 * List a card's unused loyalty points, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getLoyaltyCardPoints`).
 */
export function useLoyaltyCardPointsInfinite<TData = InfiniteData<LoyaltyCardPointsPage, number>>(
  input: Omit<GetLoyaltyCardPointsInput, 'skip'> | SkipToken,
  options?: TalonInfiniteQueryOptions<LoyaltyCardPointsPage, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(loyaltyCardPointsInfiniteQueryOptions, input, options);
}
