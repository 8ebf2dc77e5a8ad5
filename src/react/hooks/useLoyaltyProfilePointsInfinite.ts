'use client';
import type { InfiniteData, SkipToken, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyProgramProfilePoints } from '../../client/operations/getLoyaltyProgramProfilePoints.js';
import type { PagedInput } from '../core/talonInfiniteQueryOptions.js';
import { useTalonInfiniteQuery, type TalonInfiniteQueryOptions } from '../core/useTalonInfiniteQuery.js';
import { loyaltyProfilePointsInfiniteQueryOptions } from '../queryOptions/loyaltyProfilePointsInfiniteQueryOptions.js';

type Page = OperationOutput<typeof getLoyaltyProgramProfilePoints>;

/**
 * List a customer's unused loyalty points, page after page: `fetchNextPage()` until `hasNextPage` is false
 * (`getLoyaltyProgramProfilePoints`).
 */
export function useLoyaltyProfilePointsInfinite<TData = InfiniteData<Page, number>>(
  input: PagedInput<typeof getLoyaltyProgramProfilePoints> | SkipToken,
  options?: TalonInfiniteQueryOptions<Page, TData>,
): UseInfiniteQueryResult<TData, TalonError> {
  return useTalonInfiniteQuery(loyaltyProfilePointsInfiniteQueryOptions, input, options);
}
