'use client';
import { updateAudienceCustomersAttributes } from '../../client/operations/updateAudienceCustomersAttributes.js';
import { invalidateAllProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof updateAudienceCustomersAttributes;

/**
 * Updates the attributes of every customer in an audience. Marks every cached profile stale
 * (`updateAudienceCustomersAttributes`).
 */
export function useUpdateAudienceCustomersAttributes<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(updateAudienceCustomersAttributes, options, (queryClient) =>
    invalidateAllProfiles(queryClient),
  );
}
