'use client';
import { updateCustomerSessionV2 } from '../../client/operations/updateCustomerSessionV2.js';
import { applySessionState } from '../core/cache.js';
import {
  sessionScope,
  useTalonMutation,
  type TalonMutationOptions,
  type TalonMutationResult,
} from '../core/useTalonMutation.js';

type Op = typeof updateCustomerSessionV2;

/**
 * Creates or updates a customer session: the cart, coupon codes, referral code and state. Writes the returned session
 * into the session's query and marks the shopper's inventory, loyalty and achievements stale. Session writes run one
 * after another (`updateCustomerSessionV2`). A `dry: true` call changes no cache.
 */
export function useUpdateCustomerSession<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(
    updateCustomerSessionV2,
    options,
    (queryClient, { customerSessionId, body }, data) =>
      applySessionState(queryClient, customerSessionId, data, body.customerSession.profileId),
    { scope: sessionScope },
  );
}
