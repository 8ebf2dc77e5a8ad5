'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyCardPointsInput } from '../../client/operations/getLoyaltyCardPoints.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyCardPointsQueryOptions } from '../queryOptions/loyaltyCardPointsQueryOptions.js';
import type { LoyaltyCardPointsPage } from '../../schemas/LoyaltyCardPointsPage.js';

/** List a card's unused loyalty points (`getLoyaltyCardPoints`). Pass `skipToken` until the IDs are known. */
export function useLoyaltyCardPoints<TData = LoyaltyCardPointsPage>(
  input: GetLoyaltyCardPointsInput | SkipToken,
  options?: TalonQueryOptions<LoyaltyCardPointsPage, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyCardPointsQueryOptions, input, options);
}
