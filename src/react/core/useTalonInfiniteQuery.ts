'use client';
import {
  useInfiniteQuery,
  type InfiniteData,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import { useTalonContext } from '../useTalonContext.js';
import type { TalonQueryKey } from './operationKey.js';

/** TanStack Query options a paginated hook accepts: paging itself is the hook's. */
export type TalonInfiniteQueryOptions<TQueryFnData, TData = InfiniteData<TQueryFnData, number>> = Omit<
  UseInfiniteQueryOptions<TQueryFnData, TalonError, TData, TalonQueryKey, number>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam'
>;

export function useTalonInfiniteQuery<TInput, TQueryFnData, TData>(
  factory: (
    transport: TalonTransport,
    input: TInput,
  ) => UseInfiniteQueryOptions<TQueryFnData, TalonError, InfiniteData<TQueryFnData, number>, TalonQueryKey, number>,
  input: TInput,
  options: TalonInfiniteQueryOptions<TQueryFnData, TData> | undefined,
): UseInfiniteQueryResult<TData, TalonError> {
  const { transport } = useTalonContext();
  return useInfiniteQuery({ ...factory(transport, input), ...options } as UseInfiniteQueryOptions<
    TQueryFnData,
    TalonError,
    TData,
    TalonQueryKey,
    number
  >);
}
