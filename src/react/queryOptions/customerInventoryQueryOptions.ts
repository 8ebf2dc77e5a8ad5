import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getCustomerInventory } from '../../client/operations/getCustomerInventory.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getCustomerInventory` (list a customer's coupons, referrals, loyalty, giveaways and achievements):
 * for prefetching, `useSuspenseQuery` and `ensureQueryData`.
 */
export const customerInventoryQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getCustomerInventory> | SkipToken,
) => talonQueryOptions(client, getCustomerInventory, input);
