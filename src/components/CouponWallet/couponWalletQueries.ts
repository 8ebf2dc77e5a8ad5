import type { getCustomerInventory } from '../../client/operations/getCustomerInventory.js';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { TalonPrefetchOptions } from '../../react/core/talonQueryOptions.js';
import { customerInventoryQueryOptions } from '../../react/queryOptions/customerInventoryQueryOptions.js';
import { shopperInventoryInput } from '../core/shopperInventory.js';

/**
 * The query options `CouponWallet` reads for these props: prefetch them (in a Server Component, say) and the wallet
 * renders from the cache without a request. It is the inventory `ReferralCode` reads too (coupons and referrals in
 * one call), so one prefetch serves both.
 */
export function couponWalletQueries(
  client: TalonTransport,
  { integrationId }: { integrationId: string },
): TalonPrefetchOptions<typeof getCustomerInventory>[] {
  return [customerInventoryQueryOptions(client, shopperInventoryInput(integrationId))];
}
