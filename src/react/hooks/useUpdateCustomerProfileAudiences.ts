'use client';
import { updateCustomerProfileAudiences } from '../../client/operations/updateCustomerProfileAudiences.js';
import { invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof updateCustomerProfileAudiences;

/** Adds profiles to audiences or removes them. Marks those profiles' reads stale (`updateCustomerProfileAudiences`). */
export function useUpdateCustomerProfileAudiences<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(updateCustomerProfileAudiences, options, (queryClient, { body }) =>
    invalidateProfiles(queryClient, body.data?.map((item) => item.profileIntegrationId) ?? []),
  );
}
