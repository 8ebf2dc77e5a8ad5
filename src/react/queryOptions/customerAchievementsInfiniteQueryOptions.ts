import { getCustomerAchievements } from '../../client/operations/getCustomerAchievements.js';
import { talonInfiniteQueryOptions } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getCustomerAchievements`, paged with `skip` until the last page. */
export const customerAchievementsInfiniteQueryOptions = talonInfiniteQueryOptions(getCustomerAchievements);
