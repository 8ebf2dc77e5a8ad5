'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getCustomerAchievements } from '../../client/operations/getCustomerAchievements.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { customerAchievementsQueryOptions } from '../queryOptions/customerAchievementsQueryOptions.js';

type Data = OperationOutput<typeof getCustomerAchievements>;

/** List a customer's available achievements (`getCustomerAchievements`). Pass `skipToken` until the IDs are known. */
export function useCustomerAchievements<TData = Data>(
  input: OperationInput<typeof getCustomerAchievements> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(customerAchievementsQueryOptions, input, options);
}
