import type { OperationInput } from '../client/defineOperation.js';
import type { getCustomerSession } from '../client/operations/getCustomerSession.js';
import type { getCustomerInventory } from '../client/operations/getCustomerInventory.js';
import type { getCustomerAchievements } from '../client/operations/getCustomerAchievements.js';
import type { getCustomerAchievementHistory } from '../client/operations/getCustomerAchievementHistory.js';
import type { getLoyaltyBalances } from '../client/operations/getLoyaltyBalances.js';
import type { getLoyaltyCardBalances } from '../client/operations/getLoyaltyCardBalances.js';
import type { getLoyaltyCardPoints } from '../client/operations/getLoyaltyCardPoints.js';
import type { getLoyaltyCardTransactions } from '../client/operations/getLoyaltyCardTransactions.js';
import type { getLoyaltyProgramProfilePoints } from '../client/operations/getLoyaltyProgramProfilePoints.js';
import type { getLoyaltyProgramProfileTransactions } from '../client/operations/getLoyaltyProgramProfileTransactions.js';
import type { getReservedCustomers } from '../client/operations/getReservedCustomers.js';
import { operationKey, type TalonQueryKey } from './core/operationKey.js';

/**
 * Query keys of every read: the `talon` namespace, then the path segments, then the other parameters. Use them to
 * invalidate or read the cache: `queryClient.invalidateQueries({ queryKey: talonKeys.all })` or a prefix such as
 * `['talon', 'customer_profiles', integrationId]`.
 */
export const talonKeys = {
  all: ['talon'] as const,
  /** Get a customer session. */
  customerSession: (input: OperationInput<typeof getCustomerSession>): TalonQueryKey =>
    operationKey('getCustomerSession', input),
  /** List a customer's coupons, referrals, loyalty, giveaways and achievements. */
  customerInventory: (input: OperationInput<typeof getCustomerInventory>): TalonQueryKey =>
    operationKey('getCustomerInventory', input),
  /** List a customer's available achievements. */
  customerAchievements: (input: OperationInput<typeof getCustomerAchievements>): TalonQueryKey =>
    operationKey('getCustomerAchievements', input),
  /** List a customer's history of one achievement. */
  customerAchievementHistory: (input: OperationInput<typeof getCustomerAchievementHistory>): TalonQueryKey =>
    operationKey('getCustomerAchievementHistory', input),
  /** Get a customer's loyalty balances. */
  loyaltyBalances: (input: OperationInput<typeof getLoyaltyBalances>): TalonQueryKey =>
    operationKey('getLoyaltyBalances', input),
  /** Get a card's point balances. */
  loyaltyCardBalances: (input: OperationInput<typeof getLoyaltyCardBalances>): TalonQueryKey =>
    operationKey('getLoyaltyCardBalances', input),
  /** List a card's unused loyalty points. */
  loyaltyCardPoints: (input: OperationInput<typeof getLoyaltyCardPoints>): TalonQueryKey =>
    operationKey('getLoyaltyCardPoints', input),
  /** List a card's transactions. */
  loyaltyCardTransactions: (input: OperationInput<typeof getLoyaltyCardTransactions>): TalonQueryKey =>
    operationKey('getLoyaltyCardTransactions', input),
  /** List a customer's unused loyalty points. */
  loyaltyProfilePoints: (input: OperationInput<typeof getLoyaltyProgramProfilePoints>): TalonQueryKey =>
    operationKey('getLoyaltyProgramProfilePoints', input),
  /** List a customer's loyalty transactions. */
  loyaltyProfileTransactions: (input: OperationInput<typeof getLoyaltyProgramProfileTransactions>): TalonQueryKey =>
    operationKey('getLoyaltyProgramProfileTransactions', input),
  /** List the customers that have a coupon reserved. */
  reservedCustomers: (input: OperationInput<typeof getReservedCustomers>): TalonQueryKey =>
    operationKey('getReservedCustomers', input),
};
