'use client';
import { trackEventV2 } from '../../client/operations/trackEventV2.js';
import { invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof trackEventV2;

/**
 * Tracks a custom event for a customer, which campaigns may react to. Marks that profile's reads stale
 * (`trackEventV2`). A `dry: true` call changes no cache.
 */
export function useTrackEvent<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(trackEventV2, options, (queryClient, { body }) =>
    invalidateProfiles(queryClient, [body.profileId]),
  );
}
