'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetLoyaltyCardTransactionsInput } from '../../client/operations/getLoyaltyCardTransactions.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyCardTransactionsQueryOptions } from '../queryOptions/loyaltyCardTransactionsQueryOptions.js';
import type { LoyaltyCardTransactionsPage } from '../../schemas/LoyaltyCardTransactionsPage.js';

/** List a card's transactions (`getLoyaltyCardTransactions`). Pass `skipToken` until the IDs are known. */
export function useLoyaltyCardTransactions<TData = LoyaltyCardTransactionsPage>(
  input: GetLoyaltyCardTransactionsInput | SkipToken,
  options?: TalonQueryOptions<LoyaltyCardTransactionsPage, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyCardTransactionsQueryOptions, input, options);
}
