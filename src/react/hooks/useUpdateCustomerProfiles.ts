'use client';
import { updateCustomerProfilesV2 } from '../../client/operations/updateCustomerProfilesV2.js';
import { invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof updateCustomerProfilesV2;

/**
 * Creates or updates many customer profiles at once. Marks those profiles' reads stale (`updateCustomerProfilesV2`).
 */
export function useUpdateCustomerProfiles<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(updateCustomerProfilesV2, options, (queryClient, { body }) =>
    invalidateProfiles(queryClient, body.customerProfiles?.map((profile) => profile.integrationId) ?? []),
  );
}
