import { getCustomerAchievements } from '../../client/operations/getCustomerAchievements.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getCustomerAchievements` (list a customer's available achievements): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const customerAchievementsQueryOptions = talonQueryOptions(getCustomerAchievements);
