import { getLoyaltyBalances } from '../../client/operations/getLoyaltyBalances.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyBalances` (get a customer's loyalty balances): for prefetching, `useSuspenseQuery` and
 * `ensureQueryData`.
 */
export const loyaltyBalancesQueryOptions = talonQueryOptions(getLoyaltyBalances);
