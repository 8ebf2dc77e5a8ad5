'use client';
import { updateAudienceV2 } from '../../client/operations/updateAudienceV2.js';
import { invalidateAllProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof updateAudienceV2;

/**
 * Renames an audience. Marks every cached profile stale, since profiles list their audiences by name
 * (`updateAudienceV2`).
 */
export function useUpdateAudience<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(updateAudienceV2, options, (queryClient) => invalidateAllProfiles(queryClient));
}
