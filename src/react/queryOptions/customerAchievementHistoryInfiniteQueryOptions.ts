import { getCustomerAchievementHistory } from '../../client/operations/getCustomerAchievementHistory.js';
import { talonInfiniteQueryOptions } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getCustomerAchievementHistory`, paged with `skip` until the last page. */
export const customerAchievementHistoryInfiniteQueryOptions = talonInfiniteQueryOptions(getCustomerAchievementHistory);
