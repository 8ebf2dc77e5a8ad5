'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyCardBalances } from '../../client/operations/getLoyaltyCardBalances.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyCardBalancesQueryOptions } from '../queryOptions/loyaltyCardBalancesQueryOptions.js';

type Data = OperationOutput<typeof getLoyaltyCardBalances>;

/** Get a card's point balances (`getLoyaltyCardBalances`). Pass `skipToken` until the IDs are known. */
export function useLoyaltyCardBalances<TData = Data>(
  input: OperationInput<typeof getLoyaltyCardBalances> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyCardBalancesQueryOptions, input, options);
}
