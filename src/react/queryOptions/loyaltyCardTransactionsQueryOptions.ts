import { getLoyaltyCardTransactions } from '../../client/operations/getLoyaltyCardTransactions.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyCardTransactions` (list a card's transactions): for prefetching, `useSuspenseQuery` and
 * `ensureQueryData`.
 */
export const loyaltyCardTransactionsQueryOptions = talonQueryOptions(getLoyaltyCardTransactions);
