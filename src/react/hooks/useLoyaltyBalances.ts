'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyBalances } from '../../client/operations/getLoyaltyBalances.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyBalancesQueryOptions } from '../queryOptions/loyaltyBalancesQueryOptions.js';

type Data = OperationOutput<typeof getLoyaltyBalances>;

/** Get a customer's loyalty balances (`getLoyaltyBalances`). Pass `skipToken` until the IDs are known. */
export function useLoyaltyBalances<TData = Data>(
  input: OperationInput<typeof getLoyaltyBalances> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyBalancesQueryOptions, input, options);
}
