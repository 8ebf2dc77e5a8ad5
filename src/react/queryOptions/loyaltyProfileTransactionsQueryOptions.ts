import { getLoyaltyProgramProfileTransactions } from '../../client/operations/getLoyaltyProgramProfileTransactions.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyProgramProfileTransactions` (list a customer's loyalty transactions): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const loyaltyProfileTransactionsQueryOptions = talonQueryOptions(getLoyaltyProgramProfileTransactions);
