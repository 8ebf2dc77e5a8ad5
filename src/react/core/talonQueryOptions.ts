import {
  queryOptions,
  skipToken,
  type DataTag,
  type SkipToken,
  type UnusedSkipTokenOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { Operation, OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import { operationKey, type TalonQueryKey } from './operationKey.js';

type Keyed<O extends Operation> = { queryKey: DataTag<TalonQueryKey, OperationOutput<O>, TalonError> };

/** One read's query options with an input: for `useSuspenseQuery`, `prefetchQuery` and `ensureQueryData`. */
export type TalonPrefetchOptions<O extends Operation> = UnusedSkipTokenOptions<
  OperationOutput<O>,
  TalonError,
  OperationOutput<O>,
  TalonQueryKey
> &
  Keyed<O>;

/**
 * Builds one read's query options. With an input they suit `useQuery`, `useSuspenseQuery`, `prefetchQuery` and
 * `ensureQueryData`; with `skipToken` only `useQuery`, which then waits.
 */
export interface TalonQueryOptionsFactory<O extends Operation> {
  (client: TalonTransport, input: OperationInput<O>): TalonPrefetchOptions<O>;
  (
    client: TalonTransport,
    input: OperationInput<O> | SkipToken,
  ): UseQueryOptions<OperationOutput<O>, TalonError, OperationOutput<O>, TalonQueryKey> & Keyed<O>;
}

/**
 * `retry: false` because the transport already retries what is worth retrying (with backoff and Retry-After);
 * TanStack Query's own retries would also repeat 4xx answers and multiply the requests.
 */
export function talonQueryOptions<O extends Operation>(operation: O): TalonQueryOptionsFactory<O> {
  return ((transport: TalonTransport, input: OperationInput<O> | SkipToken) =>
    queryOptions<OperationOutput<O>, TalonError, OperationOutput<O>, TalonQueryKey>({
      queryKey: input === skipToken ? ['talon', operation.id, 'skipped'] : operationKey(operation.id, input as object),
      queryFn: input === skipToken ? skipToken : ({ signal }) => transport.request(operation, input, { signal }),
      retry: false,
    })) as TalonQueryOptionsFactory<O>;
}
