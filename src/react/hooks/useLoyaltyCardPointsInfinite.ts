'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyCardPoints } from '../../client/operations/getLoyaltyCardPoints.js';
import type { PagedInput } from '../core/talonInfiniteQueryOptions.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { loyaltyCardPointsInfiniteQueryOptions } from '../queryOptions/loyaltyCardPointsInfiniteQueryOptions.js';

type Page = OperationOutput<typeof getLoyaltyCardPoints>;

/**
 * List a card's unused loyalty points, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getLoyaltyCardPoints`).
 */
export function useLoyaltyCardPointsInfinite<TData = InfiniteData<Page, number>>(
  input: PagedInput<typeof getLoyaltyCardPoints> | SkipToken,
  options?: TalonInfiniteQueryOptions<Page, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(loyaltyCardPointsInfiniteQueryOptions, input, options);
}
