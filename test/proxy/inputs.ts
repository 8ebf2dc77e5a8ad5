// Inputs of the proxy tests, by operation, on the demo seed's data (see demoSeed).
import type { TalonClient } from '../../src/client/index.js';
import type { OperationId } from '../../src/client/routes.js';
import { demo } from '../../src/mock/index.js';

export const ADA = demo.profiles.ada;
export const GRACE = demo.profiles.grace;
export const POINTS = demo.loyaltyPrograms.points;
export const CARDS = demo.loyaltyPrograms.cards;

/** Calls `operationId` on `client` with `input`, untyped: the tables below hold every operation's input. */
export const call = (client: TalonClient, operationId: OperationId, input: unknown): Promise<unknown> =>
  (client[operationId] as (input: unknown) => Promise<unknown>)(input);

/** The reads of a profile named in the path, with the input naming `integrationId`. */
export const profileReads: ReadonlyArray<[OperationId, (integrationId: string) => unknown]> = [
  ['getCustomerInventory', (integrationId) => ({ integrationId })],
  ['getCustomerAchievements', (integrationId) => ({ integrationId })],
  [
    'getCustomerAchievementHistory',
    (integrationId) => ({ integrationId, achievementId: demo.achievements.placeOrders }),
  ],
  ['getLoyaltyBalances', (integrationId) => ({ loyaltyProgramId: POINTS, integrationId })],
  ['getLoyaltyProgramProfilePoints', (integrationId) => ({ loyaltyProgramId: POINTS, integrationId })],
  ['getLoyaltyProgramProfileTransactions', (integrationId) => ({ loyaltyProgramId: POINTS, integrationId })],
];

/** The reads of a card, with the input naming the card. */
export const cardReads: ReadonlyArray<[OperationId, (loyaltyCardId: string) => unknown]> = [
  ['getLoyaltyCardBalances', (loyaltyCardId) => ({ loyaltyProgramId: CARDS, loyaltyCardId })],
  ['getLoyaltyCardPoints', (loyaltyCardId) => ({ loyaltyProgramId: CARDS, loyaltyCardId })],
  ['getLoyaltyCardTransactions', (loyaltyCardId) => ({ loyaltyProgramId: CARDS, loyaltyCardId })],
];

/** Every operation the default policy denies, with a valid input that names Ada where it names anybody. */
export const deniedInputs: Readonly<Record<string, unknown>> = {
  reopenCustomerSession: { customerSessionId: 'ada-closed-order' },
  returnCartItems: {
    customerSessionId: 'ada-closed-order',
    body: { return: { returnedCartItems: [{ position: 0, quantity: 1 }] } },
  },
  createAudienceV2: { body: { name: 'Everybody' } },
  updateAudienceV2: { audienceId: demo.audiences.vip, body: { name: 'Renamed' } },
  deleteAudienceV2: { audienceId: demo.audiences.vip },
  deleteAudienceMembershipsV2: { audienceId: demo.audiences.vip },
  updateAudienceCustomersAttributes: { audienceId: demo.audiences.vip, body: { Tier: 'gold' } },
  updateCustomerProfileAudiences: {
    body: { data: [{ action: 'add', profileIntegrationId: ADA, audienceId: demo.audiences.vip }] },
  },
  updateCustomerProfileV2: { integrationId: ADA, body: { attributes: { Name: 'Ada' } } },
  updateCustomerProfilesV2: { body: { customerProfiles: [{ integrationId: ADA, attributes: { Name: 'Ada' } }] } },
  deleteCustomerData: { integrationId: ADA },
  syncCatalog: {
    catalogId: demo.catalogs.store,
    body: { actions: [{ type: 'ADD', payload: { sku: 'FREE-STUFF', price: 0 } }] },
  },
  getReservedCustomers: { couponValue: demo.coupons.reserved },
  createReferralsForMultipleAdvocates: {
    body: { campaignId: demo.campaigns.referrals, usageLimit: 1, advocateProfileIntegrationIds: [ADA] },
  },
  generateLoyaltyCard: { loyaltyProgramId: CARDS, body: { customerProfileIds: [ADA] } },
};

/** Every operation the default policy binds, in an order that works for `shopper` (Ada) on a fresh demo seed. */
export const boundInputs = (shopper: string): Array<[OperationId, unknown]> => [
  [
    'updateCustomerSessionV2',
    { customerSessionId: `${shopper}-cart`, body: { customerSession: { cartItems: [{ sku: 'MUG', quantity: 1 }] } } },
  ],
  ['getCustomerSession', { customerSessionId: `${shopper}-cart` }],
  ...profileReads.map(([id, input]): [OperationId, unknown] => [id, input(shopper)]),
  ...cardReads.map(([id, input]): [OperationId, unknown] => [id, input(demo.loyaltyCards.linked)]),
  ['trackEventV2', { body: { type: 'product_viewed' } }],
  ['createCouponReservation', { couponValue: demo.coupons.valid, body: { integrationIDs: [shopper] } }],
  ['deleteCouponReservation', { couponValue: demo.coupons.valid, body: { integrationIDs: [shopper] } }],
  ['createReferral', { body: { campaignId: demo.campaigns.referrals, advocateProfileIntegrationId: shopper } }],
  [
    'linkLoyaltyCardToProfile',
    { loyaltyProgramId: CARDS, loyaltyCardId: demo.loyaltyCards.linked, body: { integrationId: shopper } },
  ],
];
