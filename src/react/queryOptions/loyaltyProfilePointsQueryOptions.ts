import { getLoyaltyProgramProfilePoints } from '../../client/operations/getLoyaltyProgramProfilePoints.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyProgramProfilePoints` (list a customer's unused loyalty points): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const loyaltyProfilePointsQueryOptions = talonQueryOptions(getLoyaltyProgramProfilePoints);
