import {
  infiniteQueryOptions,
  skipToken,
  type DataTag,
  type InfiniteData,
  type SkipToken,
  type UndefinedInitialDataInfiniteOptions,
  type UnusedSkipTokenInfiniteOptions,
} from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { Operation, OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { OperationId } from '../../client/routes.js';
import { operationKey, type TalonQueryKey } from './operationKey.js';

/** A page of a paginated read: Talon.One says either `hasMore` or `totalResultSize`. */
interface Page {
  data: unknown[];
  hasMore?: boolean;
  totalResultSize?: number;
}

// The next `skip` counts the rows that came, not the asked `pageSize`: the server may send fewer.
function nextSkip(page: Page, skip: number): number | undefined {
  const next = skip + page.data.length;
  if (page.data.length === 0) return undefined;
  if (page.hasMore !== undefined) return page.hasMore ? next : undefined;
  return page.totalResultSize !== undefined && next < page.totalResultSize ? next : undefined;
}

/** The input of a paginated read, without `skip`, which the pages own. */
export type PagedInput<O extends Operation> = Omit<OperationInput<O>, 'skip'>;

type Keyed<O extends Operation> = {
  queryKey: DataTag<TalonQueryKey, InfiniteData<OperationOutput<O>, number>, TalonError>;
};

/**
 * Builds one paginated read's infinite query options; with an input they also suit `useSuspenseInfiniteQuery`.
 * (Written with TanStack's five-parameter option types, which kept their parameters when `UseInfiniteQueryOptions`
 * lost `TQueryData` in 5.80, so that these declarations hold on every supported version.)
 */
export interface TalonInfiniteQueryOptionsFactory<O extends Operation> {
  (
    client: TalonTransport,
    input: PagedInput<O>,
  ): UnusedSkipTokenInfiniteOptions<
    OperationOutput<O>,
    TalonError,
    InfiniteData<OperationOutput<O>, number>,
    TalonQueryKey,
    number
  > &
    Keyed<O>;
  (
    client: TalonTransport,
    input: PagedInput<O> | SkipToken,
  ): UndefinedInitialDataInfiniteOptions<
    OperationOutput<O>,
    TalonError,
    InfiniteData<OperationOutput<O>, number>,
    TalonQueryKey,
    number
  > &
    Keyed<O>;
}

export function talonInfiniteQueryOptions<O extends Operation<OperationId, { skip?: number | undefined }, Page>>(
  operation: O,
): TalonInfiniteQueryOptionsFactory<O> {
  return ((transport: TalonTransport, input: PagedInput<O> | SkipToken) =>
    infiniteQueryOptions<
      OperationOutput<O>,
      TalonError,
      InfiniteData<OperationOutput<O>, number>,
      TalonQueryKey,
      number
    >({
      queryKey:
        input === skipToken
          ? ['talon', operation.id, 'skipped', 'infinite']
          : [...operationKey(operation.id, input as object), 'infinite'],
      queryFn:
        input === skipToken
          ? skipToken
          : ({ pageParam, signal }) =>
              transport.request(operation, { ...input, skip: pageParam } as OperationInput<O>, { signal }),
      initialPageParam: 0,
      getNextPageParam: (lastPage, _pages, lastSkip) => nextSkip(lastPage, lastSkip),
      retry: false,
    })) as TalonInfiniteQueryOptionsFactory<O>;
}
