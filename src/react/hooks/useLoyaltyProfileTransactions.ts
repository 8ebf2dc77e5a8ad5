'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyProgramProfileTransactions } from '../../client/operations/getLoyaltyProgramProfileTransactions.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyProfileTransactionsQueryOptions } from '../queryOptions/loyaltyProfileTransactionsQueryOptions.js';

type Data = OperationOutput<typeof getLoyaltyProgramProfileTransactions>;

/**
 * List a customer's loyalty transactions (`getLoyaltyProgramProfileTransactions`). Pass `skipToken` until the IDs are
 * known.
 */
export function useLoyaltyProfileTransactions<TData = Data>(
  input: OperationInput<typeof getLoyaltyProgramProfileTransactions> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyProfileTransactionsQueryOptions, input, options);
}
