'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getReservedCustomers } from '../../client/operations/getReservedCustomers.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { reservedCustomersQueryOptions } from '../queryOptions/reservedCustomersQueryOptions.js';

type Data = OperationOutput<typeof getReservedCustomers>;

/**
 * List the customers that have a coupon reserved (`getReservedCustomers`). Pass `skipToken` until the IDs are known.
 */
export function useReservedCustomers<TData = Data>(
  input: OperationInput<typeof getReservedCustomers> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(reservedCustomersQueryOptions, input, options);
}
