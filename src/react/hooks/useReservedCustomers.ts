'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetReservedCustomersInput } from '../../client/operations/getReservedCustomers.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { reservedCustomersQueryOptions } from '../queryOptions/reservedCustomersQueryOptions.js';
import type { ReservedCustomersPage } from '../../schemas/ReservedCustomersPage.js';

/**
 * List the customers that have a coupon reserved (`getReservedCustomers`). Pass `skipToken` until the IDs are known.
 */
export function useReservedCustomers<TData = ReservedCustomersPage>(
  input: GetReservedCustomersInput | SkipToken,
  options?: TalonQueryOptions<ReservedCustomersPage, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(reservedCustomersQueryOptions, input, options);
}
