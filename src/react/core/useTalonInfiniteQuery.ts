'use client';
import {
  useInfiniteQuery,
  type InfiniteData,
  type UndefinedInitialDataInfiniteOptions,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import { useTalonContext } from '../useTalonContext.js';
import type { TalonQueryKey } from './operationKey.js';

/**
 * TanStack Query options a paginated hook accepts: paging itself is the hook's. (`UseInfiniteQueryOptions` has another
 * number of type parameters before 5.80; this type has the same five on every supported version.)
 */
export type TalonInfiniteQueryOptions<TQueryFnData, TData = InfiniteData<TQueryFnData, number>> = Omit<
  UndefinedInitialDataInfiniteOptions<TQueryFnData, TalonError, TData, TalonQueryKey, number>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam'
>;

export function useTalonInfiniteQuery<TInput, TQueryFnData, TData>(
  factory: (
    transport: TalonTransport,
    input: TInput,
  ) => UndefinedInitialDataInfiniteOptions<
    TQueryFnData,
    TalonError,
    InfiniteData<TQueryFnData, number>,
    TalonQueryKey,
    number
  >,
  input: TInput,
  options: TalonInfiniteQueryOptions<TQueryFnData, TData> | undefined,
): UseInfiniteQueryResult<TData, TalonError> {
  const { transport } = useTalonContext();
  return useInfiniteQuery({ ...factory(transport, input), ...options } as UndefinedInitialDataInfiniteOptions<
    TQueryFnData,
    TalonError,
    TData,
    TalonQueryKey,
    number
  >);
}
