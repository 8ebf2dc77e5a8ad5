'use client';
import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import { useTalonContext } from '../useTalonContext.js';
import type { TalonQueryKey } from './operationKey.js';

/** TanStack Query options a read hook accepts: everything but the key and the function, which the hook owns. */
export type TalonQueryOptions<TQueryFnData, TData = TQueryFnData> = Omit<
  UseQueryOptions<TQueryFnData, TalonError, TData, TalonQueryKey>,
  'queryKey' | 'queryFn'
>;

export function useTalonQuery<TInput, TQueryFnData, TData>(
  factory: (
    transport: TalonTransport,
    input: TInput,
  ) => UseQueryOptions<TQueryFnData, TalonError, TQueryFnData, TalonQueryKey>,
  input: TInput,
  options: TalonQueryOptions<TQueryFnData, TData> | undefined,
): UseQueryResult<TData, TalonError> {
  const { transport } = useTalonContext();
  return useQuery({ ...factory(transport, input), ...options } as UseQueryOptions<
    TQueryFnData,
    TalonError,
    TData,
    TalonQueryKey
  >);
}
