import { getLoyaltyProgramProfilePoints } from '../../client/operations/getLoyaltyProgramProfilePoints.js';
import { talonInfiniteQueryOptions } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getLoyaltyProgramProfilePoints`, paged with `skip` until the last page. */
export const loyaltyProfilePointsInfiniteQueryOptions = talonInfiniteQueryOptions(getLoyaltyProgramProfilePoints);
