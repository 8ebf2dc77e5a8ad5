'use client';
import { createReferralsForMultipleAdvocates } from '../../client/operations/createReferralsForMultipleAdvocates.js';
import { invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof createReferralsForMultipleAdvocates;

/**
 * Creates referral codes for many advocates. Marks those advocates' reads stale
 * (`createReferralsForMultipleAdvocates`).
 */
export function useCreateReferralsForMultipleAdvocates<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(createReferralsForMultipleAdvocates, options, (queryClient, { body }) =>
    invalidateProfiles(queryClient, body.advocateProfileIntegrationIds),
  );
}
