import { TalonProxyRefusal } from '../../TalonProxyRefusal.js';
import type { BindableOperationId } from '../TalonProxyPolicy.js';
import type { Binding } from './Binding.js';

type ProfilePathOperationId = Extract<
  BindableOperationId,
  | 'getCustomerInventory'
  | 'getCustomerAchievements'
  | 'getCustomerAchievementHistory'
  | 'getLoyaltyBalances'
  | 'getLoyaltyProgramProfilePoints'
  | 'getLoyaltyProgramProfileTransactions'
>;

/**
 * Reads of a profile named in the path: only the shopper's own. 403, not 404: whether a profile exists is no secret
 * worth keeping here, and the shopper learns nothing they could not guess.
 */
export function ownProfile<K extends ProfilePathOperationId>(): Binding<K> {
  return async ({ input, shopperId, send }) => {
    if (input.integrationId !== shopperId) {
      throw new TalonProxyRefusal(403, 'integrationId must be the signed-in shopper', { parameter: 'integrationId' });
    }
    return send(input);
  };
}
