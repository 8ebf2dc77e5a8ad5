import type { getLoyaltyBalances } from '../../client/operations/getLoyaltyBalances.js';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { TalonPrefetchOptions } from '../../react/core/talonQueryOptions.js';
import { loyaltyBalancesQueryOptions } from '../../react/queryOptions/loyaltyBalancesQueryOptions.js';

/** The IDs {@link LoyaltyBalance} reads by. */
export interface LoyaltyBalanceIds {
  loyaltyProgramId: number;
  integrationId: string;
  subledgerId?: string | undefined;
}

/** What `LoyaltyBalance` asks for: one input, so the helper and the component share one key. */
export const loyaltyBalanceInput = ({ loyaltyProgramId, integrationId, subledgerId }: LoyaltyBalanceIds) => ({
  loyaltyProgramId,
  integrationId,
  includeTiers: true,
  ...(subledgerId ? { subledgerId } : {}),
});

/**
 * The query options `LoyaltyBalance` reads for these props: prefetch them and the balance renders from the cache
 * without a request.
 */
export function loyaltyBalanceQueries(
  client: TalonTransport,
  ids: LoyaltyBalanceIds,
): TalonPrefetchOptions<typeof getLoyaltyBalances>[] {
  return [loyaltyBalancesQueryOptions(client, loyaltyBalanceInput(ids))];
}
