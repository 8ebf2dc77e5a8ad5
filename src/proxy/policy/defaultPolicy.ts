import type { OperationId } from '../../client/routes.js';
import type { BindableOperationId } from './TalonProxyPolicy.js';

/** The rule of every operation in {@link defaultPolicy}. */
export type DefaultPolicy = {
  readonly [K in OperationId]: K extends BindableOperationId ? 'bind' | 'deny' : 'deny';
};

/**
 * What a shopper may do through the proxy unless your `policy` says otherwise. `'bind'`: allowed, and only ever about
 * the shopper `identify` returned (401 without one):
 *
 * - `getCustomerSession`: only a session whose `profileId` is the shopper; any other is 404, as if it did not exist.
 * - `updateCustomerSessionV2`: only the shopper's own session (another's is 404), only while it is open (403), with
 *   `profileId` forced to the shopper; `state` other than `open` is refused (closing, cancelling and returns are done by
 *   your server). Cart items must not carry `price`, `prices` or `additionalCosts` (400) unless `policy.priceCart`
 *   sets them: the browser does not set prices. A new session is created bound to the shopper.
 * - `getCustomerInventory`, `getCustomerAchievements`, `getCustomerAchievementHistory`, `getLoyaltyBalances`,
 *   `getLoyaltyProgramProfilePoints`, `getLoyaltyProgramProfileTransactions`: `integrationId` must be the shopper (403).
 * - `trackEventV2`: `profileId` forced to the shopper. `createReferral`: `advocateProfileIntegrationId` forced.
 *   `linkLoyaltyCardToProfile`: `integrationId` forced.
 * - `createCouponReservation`, `deleteCouponReservation`: `integrationIDs` must be exactly `[shopper]` (403).
 * - `getLoyaltyCardBalances`, `getLoyaltyCardPoints`, `getLoyaltyCardTransactions`: only a card linked to the shopper
 *   (by the card's balances); any other is 404.
 *
 * `'deny'` (403; your server calls Talon.One directly for these): reopening sessions and returns, audiences, profile
 * updates (`updateCustomerProfileV2` too: it can change audiences and attributes), customer data deletion, catalog
 * sync, reservation lists, bulk referrals and card generation.
 */
export const defaultPolicy: DefaultPolicy = {
  // Sessions
  getCustomerSession: 'bind',
  updateCustomerSessionV2: 'bind',
  reopenCustomerSession: 'deny',
  returnCartItems: 'deny',
  // The shopper's profile
  getCustomerInventory: 'bind',
  getCustomerAchievements: 'bind',
  getCustomerAchievementHistory: 'bind',
  trackEventV2: 'bind',
  updateCustomerProfileV2: 'deny',
  updateCustomerProfilesV2: 'deny',
  updateCustomerProfileAudiences: 'deny',
  deleteCustomerData: 'deny',
  // Loyalty
  getLoyaltyBalances: 'bind',
  getLoyaltyProgramProfilePoints: 'bind',
  getLoyaltyProgramProfileTransactions: 'bind',
  getLoyaltyCardBalances: 'bind',
  getLoyaltyCardPoints: 'bind',
  getLoyaltyCardTransactions: 'bind',
  linkLoyaltyCardToProfile: 'bind',
  generateLoyaltyCard: 'deny',
  // Coupons and referrals
  createCouponReservation: 'bind',
  deleteCouponReservation: 'bind',
  getReservedCustomers: 'deny',
  createReferral: 'bind',
  createReferralsForMultipleAdvocates: 'deny',
  // Audiences and the catalog
  createAudienceV2: 'deny',
  updateAudienceV2: 'deny',
  deleteAudienceV2: 'deny',
  deleteAudienceMembershipsV2: 'deny',
  updateAudienceCustomersAttributes: 'deny',
  syncCatalog: 'deny',
};
