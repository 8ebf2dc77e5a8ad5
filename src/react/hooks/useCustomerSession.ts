'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getCustomerSession } from '../../client/operations/getCustomerSession.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { customerSessionQueryOptions } from '../queryOptions/customerSessionQueryOptions.js';

type Data = OperationOutput<typeof getCustomerSession>;

/** Get a customer session (`getCustomerSession`). Pass `skipToken` until the IDs are known. */
export function useCustomerSession<TData = Data>(
  input: OperationInput<typeof getCustomerSession> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(customerSessionQueryOptions, input, options);
}
