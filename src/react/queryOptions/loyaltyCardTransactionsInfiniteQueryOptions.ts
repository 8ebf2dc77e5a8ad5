import { getLoyaltyCardTransactions } from '../../client/operations/getLoyaltyCardTransactions.js';
import { talonInfiniteQueryOptions } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getLoyaltyCardTransactions`, paged with `skip` until the last page. */
export const loyaltyCardTransactionsInfiniteQueryOptions = talonInfiniteQueryOptions(getLoyaltyCardTransactions);
