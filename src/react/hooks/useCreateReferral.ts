'use client';
import { createReferral } from '../../client/operations/createReferral.js';
import { invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof createReferral;

/** Creates a referral code for an advocate. Marks the advocate's reads stale (`createReferral`). */
export function useCreateReferral<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(createReferral, options, (queryClient, { body }) =>
    invalidateProfiles(queryClient, [body.advocateProfileIntegrationId]),
  );
}
