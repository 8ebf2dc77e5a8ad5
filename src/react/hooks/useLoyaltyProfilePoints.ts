'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyProgramProfilePointsInput } from '../../client/operations/getLoyaltyProgramProfilePoints.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyProfilePointsQueryOptions } from '../queryOptions/loyaltyProfilePointsQueryOptions.js';
import type { LoyaltyProfilePointsPage } from '../../schemas/LoyaltyProfilePointsPage.js';

/**
 * List a customer's unused loyalty points (`getLoyaltyProgramProfilePoints`). Pass `skipToken` until the IDs are
 * known.
 */
export function useLoyaltyProfilePoints<TData = LoyaltyProfilePointsPage>(
  input: GetLoyaltyProgramProfilePointsInput | SkipToken,
  options?: TalonQueryOptions<LoyaltyProfilePointsPage, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyProfilePointsQueryOptions, input, options);
}
