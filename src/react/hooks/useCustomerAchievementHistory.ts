'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetCustomerAchievementHistoryInput } from '../../client/operations/getCustomerAchievementHistory.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { customerAchievementHistoryQueryOptions } from '../queryOptions/customerAchievementHistoryQueryOptions.js';
import type { CustomerAchievementHistoryPage } from '../../schemas/CustomerAchievementHistoryPage.js';

/**
 * List a customer's history of one achievement (`getCustomerAchievementHistory`). Pass `skipToken` until the IDs are
 * known.
 */
export function useCustomerAchievementHistory<TData = CustomerAchievementHistoryPage>(
  input: GetCustomerAchievementHistoryInput | SkipToken,
  options?: TalonQueryOptions<CustomerAchievementHistoryPage, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(customerAchievementHistoryQueryOptions, input, options);
}
