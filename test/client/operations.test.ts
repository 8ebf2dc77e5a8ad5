import { http, HttpResponse } from 'msw';
import type {
  OperationInput,
  OperationOutput,
  TalonClient,
  UpdateCustomerSessionV2Input,
} from '../../src/client/index.js';
import { routes, type OperationId } from '../../src/client/routes.js';
import type * as operations from '../../src/client/operations/index.js';
import {
  customerSessionResponse,
  integrationState,
  reopenSessionResponse,
  returnState,
} from '../fixtures/integrationState.js';
import {
  loyaltyBalances,
  loyaltyCard,
  loyaltyCardBalances,
  loyaltyCardPointsPage,
  loyaltyCardTransactionsPage,
  loyaltyProfilePointsPage,
  loyaltyProfileTransactionsPage,
} from '../fixtures/loyalty.js';
import { audience, catalog, coupon, createdReferralsPage, referral } from '../fixtures/management.js';
import {
  achievementHistoryPage,
  achievementsPage,
  customerInventory,
  customerProfileResponse,
  multipleProfilesResponse,
  reservedCustomersPage,
  trackEventResponse,
} from '../fixtures/profiles.js';
import { BASE_PATH, BASE_URL, requests, server, startServer } from '../msw.js';
import { capture, createClient, type CapturedRequest } from './server.js';

startServer();

type Operations = typeof operations;

// A value with every character that must be percent-encoded in a path segment: / ? # % space and non-ASCII.
const couponValue = 'SUMMER/50 %?#ü';
const encodedCouponValue = 'SUMMER%2F50%20%25%3F%23%C3%BC';

interface Case {
  operation: OperationId;
  title: string;
  call: (client: TalonClient) => Promise<unknown>;
  /** What must reach the server; `path` is below the base path, raw. */
  request: { method: string; path: string; query: string; body: unknown };
  status: number;
  response: unknown;
}

/** One case: a typed input for `operation`, the exact request it must make, and the answer to give. */
function operationCase<K extends OperationId>(
  operation: K,
  spec: {
    title?: string;
    input: OperationInput<Operations[K]>;
    request: Case['request'];
    status: number;
    response?: NonNullable<OperationOutput<Operations[K]>>;
  },
): Case {
  return {
    operation,
    title: spec.title ?? operation,
    // TypeScript cannot relate `client[operation]` to `spec.input` through the generic K; both are keyed by K.
    call: (client) => (client[operation] as (input: OperationInput<Operations[K]>) => Promise<unknown>)(spec.input),
    request: spec.request,
    status: spec.status,
    response: spec.response,
  };
}

const dryRunTime = '2024-06-01T12:00:00+02:00';
const encodedDryRunTime = '2024-06-01T12%3A00%3A00%2B02%3A00';

const cartUpdate: UpdateCustomerSessionV2Input['body'] = {
  customerSession: {
    profileId: 'shopper-1',
    couponCodes: ['SUMMER-50', 'EXPIRED2023'],
    state: 'open',
    cartItems: [
      { name: 'Merino crew sweater', sku: 'SW-MERINO-M-NAVY', quantity: 2, price: 89.9 },
      { name: 'Wool socks', sku: 'SOCK-WOOL-42', quantity: 1, price: 14.5 },
    ],
    additionalCosts: { shipping: { price: 4.95 } },
    attributes: { ShippingCity: 'Berlin' },
  },
  responseContent: [
    'customerSession',
    'customerProfile',
    'coupons',
    'triggeredCampaigns',
    'loyalty',
    'ruleFailureReasons',
  ],
};

