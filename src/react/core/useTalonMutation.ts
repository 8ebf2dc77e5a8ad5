'use client';
import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query';
import type { Operation, OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import { useTalonContext } from '../useTalonContext.js';

/** TanStack Query options a write hook accepts: everything but the mutation function, which the hook owns. */
export type TalonMutationOptions<O extends Operation, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<OperationOutput<O>, TalonError, OperationInput<O>, TOnMutateResult>,
  'mutationFn'
>;

/** What a write hook returns: call `mutate(input)` with the same object the client method takes. */
export type TalonMutationResult<O extends Operation, TOnMutateResult = unknown> = UseMutationResult<
  OperationOutput<O>,
  TalonError,
  OperationInput<O>,
  TOnMutateResult
>;

type UpdateCache<O extends Operation> = (
  queryClient: QueryClient,
  input: OperationInput<O>,
  data: OperationOutput<O>,
) => void;

// Talon.One asks for one session's requests one after another: every session write shares this queue.
export const sessionScope = { id: 'talon:customer-session' };

export function useTalonMutation<O extends Operation, TOnMutateResult>(
  operation: O,
  options: TalonMutationOptions<O, TOnMutateResult> | undefined,
  updateCache: UpdateCache<O>,
  defaults?: Pick<TalonMutationOptions<O>, 'scope'>,
): TalonMutationResult<O, TOnMutateResult> {
  const { transport } = useTalonContext();
  const queryClient = useQueryClient();
  return useMutation({
    ...defaults,
    ...options,
    mutationFn: (input) => transport.request(operation, input),
    onSuccess: (...args) => {
      const [data, input] = args;
      if (!(input as { dry?: boolean }).dry) updateCache(queryClient, input, data);
      return options?.onSuccess?.(...args);
    },
  });
}
