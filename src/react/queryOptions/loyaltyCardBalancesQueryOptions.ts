import { getLoyaltyCardBalances } from '../../client/operations/getLoyaltyCardBalances.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyCardBalances` (get a card's point balances): for prefetching, `useSuspenseQuery` and
 * `ensureQueryData`.
 */
export const loyaltyCardBalancesQueryOptions = talonQueryOptions(getLoyaltyCardBalances);
