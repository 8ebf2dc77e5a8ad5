import type { DataTag } from '@tanstack/react-query';
import type { Operation, OperationInput, OperationOutput } from '../client/defineOperation.js';
import type { TalonError } from '../client/errors/TalonError.js';
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

/** A read's query key, tagged with its data type so that `getQueryData` and `setQueryData` are typed. */
export type TalonReadKey<O extends Operation> = DataTag<TalonQueryKey, OperationOutput<O>, TalonError>;

/** Builds one read's key from the same input its hook and client method take. */
export type TalonKeyFactory<O extends Operation> = (input: OperationInput<O>) => TalonReadKey<O>;

/**
 * The type of {@link talonKeys}: written out, so that the published declarations name `DataTag` and keep each key's
 * data type.
 */
export interface TalonKeys {
  readonly all: readonly ['talon'];
  /** Get a customer session. */
  readonly customerSession: TalonKeyFactory<typeof getCustomerSession>;
  /** List a customer's coupons, referrals, loyalty, giveaways and achievements. */
  readonly customerInventory: TalonKeyFactory<typeof getCustomerInventory>;
  /** List a customer's available achievements. */
  readonly customerAchievements: TalonKeyFactory<typeof getCustomerAchievements>;
  /** List a customer's history of one achievement. */
  readonly customerAchievementHistory: TalonKeyFactory<typeof getCustomerAchievementHistory>;
  /** Get a customer's loyalty balances. */
  readonly loyaltyBalances: TalonKeyFactory<typeof getLoyaltyBalances>;
  /** Get a card's point balances. */
  readonly loyaltyCardBalances: TalonKeyFactory<typeof getLoyaltyCardBalances>;
  /** List a card's unused loyalty points. */
  readonly loyaltyCardPoints: TalonKeyFactory<typeof getLoyaltyCardPoints>;
  /** List a card's transactions. */
  readonly loyaltyCardTransactions: TalonKeyFactory<typeof getLoyaltyCardTransactions>;
  /** List a customer's unused loyalty points. */
  readonly loyaltyProfilePoints: TalonKeyFactory<typeof getLoyaltyProgramProfilePoints>;
  /** List a customer's loyalty transactions. */
  readonly loyaltyProfileTransactions: TalonKeyFactory<typeof getLoyaltyProgramProfileTransactions>;
  /** List the customers that have a coupon reserved. */
  readonly reservedCustomers: TalonKeyFactory<typeof getReservedCustomers>;
}

// The operations are imported as types only: a key must never pull a schema into the bundle.
const readKey =
  <O extends Operation>(id: O['id']) =>
  (input: OperationInput<O>) =>
    operationKey(id, input as object) as TalonReadKey<O>;

/**
 * Query keys of every read: the `talon` namespace, then the path segments, then the other parameters. Use them to
 * read or invalidate the cache: `queryClient.invalidateQueries({ queryKey: talonKeys.all })` or a prefix such as
 * `['talon', 'customer_profiles', integrationId]`.
 */
export const talonKeys: TalonKeys = {
  all: ['talon'] as const,
  /** Get a customer session. */
  customerSession: readKey<typeof getCustomerSession>('getCustomerSession'),
  /** List a customer's coupons, referrals, loyalty, giveaways and achievements. */
  customerInventory: readKey<typeof getCustomerInventory>('getCustomerInventory'),
  /** List a customer's available achievements. */
  customerAchievements: readKey<typeof getCustomerAchievements>('getCustomerAchievements'),
  /** List a customer's history of one achievement. */
  customerAchievementHistory: readKey<typeof getCustomerAchievementHistory>('getCustomerAchievementHistory'),
  /** Get a customer's loyalty balances. */
  loyaltyBalances: readKey<typeof getLoyaltyBalances>('getLoyaltyBalances'),
  /** Get a card's point balances. */
  loyaltyCardBalances: readKey<typeof getLoyaltyCardBalances>('getLoyaltyCardBalances'),
  /** List a card's unused loyalty points. */
  loyaltyCardPoints: readKey<typeof getLoyaltyCardPoints>('getLoyaltyCardPoints'),
  /** List a card's transactions. */
  loyaltyCardTransactions: readKey<typeof getLoyaltyCardTransactions>('getLoyaltyCardTransactions'),
  /** List a customer's unused loyalty points. */
  loyaltyProfilePoints: readKey<typeof getLoyaltyProgramProfilePoints>('getLoyaltyProgramProfilePoints'),
  /** List a customer's loyalty transactions. */
  loyaltyProfileTransactions: readKey<typeof getLoyaltyProgramProfileTransactions>(
    'getLoyaltyProgramProfileTransactions',
  ),
  /** List the customers that have a coupon reserved. */
  reservedCustomers: readKey<typeof getReservedCustomers>('getReservedCustomers'),
};
