import type { OperationId } from '../../client/routes.js';
import type { OperationHandler } from './OperationHandler.js';
import { createAudienceV2 } from './createAudienceV2.js';
import { createCouponReservation } from './createCouponReservation.js';
import { createReferral } from './createReferral.js';
import { createReferralsForMultipleAdvocates } from './createReferralsForMultipleAdvocates.js';
import { deleteAudienceMembershipsV2 } from './deleteAudienceMembershipsV2.js';
import { deleteAudienceV2 } from './deleteAudienceV2.js';
import { deleteCouponReservation } from './deleteCouponReservation.js';
import { deleteCustomerData } from './deleteCustomerData.js';
import { generateLoyaltyCard } from './generateLoyaltyCard.js';
import { getCustomerAchievementHistory } from './getCustomerAchievementHistory.js';
import { getCustomerAchievements } from './getCustomerAchievements.js';
import { getCustomerInventory } from './getCustomerInventory.js';
import { getCustomerSession } from './getCustomerSession.js';
import { getLoyaltyBalances } from './getLoyaltyBalances.js';
import { getLoyaltyCardBalances } from './getLoyaltyCardBalances.js';
import { getLoyaltyCardPoints } from './getLoyaltyCardPoints.js';
import { getLoyaltyCardTransactions } from './getLoyaltyCardTransactions.js';
import { getLoyaltyProgramProfilePoints } from './getLoyaltyProgramProfilePoints.js';
import { getLoyaltyProgramProfileTransactions } from './getLoyaltyProgramProfileTransactions.js';
import { getReservedCustomers } from './getReservedCustomers.js';
import { linkLoyaltyCardToProfile } from './linkLoyaltyCardToProfile.js';
import { reopenCustomerSession } from './reopenCustomerSession.js';
import { returnCartItems } from './returnCartItems.js';
import { syncCatalog } from './syncCatalog.js';
import { trackEventV2 } from './trackEventV2.js';
import { updateAudienceCustomersAttributes } from './updateAudienceCustomersAttributes.js';
import { updateAudienceV2 } from './updateAudienceV2.js';
import { updateCustomerProfileAudiences } from './updateCustomerProfileAudiences.js';
import { updateCustomerProfileV2 } from './updateCustomerProfileV2.js';
import { updateCustomerProfilesV2 } from './updateCustomerProfilesV2.js';
import { updateCustomerSessionV2 } from './updateCustomerSessionV2.js';

/** The sandbox's implementation of every operation, by operationId. */
export const handlers: { [Id in OperationId]: OperationHandler<Id> } = {
  createAudienceV2,
  createCouponReservation,
  createReferral,
  createReferralsForMultipleAdvocates,
  deleteAudienceMembershipsV2,
  deleteAudienceV2,
  deleteCouponReservation,
  deleteCustomerData,
  generateLoyaltyCard,
  getCustomerAchievementHistory,
  getCustomerAchievements,
  getCustomerInventory,
  getCustomerSession,
  getLoyaltyBalances,
  getLoyaltyCardBalances,
  getLoyaltyCardPoints,
  getLoyaltyCardTransactions,
  getLoyaltyProgramProfilePoints,
  getLoyaltyProgramProfileTransactions,
  getReservedCustomers,
  linkLoyaltyCardToProfile,
  reopenCustomerSession,
  returnCartItems,
  syncCatalog,
  trackEventV2,
  updateAudienceCustomersAttributes,
  updateAudienceV2,
  updateCustomerProfileAudiences,
  updateCustomerProfileV2,
  updateCustomerProfilesV2,
  updateCustomerSessionV2,
};
