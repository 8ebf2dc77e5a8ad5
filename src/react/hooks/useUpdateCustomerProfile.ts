'use client';
import { updateCustomerProfileV2 } from '../../client/operations/updateCustomerProfileV2.js';
import { invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof updateCustomerProfileV2;

/**
 * Creates or updates a customer profile's attributes and audiences. Marks that profile's reads stale
 * (`updateCustomerProfileV2`). A `dry: true` call changes no cache.
 */
export function useUpdateCustomerProfile<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(updateCustomerProfileV2, options, (queryClient, { integrationId }) =>
    invalidateProfiles(queryClient, [integrationId]),
  );
}
