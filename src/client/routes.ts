// Every Integration API operation's method and path, by operationId. Query keys are built from these paths,
// so they live apart from the schemas: a key never pulls a schema into the bundle.
export const routes = {
  createAudienceV2: { method: 'POST', path: '/v2/audiences' },
  createCouponReservation: { method: 'POST', path: '/v1/coupon_reservations/{couponValue}' },
  createReferral: { method: 'POST', path: '/v1/referrals' },
  createReferralsForMultipleAdvocates: { method: 'POST', path: '/v1/referrals_for_multiple_advocates' },
  deleteAudienceMembershipsV2: { method: 'DELETE', path: '/v2/audiences/{audienceId}/memberships' },
  deleteAudienceV2: { method: 'DELETE', path: '/v2/audiences/{audienceId}' },
  deleteCouponReservation: { method: 'DELETE', path: '/v1/coupon_reservations/{couponValue}' },
  deleteCustomerData: { method: 'DELETE', path: '/v1/customer_data/{integrationId}' },
  generateLoyaltyCard: { method: 'POST', path: '/v1/loyalty_programs/{loyaltyProgramId}/cards' },
  getCustomerAchievementHistory: {
    method: 'GET',
    path: '/v1/customer_profiles/{integrationId}/achievements/{achievementId}',
    arrays: 'csv',
  },
  getCustomerAchievements: { method: 'GET', path: '/v1/customer_profiles/{integrationId}/achievements', arrays: 'csv' },
  getCustomerInventory: { method: 'GET', path: '/v1/customer_profiles/{integrationId}/inventory' },
  getCustomerSession: { method: 'GET', path: '/v2/customer_sessions/{customerSessionId}' },
  getLoyaltyBalances: {
    method: 'GET',
    path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances',
  },
  getLoyaltyCardBalances: {
    method: 'GET',
    path: '/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances',
  },
  getLoyaltyCardPoints: { method: 'GET', path: '/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/points' },
  getLoyaltyCardTransactions: {
    method: 'GET',
    path: '/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/transactions',
  },
  getLoyaltyProgramProfilePoints: {
    method: 'GET',
    path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/points',
  },
  getLoyaltyProgramProfileTransactions: {
    method: 'GET',
    path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/transactions',
  },
  getReservedCustomers: { method: 'GET', path: '/v1/coupon_reservations/customerprofiles/{couponValue}' },
  linkLoyaltyCardToProfile: {
    method: 'POST',
    path: '/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile',
  },
  reopenCustomerSession: { method: 'PUT', path: '/v2/customer_sessions/{customerSessionId}/reopen' },
  returnCartItems: { method: 'POST', path: '/v2/customer_sessions/{customerSessionId}/returns' },
  syncCatalog: { method: 'PUT', path: '/v1/catalogs/{catalogId}/sync' },
  trackEventV2: { method: 'POST', path: '/v2/events' },
  updateAudienceCustomersAttributes: { method: 'PUT', path: '/v2/audience_customers/{audienceId}/attributes' },
  updateAudienceV2: { method: 'PUT', path: '/v2/audiences/{audienceId}' },
  updateCustomerProfileAudiences: { method: 'POST', path: '/v2/customer_audiences' },
  updateCustomerProfileV2: { method: 'PUT', path: '/v2/customer_profiles/{integrationId}' },
  updateCustomerProfilesV2: { method: 'PUT', path: '/v2/customer_profiles' },
  updateCustomerSessionV2: { method: 'PUT', path: '/v2/customer_sessions/{customerSessionId}' },
} as const satisfies Record<string, Route>;

/** How one operation is reached. Array query parameters repeat the name unless `arrays` is `csv`. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  arrays?: 'csv';
}

/** The operationId of one of the 31 Integration API operations. */
export type OperationId = keyof typeof routes;
