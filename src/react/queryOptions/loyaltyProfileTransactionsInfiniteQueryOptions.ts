import { getLoyaltyProgramProfileTransactions } from '../../client/operations/getLoyaltyProgramProfileTransactions.js';
import { talonInfiniteQueryOptions } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getLoyaltyProgramProfileTransactions`, paged with `skip` until the last page. */
export const loyaltyProfileTransactionsInfiniteQueryOptions = talonInfiniteQueryOptions(
  getLoyaltyProgramProfileTransactions,
);
