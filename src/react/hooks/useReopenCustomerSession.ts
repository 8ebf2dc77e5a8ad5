'use client';
import { reopenCustomerSession } from '../../client/operations/reopenCustomerSession.js';
import { cachedSessionProfile, invalidatePath, invalidateProfiles } from '../core/cache.js';
import {
  sessionScope,
  useTalonMutation,
  type TalonMutationOptions,
  type TalonMutationResult,
} from '../core/useTalonMutation.js';

type Op = typeof reopenCustomerSession;

/**
 * Reopens a closed session, rolling back what closing it committed. Marks the session and its shopper's reads stale.
 * Session writes run one after another (`reopenCustomerSession`).
 */
export function useReopenCustomerSession<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(
    reopenCustomerSession,
    options,
    (queryClient, { customerSessionId }) => {
      invalidateProfiles(queryClient, [cachedSessionProfile(queryClient, customerSessionId)]);
      invalidatePath(queryClient, 'customer_sessions', customerSessionId);
    },
    { scope: sessionScope },
  );
}
