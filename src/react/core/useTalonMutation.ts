'use client';
import {
  useMutation,
  useQueryClient,
  type MutationScope,
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

/** The cache rule a write hook applies: see `cacheRules`. */
interface Rule<O extends Operation> {
  update: (queryClient: QueryClient, input: OperationInput<O>, data: OperationOutput<O>) => void;
  scope?: MutationScope;
}

export function useTalonMutation<O extends Operation, TOnMutateResult>(
  operation: O,
  options: TalonMutationOptions<O, TOnMutateResult> | undefined,
  rule: Rule<O>,
): TalonMutationResult<O, TOnMutateResult> {
  const { transport } = useTalonContext();
  const queryClient = useQueryClient();
  return useMutation({
    ...(rule.scope ? { scope: rule.scope } : {}),
    ...options,
    mutationFn: (input) => transport.request(operation, input),
    onSuccess: (...args) => {
      const [data, input] = args;
      if (!(input as { dry?: boolean }).dry) rule.update(queryClient, input, data);
      return options?.onSuccess?.(...args);
    },
  });
}
