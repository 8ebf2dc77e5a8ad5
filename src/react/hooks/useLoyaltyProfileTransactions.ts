'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyProgramProfileTransactionsInput } from '../../client/operations/getLoyaltyProgramProfileTransactions.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyProfileTransactionsQueryOptions } from '../queryOptions/loyaltyProfileTransactionsQueryOptions.js';
import type { LoyaltyProfileTransactionsPage } from '../../schemas/LoyaltyProfileTransactionsPage.js';

/**
 * List a customer's loyalty transactions (`getLoyaltyProgramProfileTransactions`). Pass `skipToken` until the IDs are
 * known.
 */
export function useLoyaltyProfileTransactions<TData = LoyaltyProfileTransactionsPage>(
  input: GetLoyaltyProgramProfileTransactionsInput | SkipToken,
  options?: TalonQueryOptions<LoyaltyProfileTransactionsPage, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyProfileTransactionsQueryOptions, input, options);
}
