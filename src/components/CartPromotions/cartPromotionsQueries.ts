import type { getCustomerSession } from '../../client/operations/getCustomerSession.js';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { TalonPrefetchOptions } from '../../react/core/talonQueryOptions.js';
import { customerSessionQueryOptions } from '../../react/queryOptions/customerSessionQueryOptions.js';

/**
 * The query options `CartPromotions` (and `CouponCodeForm`, which reads the same session) reads for these props:
 * prefetch them and the cart's promotions render from the cache without a request.
 */
export function cartPromotionsQueries(
  client: TalonTransport,
  { customerSessionId }: { customerSessionId: string },
): TalonPrefetchOptions<typeof getCustomerSession>[] {
  return [customerSessionQueryOptions(client, { customerSessionId })];
}
