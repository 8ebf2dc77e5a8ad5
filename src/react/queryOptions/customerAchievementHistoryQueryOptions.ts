import { getCustomerAchievementHistory } from '../../client/operations/getCustomerAchievementHistory.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getCustomerAchievementHistory` (list a customer's history of one achievement): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const customerAchievementHistoryQueryOptions = talonQueryOptions(getCustomerAchievementHistory);
