'use client';
import { returnCartItems } from '../../client/operations/returnCartItems.js';
import { applySessionState } from '../core/cache.js';
import {
  sessionScope,
  useTalonMutation,
  type TalonMutationOptions,
  type TalonMutationResult,
} from '../core/useTalonMutation.js';

type Op = typeof returnCartItems;

/**
 * Returns cart items of a closed session, rolling back their effects. Writes the returned session into the session's
 * query and marks the shopper's reads stale. Session writes run one after another (`returnCartItems`). A `dry: true`
 * call changes no cache.
 */
export function useReturnCartItems<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(
    returnCartItems,
    options,
    (queryClient, { customerSessionId }, data) => applySessionState(queryClient, customerSessionId, data),
    { scope: sessionScope },
  );
}
