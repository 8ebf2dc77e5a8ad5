import { getLoyaltyCardPoints } from '../../client/operations/getLoyaltyCardPoints.js';
import { talonInfiniteQueryOptions } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getLoyaltyCardPoints`, paged with `skip` until the last page. */
export const loyaltyCardPointsInfiniteQueryOptions = talonInfiniteQueryOptions(getLoyaltyCardPoints);
