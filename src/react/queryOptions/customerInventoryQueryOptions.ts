import { getCustomerInventory } from '../../client/operations/getCustomerInventory.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getCustomerInventory` (list a customer's coupons, referrals, loyalty, giveaways and achievements):
 * for prefetching, `useSuspenseQuery` and `ensureQueryData`.
 */
export const customerInventoryQueryOptions = talonQueryOptions(getCustomerInventory);
