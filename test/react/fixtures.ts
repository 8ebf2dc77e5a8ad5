// Answers of the Integration API reads and writes the React tests use. Every object satisfies its spec schema.
import type {
  AchievementProgress,
  AchievementStatusEntry,
  Audience,
  CardLedgerPointsEntryIntegrationAPI,
  CardLedgerTransactionLogEntryIntegrationAPI,
  Catalog,
  Coupon,
  CreatedReferralsPage,
  CustomerAchievementHistoryPage,
  CustomerAchievementsPage,
  CustomerInventory,
  CustomerProfile,
  CustomerProfileIntegrationResponseV2,
  IntegrationCustomerSessionResponse,
  IntegrationStateV2,
  LedgerPointsEntryIntegrationAPI,
  LedgerTransactionLogEntryIntegrationAPI,
  LoyaltyBalancesWithTiers,
  LoyaltyCard,
  LoyaltyCardBalances,
  LoyaltyCardPointsPage,
  LoyaltyCardTransactionsPage,
  LoyaltyProfilePointsPage,
  LoyaltyProfileTransactionsPage,
  MultipleCustomerProfileIntegrationResponseV2,
  Referral,
  ReopenSessionResponse,
  ReservedCustomersPage,
  TrackEventV2Response,
} from '../../src/schemas/index.js';

export const profile = (integrationId: string): CustomerProfile => ({
  id: integrationId === 'shopper-1' ? 48_211 : 48_212,
  created: '2023-11-20T16:03:00Z',
  integrationId,
  attributes: { Name: integrationId },
  accountId: 3,
  closedSessions: 12,
  totalSales: 1422.6,
  lastActivity: '2024-06-01T10:00:00Z',
});

export const sessionResponse = (
  customerSessionId: string,
  profileId: string,
  skus: string[] = ['SOCK-WOOL-42'],
): IntegrationCustomerSessionResponse => ({
  customerSession: {
    id: 912_345,
    created: '2024-06-01T09:58:12Z',
    integrationId: customerSessionId,
    applicationId: 17,
    profileId,
    couponCodes: [],
    state: 'open',
    cartItems: skus.map((sku) => ({ sku, quantity: 1, price: 10 })),
    attributes: {},
    firstSession: false,
    total: 10 * skus.length,
    cartItemTotal: 10 * skus.length,
    additionalCostTotal: 0,
    updated: '2024-06-01T10:00:00Z',
  },
  effects: [],
});

/** What `updateCustomerSessionV2` answers: the session it evaluated, with its cart. */
export const sessionState = (customerSessionId: string, profileId: string, skus?: string[]): IntegrationStateV2 => ({
  ...sessionResponse(customerSessionId, profileId, skus),
  effects: [],
  customerProfile: profile(profileId),
  createdCoupons: [],
  createdReferrals: [],
});

export const inventory: CustomerInventory = {
  profile: profile('shopper-1'),
  loyalty: {
    programs: {
      '7': {
        id: 7,
        title: 'Wool Club',
        name: 'wool_club',
        ledger: {
          currentBalance: 1250,
          pendingBalance: 194,
          expiredBalance: 0,
          spentBalance: 300,
          tentativeCurrentBalance: 1250,
        },
      },
    },
  },
};

export const achievement = (id: number): AchievementStatusEntry => ({
  id,
  created: '2024-01-01T00:00:00Z',
  name: `achievement_${id}`,
  title: `Achievement ${id}`,
  description: 'Buy three sweaters',
  target: 3,
  campaignId: 101,
  status: 'active',
  currentProgress: { status: 'inprogress', progress: 1 },
});

export const achievementsPage = (ids: number[], totalResultSize = ids.length): CustomerAchievementsPage => ({
  totalResultSize,
  data: ids.map(achievement),
});

const progress: AchievementProgress = {
  status: 'completed',
  progress: 3,
  startDate: '2024-01-02T00:00:00Z',
  completionDate: '2024-02-01T00:00:00Z',
};

export const achievementHistoryPage: CustomerAchievementHistoryPage = { totalResultSize: 1, data: [progress] };

export const loyaltyBalances: LoyaltyBalancesWithTiers = {
  balance: {
    activePoints: 1250,
    pendingPoints: 194,
    spentPoints: 300,
    expiredPoints: 0,
    currentTier: { id: 2, name: 'Silver' },
  },
  subledgerBalances: {},
};

