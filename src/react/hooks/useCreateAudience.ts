'use client';
import { createAudienceV2 } from '../../client/operations/createAudienceV2.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof createAudienceV2;

/** Creates an audience. A new audience has no members yet, so no cached read changes (`createAudienceV2`). */
export function useCreateAudience<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(createAudienceV2, options, () => undefined);
}
