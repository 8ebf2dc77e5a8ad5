'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyBalancesInput } from '../../client/operations/getLoyaltyBalances.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyBalancesQueryOptions } from '../queryOptions/loyaltyBalancesQueryOptions.js';
import type { LoyaltyBalancesWithTiers } from '../../schemas/LoyaltyBalancesWithTiers.js';

/** Get a customer's loyalty balances (`getLoyaltyBalances`). Pass `skipToken` until the IDs are known. */
export function useLoyaltyBalances<TData = LoyaltyBalancesWithTiers>(
  input: GetLoyaltyBalancesInput | SkipToken,
  options?: TalonQueryOptions<LoyaltyBalancesWithTiers, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyBalancesQueryOptions, input, options);
}