const cases: Case[] = [
  operationCase('createAudienceV2', {
    input: {
      body: {
        name: 'VIP customers',
        description: 'Spent over 1000 EUR in the last year',
        integration: 'segment',
        integrationId: 'vip-2024',
        createdIn3rdParty: true,
      },
    },
    request: {
      method: 'POST',
      path: '/v2/audiences',
      query: '',
      body: {
        name: 'VIP customers',
        description: 'Spent over 1000 EUR in the last year',
        integration: 'segment',
        integrationId: 'vip-2024',
        createdIn3rdParty: true,
      },
    },
    status: 201,
    response: audience,
  }),
  operationCase('createCouponReservation', {
    input: { couponValue, body: { integrationIDs: ['shopper-1', 'shopper-2'] } },
    request: {
      method: 'POST',
      path: `/v1/coupon_reservations/${encodedCouponValue}`,
      query: '',
      body: { integrationIDs: ['shopper-1', 'shopper-2'] },
    },
    status: 201,
    response: coupon,
  }),
  operationCase('createReferral', {
    input: {
      body: {
        campaignId: 110,
        advocateProfileIntegrationId: 'shopper-1',
        friendProfileIntegrationId: 'shopper-9',
        startDate: '2024-06-01T00:00:00Z',
        expiryDate: '2024-12-31T23:59:59Z',
        usageLimit: 5,
        attributes: { channel: 'email' },
      },
    },
    request: {
      method: 'POST',
      path: '/v1/referrals',
      query: '',
      body: {
        campaignId: 110,
        advocateProfileIntegrationId: 'shopper-1',
        friendProfileIntegrationId: 'shopper-9',
        startDate: '2024-06-01T00:00:00Z',
        expiryDate: '2024-12-31T23:59:59Z',
        usageLimit: 5,
        attributes: { channel: 'email' },
      },
    },
    status: 201,
    response: referral,
  }),
  operationCase('createReferralsForMultipleAdvocates', {
    title: 'createReferralsForMultipleAdvocates (silent=no: 201 with the referrals)',
    input: {
      silent: 'no',
      body: { campaignId: 110, usageLimit: 1, advocateProfileIntegrationIds: ['shopper-1', 'shopper-2'] },
    },
    request: {
      method: 'POST',
      path: '/v1/referrals_for_multiple_advocates',
      query: 'silent=no',
      body: { campaignId: 110, usageLimit: 1, advocateProfileIntegrationIds: ['shopper-1', 'shopper-2'] },
    },
    status: 201,
    response: createdReferralsPage,
  }),
  operationCase('deleteAudienceMembershipsV2', {
    input: { audienceId: 42 },
    request: { method: 'DELETE', path: '/v2/audiences/42/memberships', query: '', body: undefined },
    status: 204,
  }),
  operationCase('deleteAudienceV2', {
    input: { audienceId: 42 },
    request: { method: 'DELETE', path: '/v2/audiences/42', query: '', body: undefined },
    status: 204,
  }),
  operationCase('deleteCouponReservation', {
    input: { couponValue, body: { integrationIDs: ['shopper-2'] } },
    request: {
      method: 'DELETE',
      path: `/v1/coupon_reservations/${encodedCouponValue}`,
      query: '',
      body: { integrationIDs: ['shopper-2'] },
    },
    status: 204,
  }),
  operationCase('deleteCustomerData', {
    input: { integrationId: 'müller/ext?id=1#a' },
    request: { method: 'DELETE', path: '/v1/customer_data/m%C3%BCller%2Fext%3Fid%3D1%23a', query: '', body: undefined },
    status: 204,
  }),
  operationCase('generateLoyaltyCard', {
    input: {
      loyaltyProgramId: 7,
      body: { status: 'active', customerProfileIds: ['shopper-1'], cardIdentifier: 'CARD-0001' },
    },
    request: {
      method: 'POST',
      path: '/v1/loyalty_programs/7/cards',
      query: '',
      body: { status: 'active', customerProfileIds: ['shopper-1'], cardIdentifier: 'CARD-0001' },
    },
    status: 200,
    response: loyaltyCard,
  }),
  operationCase('getCustomerAchievementHistory', {
    input: {
      integrationId: 'shopper 1',
      achievementId: 12,
      progressStatus: ['inprogress', 'completed'],
      startDate: '2024-01-01T00:00:00Z',
      endDate: dryRunTime,
      pageSize: 50,
      skip: 0,
    },
    request: {
      method: 'GET',
      path: '/v1/customer_profiles/shopper%201/achievements/12',
      query: `progressStatus=inprogress,completed&startDate=2024-01-01T00%3A00%3A00Z&endDate=${encodedDryRunTime}&pageSize=50&skip=0`,
      body: undefined,
    },
    status: 200,
    response: achievementHistoryPage,
  }),
  operationCase('getCustomerAchievements', {
    input: {
      integrationId: 'shopper-1',
      campaignIds: ['105', '106'],
      achievementIds: ['12'],
      achievementStatus: ['active', 'scheduled'],
      currentProgressStatus: ['inprogress', 'not_started'],
      pageSize: 20,
      skip: 40,
    },
    request: {
      method: 'GET',
      path: '/v1/customer_profiles/shopper-1/achievements',
      query:
        'campaignIds=105,106&achievementIds=12&achievementStatus=active,scheduled' +
        '&currentProgressStatus=inprogress,not_started&pageSize=20&skip=40',
      body: undefined,
    },
    status: 200,
    response: achievementsPage([12]),
  }),
  operationCase('getCustomerInventory', {
    input: {
      integrationId: 'shopper-1',
      profile: true,
      referrals: true,
      coupons: true,
      loyalty: false,
      giveaways: false,
      achievements: true,
    },
    request: {
      method: 'GET',
      path: '/v1/customer_profiles/shopper-1/inventory',
      query: 'profile=true&referrals=true&coupons=true&loyalty=false&giveaways=false&achievements=true',
      body: undefined,
    },
    status: 200,
    response: customerInventory,
  }),
  operationCase('getCustomerSession', {
    input: { customerSessionId: 'session #42/ü' },
    request: { method: 'GET', path: '/v2/customer_sessions/session%20%2342%2F%C3%BC', query: '', body: undefined },
    status: 200,
    response: customerSessionResponse,
  }),
  operationCase('getLoyaltyBalances', {
    input: {
      loyaltyProgramId: 7,
      integrationId: 'shopper-1',
      endDate: '2024-12-31T23:59:59Z',
      subledgerId: 'eu-subledger',
      includeTiers: true,
      includeProjectedTier: true,
    },
    request: {
      method: 'GET',
      path: '/v1/loyalty_programs/7/profile/shopper-1/balances',
      query: 'endDate=2024-12-31T23%3A59%3A59Z&subledgerId=eu-subledger&includeTiers=true&includeProjectedTier=true',
      body: undefined,
    },
    status: 200,
    response: loyaltyBalances,
  }),
  operationCase('getLoyaltyCardBalances', {
    input: {
      loyaltyProgramId: 7,
      loyaltyCardId: 'CARD 0001/ü',
      endDate: '2024-12-31T23:59:59Z',
      subledgerId: ['a', 'b'],
    },
    request: {
      method: 'GET',
      path: '/v1/loyalty_programs/7/cards/CARD%200001%2F%C3%BC/balances',
      query: 'endDate=2024-12-31T23%3A59%3A59Z&subledgerId=a&subledgerId=b',
      body: undefined,
    },
    status: 200,
    response: loyaltyCardBalances,
  }),
  operationCase('getLoyaltyCardPoints', {
    input: {
      loyaltyProgramId: 7,
      loyaltyCardId: 'CARD-0001',
      status: 'active',
      subledgerId: ['main', 'eu'],
      pageSize: 100,
      skip: 0,
    },
    request: {
      method: 'GET',
      path: '/v1/loyalty_programs/7/cards/CARD-0001/points',
      query: 'status=active&subledgerId=main&subledgerId=eu&pageSize=100&skip=0',
      body: undefined,
    },
    status: 200,
    response: loyaltyCardPointsPage,
  }),
  operationCase('getLoyaltyCardTransactions', {
    input: {
      loyaltyProgramId: 7,
      loyaltyCardId: 'CARD%0001',
      subledgerId: ['a', 'b'],
      loyaltyTransactionType: 'session',
      startDate: '2024-01-01T00:00:00Z',
      endDate: '2024-06-30T23:59:59Z',
      pageSize: 10,
      skip: 20,
    },
    request: {
      method: 'GET',
      path: '/v1/loyalty_programs/7/cards/CARD%250001/transactions',
      query:
        'subledgerId=a&subledgerId=b&loyaltyTransactionType=session&startDate=2024-01-01T00%3A00%3A00Z' +
        '&endDate=2024-06-30T23%3A59%3A59Z&pageSize=10&skip=20',
      body: undefined,
    },
    status: 200,
    response: loyaltyCardTransactionsPage,
  }),
  operationCase('getLoyaltyProgramProfilePoints', {
    input: {
      loyaltyProgramId: 7,
      integrationId: 'shopper-1',
      status: 'pending',
      subledgerId: 'eu',
      pageSize: 1000,
      skip: 5,
    },
    request: {
      method: 'GET',
      path: '/v1/loyalty_programs/7/profile/shopper-1/points',
      query: 'status=pending&subledgerId=eu&pageSize=1000&skip=5',
      body: undefined,
    },
    status: 200,
    response: loyaltyProfilePointsPage,
  }),
  operationCase('getLoyaltyProgramProfileTransactions', {
    input: {
      loyaltyProgramId: 7,
      integrationId: 'ada@example.com',
      subledgerId: '',
      loyaltyTransactionType: 'manual',
      startDate: '2024-03-01T00:00:00Z',
      endDate: '2024-03-31T23:59:59Z',
      pageSize: 1,
      skip: 0,
    },
    request: {
      method: 'GET',
      path: '/v1/loyalty_programs/7/profile/ada%40example.com/transactions',
      query:
        'subledgerId=&loyaltyTransactionType=manual&startDate=2024-03-01T00%3A00%3A00Z' +
        '&endDate=2024-03-31T23%3A59%3A59Z&pageSize=1&skip=0',
      body: undefined,
    },
    status: 200,
    response: loyaltyProfileTransactionsPage,
  }),
  operationCase('getReservedCustomers', {
    input: { couponValue },
    request: {
      method: 'GET',
      path: `/v1/coupon_reservations/customerprofiles/${encodedCouponValue}`,
      query: '',
      body: undefined,
    },
    status: 200,
    response: reservedCustomersPage,
  }),
  operationCase('linkLoyaltyCardToProfile', {
    input: { loyaltyProgramId: 7, loyaltyCardId: 'CARD-0001', body: { integrationId: 'shopper-1' } },
    request: {
      method: 'POST',
      path: '/v2/loyalty_programs/7/cards/CARD-0001/link_profile',
      query: '',
      body: { integrationId: 'shopper-1' },
    },
    status: 200,
    response: loyaltyCard,
  }),
  operationCase('reopenCustomerSession', {
    input: { customerSessionId: 'session-2024-06-01-0042' },
    request: {
      method: 'PUT',
      path: '/v2/customer_sessions/session-2024-06-01-0042/reopen',
      query: '',
      body: undefined,
    },
    status: 200,
    response: reopenSessionResponse,
  }),
  operationCase('returnCartItems', {
    input: {
      dry: true,
      customerSessionId: 'session-2024-06-01-0042',
      body: {
        return: { returnedCartItems: [{ position: 1, quantity: 1 }] },
        responseContent: ['customerSession', 'previousReturns'],
      },
    },
    request: {
      method: 'POST',
      path: '/v2/customer_sessions/session-2024-06-01-0042/returns',
      query: 'dry=true',
      body: {
        return: { returnedCartItems: [{ position: 1, quantity: 1 }] },
        responseContent: ['customerSession', 'previousReturns'],
      },
    },
    status: 200,
    response: returnState,
  }),
  operationCase('syncCatalog', {
    input: {
      catalogId: 6,
      body: {
        actions: [
          { type: 'ADD', payload: { sku: 'SW-MERINO-L-NAVY', price: 89.9, attributes: { color: 'navy' } } },
          { type: 'REMOVE', payload: { sku: 'SW-ACRYLIC-M' } },
        ],
        version: 4,
      },
    },
    request: {
      method: 'PUT',
      path: '/v1/catalogs/6/sync',
      query: '',
      body: {
        actions: [
          { type: 'ADD', payload: { sku: 'SW-MERINO-L-NAVY', price: 89.9, attributes: { color: 'navy' } } },
          { type: 'REMOVE', payload: { sku: 'SW-ACRYLIC-M' } },
        ],
        version: 4,
      },
    },
    status: 200,
    response: catalog,
  }),
  operationCase('trackEventV2', {
    title: 'trackEventV2 (silent=no: 200 with the state)',
    input: {
      silent: 'no',
      dry: false,
      forceCompleteEvaluation: true,
      body: {
        profileId: 'shopper-1',
        type: 'productReviewed',
        attributes: { rating: 5, sku: 'SW-MERINO-M-NAVY' },
        responseContent: ['customerProfile', 'triggeredCampaigns'],
      },
    },
    request: {
      method: 'POST',
      path: '/v2/events',
      query: 'silent=no&dry=false&forceCompleteEvaluation=true',
      body: {
        profileId: 'shopper-1',
        type: 'productReviewed',
        attributes: { rating: 5, sku: 'SW-MERINO-M-NAVY' },
        responseContent: ['customerProfile', 'triggeredCampaigns'],
      },
    },
    status: 200,
    response: trackEventResponse,
  }),
  operationCase('updateAudienceCustomersAttributes', {
    input: { audienceId: 42, body: { Tier: 'gold', Newsletter: true } },
    request: {
      method: 'PUT',
      path: '/v2/audience_customers/42/attributes',
      query: '',
      body: { Tier: 'gold', Newsletter: true },
    },
    status: 204,
  }),
  operationCase('updateAudienceV2', {
    input: { audienceId: 42, body: { name: 'VIP customers' } },
    request: { method: 'PUT', path: '/v2/audiences/42', query: '', body: { name: 'VIP customers' } },
    status: 200,
    response: audience,
  }),
  operationCase('updateCustomerProfileAudiences', {
    input: {
      body: {
        data: [
          { action: 'add', profileIntegrationId: 'shopper-1', audienceId: 42 },
          { action: 'delete', profileIntegrationId: 'shopper-2', audienceId: 42 },
        ],
      },
    },
    request: {
      method: 'POST',
      path: '/v2/customer_audiences',
      query: '',
      body: {
        data: [
          { action: 'add', profileIntegrationId: 'shopper-1', audienceId: 42 },
          { action: 'delete', profileIntegrationId: 'shopper-2', audienceId: 42 },
        ],
      },
    },
    status: 204,
  }),
  operationCase('updateCustomerProfileV2', {
    input: {
      integrationId: 'shopper/1 ü',
      runRuleEngine: true,
      dry: false,
      body: {
        attributes: { Newsletter: true },
        audiencesChanges: { adds: [42], deletes: [7] },
        responseContent: ['customerProfile', 'loyalty'],
      },
    },
    request: {
      method: 'PUT',
      path: '/v2/customer_profiles/shopper%2F1%20%C3%BC',
      query: 'runRuleEngine=true&dry=false',
      body: {
        attributes: { Newsletter: true },
        audiencesChanges: { adds: [42], deletes: [7] },
        responseContent: ['customerProfile', 'loyalty'],
      },
    },
    status: 200,
    response: customerProfileResponse,
  }),
  operationCase('updateCustomerProfilesV2', {
    title: 'updateCustomerProfilesV2 (silent=no: 200 with the states)',
    input: {
      silent: 'no',
      body: {
        customerProfiles: [
          { integrationId: 'shopper-1', attributes: { Newsletter: true } },
          { integrationId: 'shopper-2' },
        ],
      },
    },
    request: {
      method: 'PUT',
      path: '/v2/customer_profiles',
      query: 'silent=no',
      body: {
        customerProfiles: [
          { integrationId: 'shopper-1', attributes: { Newsletter: true } },
          { integrationId: 'shopper-2' },
        ],
      },
    },
    status: 200,
    response: multipleProfilesResponse,
  }),
  operationCase('updateCustomerSessionV2', {
    input: {
      dry: true,
      customerSessionId: couponValue,
      now: dryRunTime,
      body: cartUpdate,
    },
    request: {
      method: 'PUT',
      path: `/v2/customer_sessions/${encodedCouponValue}`,
      query: `dry=true&now=${encodedDryRunTime}`,
      body: cartUpdate,
    },
    status: 200,
    response: integrationState,
  }),
];

