'use client';
import { deleteAudienceMembershipsV2 } from '../../client/operations/deleteAudienceMembershipsV2.js';
import { invalidateAllProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof deleteAudienceMembershipsV2;

/**
 * Removes every member from an audience. Marks every cached profile stale, since their memberships change
 * (`deleteAudienceMembershipsV2`).
 */
export function useDeleteAudienceMemberships<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(deleteAudienceMembershipsV2, options, (queryClient) => invalidateAllProfiles(queryClient));
}
