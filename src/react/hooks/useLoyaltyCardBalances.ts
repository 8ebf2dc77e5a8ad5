'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyCardBalancesInput } from '../../client/operations/getLoyaltyCardBalances.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyCardBalancesQueryOptions } from '../queryOptions/loyaltyCardBalancesQueryOptions.js';
import type { LoyaltyCardBalances } from '../../schemas/LoyaltyCardBalances.js';

/** Get a card's point balances (`getLoyaltyCardBalances`). Pass `skipToken` until the IDs are known. */
export function useLoyaltyCardBalances<TData = LoyaltyCardBalances>(
  input: GetLoyaltyCardBalancesInput | SkipToken,
  options?: TalonQueryOptions<LoyaltyCardBalances, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyCardBalancesQueryOptions, input, options);
}
