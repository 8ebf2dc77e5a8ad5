'use client';
import { linkLoyaltyCardToProfile } from '../../client/operations/linkLoyaltyCardToProfile.js';
import { invalidatePath, invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof linkLoyaltyCardToProfile;

/**
 * Links a customer profile to a loyalty card. Marks the card's reads and the profile's reads stale
 * (`linkLoyaltyCardToProfile`).
 */
export function useLinkLoyaltyCardToProfile<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(
    linkLoyaltyCardToProfile,
    options,
    (queryClient, { loyaltyProgramId, loyaltyCardId, body }) => {
      invalidatePath(queryClient, 'loyalty_programs', loyaltyProgramId, 'cards', loyaltyCardId);
      invalidateProfiles(queryClient, [body.integrationId]);
    },
  );
}