export const cardBalances: LoyaltyCardBalances = {
  balance: { activePoints: 80, pendingPoints: 0, spentPoints: 20, expiredPoints: 0 },
  subledgerBalances: { a: { activePoints: 30 }, b: { activePoints: 50 } },
  profiles: [{ integrationId: 'shopper-1', timestamp: '2024-01-01T00:00:00Z' }],
};

const cardPoint: CardLedgerPointsEntryIntegrationAPI = {
  id: 1,
  created: '2024-05-01T00:00:00Z',
  programId: 7,
  customerProfileID: 'shopper-1',
  name: 'Welcome bonus',
  startDate: 'immediate',
  expiryDate: 'unlimited',
  subledgerId: '',
  amount: 100,
};

export const cardPointsPage: LoyaltyCardPointsPage = { hasMore: false, data: [cardPoint] };

export const cardTransaction = (id: number): CardLedgerTransactionLogEntryIntegrationAPI => ({
  created: '2024-05-01T00:00:00Z',
  programId: 7,
  cardIdentifier: 'CARD-1',
  type: 'addition',
  name: `Purchase ${id}`,
  startDate: 'immediate',
  expiryDate: 'unlimited',
  subledgerId: '',
  amount: id * 10,
  id,
});

export const cardTransactionsPage = (ids: number[], hasMore: boolean): LoyaltyCardTransactionsPage => ({
  hasMore,
  data: ids.map(cardTransaction),
});

const profilePoint: LedgerPointsEntryIntegrationAPI = {
  id: 2,
  created: '2024-05-01T00:00:00Z',
  programId: 7,
  name: 'Pending purchase points',
  startDate: '2024-07-01T00:00:00Z',
  expiryDate: 'unlimited',
  subledgerId: '',
  amount: 194,
};

export const profilePointsPage: LoyaltyProfilePointsPage = { hasMore: false, data: [profilePoint] };

const profileTransaction: LedgerTransactionLogEntryIntegrationAPI = {
  created: '2024-05-01T00:00:00Z',
  programId: 7,
  customerSessionId: 'session-1',
  type: 'subtraction',
  name: 'Redeemed for a discount',
  startDate: 'immediate',
  expiryDate: 'unlimited',
  subledgerId: '',
  amount: 300,
  id: 3,
};

export const profileTransactionsPage: LoyaltyProfileTransactionsPage = { hasMore: false, data: [profileTransaction] };

export const reservedCustomers = (integrationIds: string[]): ReservedCustomersPage => ({
  totalResultSize: integrationIds.length,
  data: integrationIds.map(profile),
});

export const coupon: Coupon = {
  id: 77_001,
  created: '2024-05-02T08:05:00Z',
  campaignId: 102,
  value: 'SUMMER-50',
  usageLimit: 1,
  usageCounter: 0,
  reservation: true,
};

export const referral: Referral = {
  id: 5,
  created: '2024-05-02T08:05:00Z',
  usageLimit: 1,
  campaignId: 102,
  advocateProfileIntegrationId: 'shopper-1',
  code: 'REF-ADA',
  usageCounter: 0,
};

export const createdReferrals: CreatedReferralsPage = { totalResultSize: 1, data: [referral] };

export const loyaltyCard: LoyaltyCard = {
  id: 9,
  created: '2024-05-02T08:05:00Z',
  programID: 7,
  status: 'active',
  identifier: 'CARD-1',
  usersPerCardLimit: 2,
  profiles: [{ integrationId: 'shopper-1', timestamp: '2024-06-01T00:00:00Z' }],
};

export const trackEventResponse: TrackEventV2Response = { effects: [], createdCoupons: [], createdReferrals: [] };

export const profileUpdateResponse: CustomerProfileIntegrationResponseV2 = {
  customerProfile: profile('shopper-1'),
  effects: [],
  createdCoupons: [],
  createdReferrals: [],
};

export const profilesUpdateResponse: MultipleCustomerProfileIntegrationResponseV2 = { integrationStates: [] };

export const reopenResponse: ReopenSessionResponse = { effects: [] };

export const audience: Audience = { accountId: 3, id: 42, created: '2024-01-01T00:00:00Z', name: 'VIP customers' };

export const catalog: Catalog = {
  id: 1,
  created: '2024-01-01T00:00:00Z',
  accountId: 3,
  modified: '2024-06-01T00:00:00Z',
  name: 'main',
  description: 'Main catalog',
  version: 4,
  createdBy: 5,
};
