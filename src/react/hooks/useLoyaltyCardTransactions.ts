'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyCardTransactions } from '../../client/operations/getLoyaltyCardTransactions.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyCardTransactionsQueryOptions } from '../queryOptions/loyaltyCardTransactionsQueryOptions.js';

type Data = OperationOutput<typeof getLoyaltyCardTransactions>;

/** List a card's transactions (`getLoyaltyCardTransactions`). Pass `skipToken` until the IDs are known. */
export function useLoyaltyCardTransactions<TData = Data>(
  input: OperationInput<typeof getLoyaltyCardTransactions> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyCardTransactionsQueryOptions, input, options);
}
