'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getCustomerAchievementHistory } from '../../client/operations/getCustomerAchievementHistory.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { customerAchievementHistoryQueryOptions } from '../queryOptions/customerAchievementHistoryQueryOptions.js';

type Data = OperationOutput<typeof getCustomerAchievementHistory>;

/**
 * List a customer's history of one achievement (`getCustomerAchievementHistory`). Pass `skipToken` until the IDs are
 * known.
 */
export function useCustomerAchievementHistory<TData = Data>(
  input: OperationInput<typeof getCustomerAchievementHistory> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(customerAchievementHistoryQueryOptions, input, options);
}
