import { queryOptions, skipToken, type SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { Operation, OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import { operationKey, type TalonQueryKey } from './operationKey.js';

/**
 * `retry: false` because the transport already retries what is worth retrying (with backoff and Retry-After);
 * TanStack Query's own retries would also repeat 4xx answers and multiply the requests.
 */
export function talonQueryOptions<O extends Operation>(
  transport: TalonTransport,
  operation: O,
  input: OperationInput<O> | SkipToken,
) {
  return queryOptions<OperationOutput<O>, TalonError, OperationOutput<O>, TalonQueryKey>({
    queryKey: input === skipToken ? ['talon', operation.id, 'skipped'] : operationKey(operation.id, input as object),
    queryFn: input === skipToken ? skipToken : ({ signal }) => transport.request(operation, input, { signal }),
    retry: false,
  });
}