// More cases for operations whose answer or query depends on their parameters.
const variants: Case[] = [
  operationCase('trackEventV2', {
    title: 'trackEventV2 (silent by default: 204, resolves to undefined)',
    input: { body: { profileId: 'shopper-1', type: 'pageViewed' } },
    request: { method: 'POST', path: '/v2/events', query: '', body: { profileId: 'shopper-1', type: 'pageViewed' } },
    status: 204,
  }),
  operationCase('trackEventV2', {
    title: 'trackEventV2 (silent=yes, dry=true: 204)',
    input: { silent: 'yes', dry: true, body: { type: 'pageViewed' } },
    request: { method: 'POST', path: '/v2/events', query: 'silent=yes&dry=true', body: { type: 'pageViewed' } },
    status: 204,
  }),
  operationCase('updateCustomerProfilesV2', {
    title: 'updateCustomerProfilesV2 (silent=yes: 204)',
    input: { silent: 'yes', body: { customerProfiles: [{ integrationId: 'shopper-1' }] } },
    request: {
      method: 'PUT',
      path: '/v2/customer_profiles',
      query: 'silent=yes',
      body: { customerProfiles: [{ integrationId: 'shopper-1' }] },
    },
    status: 204,
  }),
  operationCase('createReferralsForMultipleAdvocates', {
    title: 'createReferralsForMultipleAdvocates (silent by default: 204)',
    input: { body: { campaignId: 110, usageLimit: 1, advocateProfileIntegrationIds: ['shopper-1'] } },
    request: {
      method: 'POST',
      path: '/v1/referrals_for_multiple_advocates',
      query: '',
      body: { campaignId: 110, usageLimit: 1, advocateProfileIntegrationIds: ['shopper-1'] },
    },
    status: 204,
  }),
  operationCase('updateCustomerSessionV2', {
    title: 'updateCustomerSessionV2 (no query parameters, dry=false)',
    input: { customerSessionId: 'session-2024-06-01-0042', dry: false, body: { customerSession: { state: 'closed' } } },
    request: {
      method: 'PUT',
      path: '/v2/customer_sessions/session-2024-06-01-0042',
      query: 'dry=false',
      body: { customerSession: { state: 'closed' } },
    },
    status: 200,
    response: integrationState,
  }),
  operationCase('getCustomerAchievements', {
    title: 'getCustomerAchievements (csv items are encoded one by one, commas between them are not)',
    input: { integrationId: 'shopper-1', campaignIds: ['a,b', 'c d'], achievementStatus: ['active'] },
    request: {
      method: 'GET',
      path: '/v1/customer_profiles/shopper-1/achievements',
      query: 'campaignIds=a%2Cb,c%20d&achievementStatus=active',
      body: undefined,
    },
    status: 200,
    response: achievementsPage([12]),
  }),
  operationCase('getLoyaltyCardPoints', {
    title: 'getLoyaltyCardPoints (repeated subledgerId items are encoded)',
    input: { loyaltyProgramId: 7, loyaltyCardId: 'CARD-0001', subledgerId: ['eu/north', 'a&b'] },
    request: {
      method: 'GET',
      path: '/v1/loyalty_programs/7/cards/CARD-0001/points',
      query: 'subledgerId=eu%2Fnorth&subledgerId=a%26b',
      body: undefined,
    },
    status: 200,
    response: loyaltyCardPointsPage,
  }),
];

