import { getReservedCustomers } from '../../client/operations/getReservedCustomers.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getReservedCustomers` (list the customers that have a coupon reserved): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const reservedCustomersQueryOptions = talonQueryOptions(getReservedCustomers);
