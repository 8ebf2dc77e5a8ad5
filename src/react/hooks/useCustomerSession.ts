'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetCustomerSessionInput } from '../../client/operations/getCustomerSession.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { customerSessionQueryOptions } from '../queryOptions/customerSessionQueryOptions.js';
import type { IntegrationCustomerSessionResponse } from '../../schemas/IntegrationCustomerSessionResponse.js';

/** Get a customer session (`getCustomerSession`). Pass `skipToken` until the IDs are known. */
export function useCustomerSession<TData = IntegrationCustomerSessionResponse>(
  input: GetCustomerSessionInput | SkipToken,
  options?: TalonQueryOptions<IntegrationCustomerSessionResponse, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(customerSessionQueryOptions, input, options);
}
