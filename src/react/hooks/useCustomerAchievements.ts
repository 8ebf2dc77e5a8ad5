'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetCustomerAchievementsInput } from '../../client/operations/getCustomerAchievements.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { customerAchievementsQueryOptions } from '../queryOptions/customerAchievementsQueryOptions.js';
import type { CustomerAchievementsPage } from '../../schemas/CustomerAchievementsPage.js';

/** List a customer's available achievements (`getCustomerAchievements`). Pass `skipToken` until the IDs are known. */
export function useCustomerAchievements<TData = CustomerAchievementsPage>(
  input: GetCustomerAchievementsInput | SkipToken,
  options?: TalonQueryOptions<CustomerAchievementsPage, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(customerAchievementsQueryOptions, input, options);
}
