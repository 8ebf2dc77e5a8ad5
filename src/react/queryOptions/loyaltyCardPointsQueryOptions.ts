import { getLoyaltyCardPoints } from '../../client/operations/getLoyaltyCardPoints.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyCardPoints` (list a card's unused loyalty points): for prefetching, `useSuspenseQuery`
 * and `ensureQueryData`.
 */
export const loyaltyCardPointsQueryOptions = talonQueryOptions(getLoyaltyCardPoints);
