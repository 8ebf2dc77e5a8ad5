// @vitest-environment node
// A refused request leaves the sandbox exactly as it was: bad input, unknown IDs, invalid state transitions and limits,
// across the operations, many of them refused only after part of the work was done (the second of two items, say).
// Each is sent directly to the engine and, on a twin, over MSW by a client that does not validate (so that bad input
// reaches the sandbox): the same status both ways, and the same snapshot before and after.
import { setupServer } from 'msw/node';
import { createTalonClient, TalonApiError } from '../../src/client/index.js';
import type { OperationId } from '../../src/client/routes.js';
import {
  createTalonSandbox,
  demo,
  demoSeed,
  SandboxError,
  type SandboxInput,
  type TalonSandbox,
} from '../../src/mock/index.js';
import { talonHandlers } from '../../src/mock/msw.js';
import { rejectionOf } from '../client/server.js';

const NOW = '2026-01-15T12:00:00.000Z';
const BASE = 'http://shop.test/api/talon';
const { ada, grace, vip } = demo.profiles;
const { points, cards } = demo.loyaltyPrograms;
const cart = [
  { sku: 'SNEAKERS', quantity: 1, price: 90 },
  { sku: 'COFFEE', quantity: 2, price: 15 },
];

/** The demo data, an open session `open-1` and a closed session `closed-1` of Ada. */
function prepared(): TalonSandbox {
  const sandbox = createTalonSandbox(demoSeed({ now: NOW }), { now: NOW });
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: 'open-1',
    body: { customerSession: { profileId: ada, cartItems: cart, couponCodes: [demo.coupons.valid] } },
  });
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: 'closed-1',
    body: { customerSession: { profileId: ada, cartItems: cart, state: 'closed' } },
  });
  return sandbox;
}

type Refusal = { [Id in OperationId]: [Id, SandboxInput<Id>, status: number, says: string] }[OperationId];

type SessionInput = SandboxInput<'updateCustomerSessionV2'>;

const session = (
  customerSessionId: string,
  customerSession: SessionInput['body']['customerSession'],
  query: Pick<SessionInput, 'dry' | 'now'> = {},
): ['updateCustomerSessionV2', SessionInput] => [
  'updateCustomerSessionV2',
  { customerSessionId, ...query, body: { customerSession } },
];