function answer(status: number, response: unknown) {
  return response === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(response, { status });
}

async function run(testCase: Case): Promise<{ captured: CapturedRequest[]; result: unknown }> {
  const captured: CapturedRequest[] = [];
  server.use(
    http.all(`${BASE_URL}/*`, async ({ request }) => {
      captured.push(await capture(request));
      return answer(testCase.status, testCase.response);
    }),
  );
  const result = await testCase.call(createClient());
  return { captured, result };
}

function expectExactRequest(captured: CapturedRequest[], expected: Case['request']) {
  expect(captured).toHaveLength(1);
  const [request] = captured as [CapturedRequest];
  expect(request.method).toBe(expected.method);
  expect(request.pathname).toBe(BASE_PATH + expected.path);
  expect(request.query).toBe(expected.query);
  expect(request.body).toStrictEqual(expected.body);
  expect(request.contentType).toBe(expected.body === undefined ? null : 'application/json');
}

describe('the operations table', () => {
  it('has one case per operation, in the order of routes', () => {
    expect(cases).toHaveLength(31);
    expect(cases.map((c) => c.operation)).toStrictEqual(Object.keys(routes));
  });

  it('uses the method of each route', () => {
    for (const c of [...cases, ...variants]) expect(c.request.method, c.title).toBe(routes[c.operation].method);
  });
});

describe.each(cases)('$title', (testCase) => {
  it('sends the exact request and resolves to the parsed answer', async () => {
    const { captured, result } = await run(testCase);
    expectExactRequest(captured, testCase.request);
    expect(requests).toHaveLength(1);
    expect(result).toStrictEqual(testCase.status === 204 ? undefined : testCase.response);
  });
});

describe.each(variants)('$title', (testCase) => {
  it('sends the exact request and resolves to the parsed answer', async () => {
    const { captured, result } = await run(testCase);
    expectExactRequest(captured, testCase.request);
    expect(result).toStrictEqual(testCase.status === 204 ? undefined : testCase.response);
  });
});

describe('204 answers', () => {
  it.each([
    'deleteAudienceV2',
    'deleteAudienceMembershipsV2',
    'deleteCustomerData',
    'deleteCouponReservation',
    'updateCustomerProfileAudiences',
    'updateAudienceCustomersAttributes',
  ] as const)('%s resolves to undefined', async (operation) => {
    const testCase = cases.find((c) => c.operation === operation);
    expect(testCase?.status).toBe(204);
    const { result } = await run(testCase!);
    expect(result).toBeUndefined();
  });
});
