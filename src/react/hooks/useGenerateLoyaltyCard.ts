'use client';
import { generateLoyaltyCard } from '../../client/operations/generateLoyaltyCard.js';
import { invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof generateLoyaltyCard;

/**
 * Generates a loyalty card, optionally linked to profiles. Marks those profiles' reads stale (`generateLoyaltyCard`).
 */
export function useGenerateLoyaltyCard<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(generateLoyaltyCard, options, (queryClient, { body }) =>
    invalidateProfiles(queryClient, body.customerProfileIds ?? []),
  );
}
