import type { getCustomerInventory } from '../../client/operations/getCustomerInventory.js';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { TalonPrefetchOptions } from '../../react/core/talonQueryOptions.js';
import { customerInventoryQueryOptions } from '../../react/queryOptions/customerInventoryQueryOptions.js';

/** What {@link CouponWallet} asks of the inventory: one input, so the helper and the component share one key. */
export const couponWalletInput = (integrationId: string) => ({ integrationId, coupons: true });

/**
 * The query options `CouponWallet` reads for these props: prefetch them (in a Server Component, say) and the wallet
 * renders from the cache without a request.
 */
export function couponWalletQueries(
  client: TalonTransport,
  { integrationId }: { integrationId: string },
): TalonPrefetchOptions<typeof getCustomerInventory>[] {
  return [customerInventoryQueryOptions(client, couponWalletInput(integrationId))];
}
