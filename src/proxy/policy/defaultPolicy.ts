import type { OperationId } from '../../client/routes.js';
import type { BindableOperationId } from './TalonProxyPolicy.js';

/** The rule of every operation in {@link defaultPolicy}. */
export type DefaultPolicy = {
  readonly [K in OperationId]: K extends BindableOperationId ? 'bind' | 'deny' : 'deny';
};

/**
 * What a shopper may do through the proxy unless your `policy` says otherwise. `'bind'`: allowed, and only ever about
 * the shopper `identify` returned (401 without one). Every answer has other customers' identifiers redacted
 * (`policy.revealCustomers` keeps them for the operations it names).
 *
 * - `getCustomerSession`: only a session whose `profileId` is the shopper; any other is 404, as if it did not exist.
 * - `updateCustomerSessionV2`: a new session only under an ID minted for the shopper (`mintSessionId`: checked without
 *   a look-up, one upstream call); any other ID only for an open session of the shopper's (a look-up first). Another
 *   shopper's session, a session that does not exist and an ID not minted for the shopper all answer the same 404.
 *   `profileId` is forced to the shopper; `state` other than `open` is refused (your server closes, cancels and
 *   returns). Cart items carry only `sku` and `quantity` (400 otherwise): prices, names, categories and attributes come
 *   from `policy.priceCart`, or from Talon.One's catalog without it; session `additionalCosts` only from `priceCart`.
 *   Session `attributes` only by `policy.sessionAttributes`, `identifiers` only with `policy.sessionIdentifiers`,
 *   `evaluableCampaignIds` and `now` only with `policy.previewCampaigns` (403), loyalty cards never (403).
 * - `getCustomerInventory`, `getCustomerAchievements`, `getCustomerAchievementHistory`, `getLoyaltyBalances`,
 *   `getLoyaltyProgramProfilePoints`, `getLoyaltyProgramProfileTransactions`: `integrationId` must be the shopper (403).
 * - `trackEventV2`: `profileId` forced to the shopper; no loyalty cards, no campaign previews (403).
 * - `createReferral`: only `campaignId` is the browser's, the advocate is the shopper; usage limit, dates, friend and
 *   attributes are the campaign's (403).
 * - `linkLoyaltyCardToProfile`: only after `policy.verifyCardLink` checked the shopper's proof (403 without it), and
 *   only to the shopper.
 * - `createCouponReservation`: only codes `policy.allowCouponReservation` allows (403 without it), only for the
 *   shopper. `deleteCouponReservation`: `integrationIDs` must be exactly `[shopper]` (403).
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