const refusals: Record<string, Refusal> = {
  'a cart item with quantity 0': [
    ...session('new-1', { profileId: ada, cartItems: [{ sku: 'MUG', quantity: 0 }] }),
    400,
    'quantity',
  ],
  '`now` without dry=true': [...session('new-1', { profileId: ada }, { now: '2026-02-01T00:00:00Z' }), 400, 'now'],
  '`now` in the past': [
    ...session('new-1', { profileId: ada }, { dry: true, now: '2025-02-01T00:00:00Z' }),
    400,
    'now must be a date in the future',
  ],
  'a closed session set back to open': [
    ...session('closed-1', { profileId: ada, cartItems: cart, state: 'open' }),
    400,
    'reopenCustomerSession',
  ],
  'a closed session whose cart changes': [
    ...session('closed-1', { profileId: ada, cartItems: [], state: 'closed' }),
    400,
    'closed-1',
  ],
  'a new session created partially returned': [
    ...session('new-1', { profileId: ada, cartItems: cart, state: 'partially_returned' }),
    400,
    'partially_returned',
  ],
  'returning items of an open session': [
    'returnCartItems',
    { customerSessionId: 'open-1', body: { return: { returnedCartItems: [{ position: 0 }] } } },
    400,
    'open-1',
  ],
  'returning a valid item and one at an unknown position': [
    'returnCartItems',
    { customerSessionId: 'closed-1', body: { return: { returnedCartItems: [{ position: 0 }, { position: 5 }] } } },
    400,
    'position 5',
  ],
  'returning more units than were bought, after a valid item': [
    'returnCartItems',
    {
      customerSessionId: 'closed-1',
      body: { return: { returnedCartItems: [{ position: 0 }, { position: 1, quantity: 3 }] } },
    },
    400,
    'quantity',
  ],
  'returning items of an unknown session': [
    'returnCartItems',
    { customerSessionId: 'nope', body: { return: { returnedCartItems: [{ position: 0 }] } } },
    404,
    '"nope"',
  ],
  'reopening an open session': ['reopenCustomerSession', { customerSessionId: 'open-1' }, 400, 'open-1'],
  'reading an unknown session': ['getCustomerSession', { customerSessionId: 'nope' }, 404, '"nope"'],
  'the inventory of an unknown profile (a read creates no profile)': [
    'getCustomerInventory',
    { integrationId: 'nobody', coupons: true },
    404,
    '"nobody"',
  ],
  'reserving an unknown coupon': [
    'createCouponReservation',
    { couponValue: 'NOPE', body: { integrationIDs: [grace] } },
    404,
    '"NOPE"',
  ],
  'deleting a reservation of an unknown coupon': [
    'deleteCouponReservation',
    { couponValue: 'NOPE', body: { integrationIDs: [ada] } },
    404,
    '"NOPE"',
  ],
  'a referral of an unknown campaign': [
    'createReferral',
    { body: { campaignId: 999, advocateProfileIntegrationId: grace } },
    404,
    '999',
  ],
  'referrals for many advocates of an unknown campaign': [
    'createReferralsForMultipleAdvocates',
    { body: { campaignId: 999, usageLimit: 1, advocateProfileIntegrationIds: [ada, grace] } },
    404,
    '999',
  ],
  'a card of a profile-based program': [
    'generateLoyaltyCard',
    { loyaltyProgramId: points, body: { customerProfileIds: [ada] } },
    400,
    'profile-based',
  ],
  'a card for more profiles than its user limit': [
    'generateLoyaltyCard',
    { loyaltyProgramId: cards, body: { customerProfileIds: [ada, grace, vip] } },
    400,
    'usersPerCardLimit',
  ],
  'linking a profile to a card at its user limit': [
    'linkLoyaltyCardToProfile',
    { loyaltyProgramId: cards, loyaltyCardId: demo.loyaltyCards.full, body: { integrationId: ada } },
    400,
    'usersPerCardLimit',
  ],
  'linking a profile to an unknown card': [
    'linkLoyaltyCardToProfile',
    { loyaltyProgramId: cards, loyaltyCardId: 'NOPE', body: { integrationId: ada } },
    404,
    '"NOPE"',
  ],
  'the balances of an unknown program': ['getLoyaltyBalances', { loyaltyProgramId: 99, integrationId: ada }, 404, '99'],
  'a catalog sync adding a new SKU, then one that exists': [
    'syncCatalog',
    {
      catalogId: demo.catalogs.store,
      body: {
        actions: [
          { type: 'ADD', payload: { sku: 'NEW-1', price: 1 } },
          { type: 'ADD', payload: { sku: 'MUG', price: 2 } },
        ],
      },
    },
    400,
    'MUG',
  ],
  'a catalog sync patching an item, then a missing one': [
    'syncCatalog',
    {
      catalogId: demo.catalogs.store,
      body: {
        actions: [
          { type: 'PATCH', payload: { sku: 'MUG', price: 1 } },
          { type: 'PATCH', payload: { sku: 'NOPE', price: 2 } },
        ],
      },
    },
    400,
    'NOPE',
  ],
  'a catalog sync with one SKU twice': [
    'syncCatalog',
    {
      catalogId: demo.catalogs.store,
      body: {
        actions: [
          { type: 'ADD', payload: { sku: 'NEW-1', price: 1 } },
          { type: 'ADD', payload: { sku: 'NEW-1', price: 2 } },
        ],
      },
    },
    400,
    'NEW-1',
  ],
  'a catalog sync mixing action types': [
    'syncCatalog',
    {
      catalogId: demo.catalogs.store,
      body: {
        actions: [
          { type: 'ADD', payload: { sku: 'NEW-1', price: 1 } },
          { type: 'REMOVE', payload: { sku: 'MUG' } },
        ],
      },
    },
    400,
    'one type of action',
  ],
  'audience changes: a valid one, then an unknown audience': [
    'updateCustomerProfileAudiences',
    {
      body: {
        data: [
          { action: 'add', profileIntegrationId: grace, audienceId: demo.audiences.vip },
          { action: 'add', profileIntegrationId: grace, audienceId: 99 },
        ],
      },
    },
    404,
    '99',
  ],
  'deleting an unknown audience': ['deleteAudienceV2', { audienceId: 99 }, 404, '99'],
  'renaming an unknown audience': ['updateAudienceV2', { audienceId: 99, body: { name: 'x' } }, 404, '99'],
  'attributes for the members of an unknown audience': [
    'updateAudienceCustomersAttributes',
    { audienceId: 99, body: { Segment: 'x' } },
    404,
    '99',
  ],
  'an audience without a name': ['createAudienceV2', { body: { name: '' } }, 400, 'name'],
  'more than 1000 profiles at once': [
    'updateCustomerProfilesV2',
    { body: { customerProfiles: Array.from({ length: 1001 }, (_, i) => ({ integrationId: `p${i}` })) } },
    400,
    '1000',
  ],
  'a dry profile update without the rule engine': [
    'updateCustomerProfileV2',
    { integrationId: ada, dry: true, runRuleEngine: false, body: { attributes: { Name: 'X' } } },
    400,
    'runRuleEngine',
  ],
  'an event without a type': ['trackEventV2', { body: { type: '', profileId: ada } }, 400, 'type'],
  'deleting the data of an unknown profile': ['deleteCustomerData', { integrationId: 'nobody' }, 404, '"nobody"'],
  'the history of an unknown achievement': [
    'getCustomerAchievementHistory',
    { integrationId: ada, achievementId: 99 },
    404,
    '99',
  ],
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const talon = createTalonClient({ baseUrl: BASE, retry: 0, validate: false });

it('covers a spread of the operations', () => {
  const covered = new Set(Object.values(refusals).map(([operationId]) => operationId));
  expect(covered.size).toBeGreaterThanOrEqual(20);
});

describe.each(Object.entries(refusals))('refusing %s', (_, [operationId, input, status, says]) => {
  it('directly: throws, naming what is wrong, and changes nothing', () => {
    const sandbox = prepared();
    const before = sandbox.snapshot();
    let refusal: unknown;
    try {
      (sandbox.call as (id: OperationId, input: unknown) => unknown)(operationId, input);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(SandboxError);
    expect(refusal).toMatchObject({ status, message: expect.stringContaining(says) });
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('over MSW: the same status and body, and nothing changes', async () => {
    const sandbox = prepared();
    server.use(...talonHandlers(sandbox, { baseUrl: BASE }));
    const before = sandbox.snapshot();
    const error = await rejectionOf((talon[operationId] as (input: unknown) => Promise<unknown>)(input));
    expect(error).toBeInstanceOf(TalonApiError);
    expect(error).toMatchObject({ status, body: { StatusCode: status, message: expect.stringContaining(says) } });
    expect(sandbox.snapshot()).toEqual(before);
  });
});

it('refuses malformed JSON over MSW and changes nothing', async () => {
  const sandbox = prepared();
  server.use(...talonHandlers(sandbox, { baseUrl: BASE }));
  const before = sandbox.snapshot();
  const response = await fetch(`${BASE}/v2/customer_sessions/open-1`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: '{"customerSession": {"profileId": "demo-shopper-1", "cartItems": [}}',
  });
  expect(response.status).toBe(400);
  expect(sandbox.snapshot()).toEqual(before);
});
