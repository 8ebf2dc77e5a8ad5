'use client';
import { deleteAudienceV2 } from '../../client/operations/deleteAudienceV2.js';
import { invalidateAllProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof deleteAudienceV2;

/** Deletes an audience. Marks every cached profile stale, since their memberships change (`deleteAudienceV2`). */
export function useDeleteAudience<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(deleteAudienceV2, options, (queryClient) => invalidateAllProfiles(queryClient));
}
