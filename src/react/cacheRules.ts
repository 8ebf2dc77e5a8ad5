import type { MutationScope, QueryClient } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../client/defineOperation.js';
import type * as operations from '../client/operations/index.js';
import type { OperationId, routes } from '../client/routes.js';
import {
  applySessionState,
  cachedSessionProfile,
  invalidateAllProfiles,
  invalidatePath,
  invalidateProfiles,
  removeProfile,
} from './core/cache.js';

/** The operationId of a write: every operation but the GETs. */
export type WriteOperationId = {
  [K in OperationId]: (typeof routes)[K]['method'] extends 'GET' ? never : K;
}[OperationId];

type OperationOf<K extends OperationId> = (typeof operations)[K];

/** What one write does to the cache once it succeeded (a `dry: true` call does nothing). */
export interface CacheRule<K extends WriteOperationId> {
  /** The rule in words: the hook's TSDoc and the README's cache table say this. */
  readonly does: string;
  /** Updates the cache with the write's input and answer. */
  readonly update: (
    queryClient: QueryClient,
    input: OperationInput<OperationOf<K>>,
    data: OperationOutput<OperationOf<K>>,
  ) => void;
  /** The queue the write joins: mutations of one scope run one after another. */
  readonly scope?: MutationScope;
}

// Talon.One asks for one session's requests one after another: every session write shares this queue.
const sessionScope: MutationScope = { id: 'talon:customer-session' };

const sessionAnswer =
  "Writes the returned session into its query (`talonKeys.customerSession`) and marks the shopper's inventory, " +
  'achievements and loyalty stale.';
const namedProfiles = 'Marks the reads of the profiles it names stale.';
const couponReservations = "Marks the coupon's reserved customers, and the reads of the profiles it names, stale.";
const everyProfile = 'Marks every cached profile stale, since any of them may be in the audience.';
const nothing = 'Changes no cached read: no read returns what it changes.';

/**
 * The cache rule of every write, in one table: a write the table leaves out does not compile. The hooks apply these
 * rules, and scripts/generate-react.mjs writes the words of each into its hook's TSDoc and the README's cache table.
 */
export const cacheRules: { readonly [K in WriteOperationId]: CacheRule<K> } = {
  updateCustomerSessionV2: {
    does: sessionAnswer,
    update: (queryClient, { customerSessionId, body }, data) =>
      applySessionState(queryClient, customerSessionId, data, body.customerSession.profileId),
    scope: sessionScope,
  },
  returnCartItems: {
    does: sessionAnswer,
    update: (queryClient, { customerSessionId }, data) => applySessionState(queryClient, customerSessionId, data),
    scope: sessionScope,
  },
  reopenCustomerSession: {
    does: "Marks the session and its shopper's reads stale.",
    update: (queryClient, { customerSessionId }) => {
      invalidateProfiles(queryClient, [cachedSessionProfile(queryClient, customerSessionId)]);
      invalidatePath(queryClient, 'customer_sessions', customerSessionId);
    },
    scope: sessionScope,
  },
  deleteCustomerData: {
    does: 'Removes every cached read of that profile, its sessions included.',
    update: (queryClient, { integrationId }) => removeProfile(queryClient, integrationId),
  },
  createCouponReservation: {
    does: couponReservations,
    update: (queryClient, { couponValue, body }) => {
      invalidatePath(queryClient, 'coupon_reservations', 'customerprofiles', couponValue);
      invalidateProfiles(queryClient, body.integrationIDs);
    },
  },
  deleteCouponReservation: {
    does: couponReservations,
    update: (queryClient, { couponValue, body }) => {
      invalidatePath(queryClient, 'coupon_reservations', 'customerprofiles', couponValue);
      invalidateProfiles(queryClient, body.integrationIDs);
    },
  },
  updateCustomerProfileV2: {
    does: namedProfiles,
    update: (queryClient, { integrationId }) => invalidateProfiles(queryClient, [integrationId]),
  },
  updateCustomerProfilesV2: {
    does: namedProfiles,
    update: (queryClient, { body }) =>
      invalidateProfiles(queryClient, body.customerProfiles?.map((profile) => profile.integrationId) ?? []),
  },
  updateCustomerProfileAudiences: {
    does: namedProfiles,
    update: (queryClient, { body }) =>
      invalidateProfiles(queryClient, body.data?.map((item) => item.profileIntegrationId) ?? []),
  },
  trackEventV2: {
    does: namedProfiles,
    update: (queryClient, { body }) => invalidateProfiles(queryClient, [body.profileId]),
  },
  createReferral: {
    does: namedProfiles,
    update: (queryClient, { body }) => invalidateProfiles(queryClient, [body.advocateProfileIntegrationId]),
  },
  createReferralsForMultipleAdvocates: {
    does: namedProfiles,
    update: (queryClient, { body }) => invalidateProfiles(queryClient, body.advocateProfileIntegrationIds),
  },
  generateLoyaltyCard: {
    does: namedProfiles,
    update: (queryClient, { body }) => invalidateProfiles(queryClient, body.customerProfileIds ?? []),
  },
  linkLoyaltyCardToProfile: {
    does: "Marks the card's reads and the profile's reads stale.",
    update: (queryClient, { loyaltyProgramId, loyaltyCardId, body }) => {
      invalidatePath(queryClient, 'loyalty_programs', loyaltyProgramId, 'cards', loyaltyCardId);
      invalidateProfiles(queryClient, [body.integrationId]);
    },
  },
  updateAudienceV2: { does: everyProfile, update: (queryClient) => invalidateAllProfiles(queryClient) },
  deleteAudienceV2: { does: everyProfile, update: (queryClient) => invalidateAllProfiles(queryClient) },
  deleteAudienceMembershipsV2: { does: everyProfile, update: (queryClient) => invalidateAllProfiles(queryClient) },
  updateAudienceCustomersAttributes: {
    does: everyProfile,
    update: (queryClient) => invalidateAllProfiles(queryClient),
  },
  createAudienceV2: { does: nothing, update: () => undefined },
  syncCatalog: { does: nothing, update: () => undefined },
};
