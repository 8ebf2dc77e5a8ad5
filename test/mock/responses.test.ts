// @vitest-environment node
// Every one of the 31 operations, called through the kit's client (which validates each response against its zod
// schema) against the demo data, once through MSW and once through the real server. Each call is also made directly
// on a twin sandbox (same seed, same clock): over HTTP it must answer exactly what the engine answers, and leave the
// sandbox in exactly the same state.
import { setupServer } from 'msw/node';
import * as z from 'zod/mini';
import { createTalonClient, type TalonClient } from '../../src/client/index.js';
import * as operations from '../../src/client/operations/index.js';
import type { OperationId } from '../../src/client/routes.js';
import {
  createTalonSandbox,
  demo,
  demoSeed,
  startTalonSandboxServer,
  type SandboxInput,
  type SandboxOutput,
  type TalonSandbox,
  type TalonSandboxServer,
} from '../../src/mock/index.js';
import { talonHandlers } from '../../src/mock/msw.js';

const NOW = '2026-01-15T12:00:00.000Z';
const MSW_BASE = 'http://shop.test/api/talon';
const { ada, grace } = demo.profiles;

const fresh = () => createTalonSandbox(demoSeed({ now: NOW }), { now: NOW });

/** A call made before the one under test, on both sandboxes: a session to read, close or return, say. */
type Step = { [Id in OperationId]: [Id, SandboxInput<Id>] }[OperationId];

interface Case<Id extends OperationId> {
  before?: Step[];
  input: SandboxInput<Id>;
  /** What shows that the answer is the real one, beyond its shape. */
  check(output: SandboxOutput<Id>, sandbox: TalonSandbox): void;
}

const cart = [
  { sku: 'SNEAKERS', name: 'Sneakers', quantity: 1, price: 90, category: 'shoes', attributes: { category: 'shoes' } },
  {
    sku: 'COFFEE',
    name: 'Coffee beans',
    quantity: 2,
    price: 15,
    category: 'drinks',
    attributes: { category: 'drinks' },
  },
];
const openSession: Step = [
  'updateCustomerSessionV2',
  {
    customerSessionId: 'order-1',
    body: { customerSession: { profileId: ada, couponCodes: ['WELCOME10'], cartItems: cart } },
  },
];
const closeSession: Step = [
  'updateCustomerSessionV2',
  {
    customerSessionId: 'order-1',
    body: { customerSession: { profileId: ada, couponCodes: ['WELCOME10'], cartItems: cart, state: 'closed' } },
  },
];

const cases: { [Id in OperationId]: Case<Id> } = {
  createAudienceV2: {
    input: { body: { name: 'Newsletter', description: 'Signed up' } },
    check: (audience, sandbox) => {
      expect(audience.name).toBe('Newsletter');
      expect(sandbox.state.audiences.get(audience.id)?.name).toBe('Newsletter');
    },
  },
  createCouponReservation: {
    input: { couponValue: demo.coupons.valid, body: { integrationIDs: [grace] } },
    check: (coupon) => expect(coupon.value).toBe(demo.coupons.valid),
  },
  createReferral: {
    input: { body: { campaignId: demo.campaigns.referrals, advocateProfileIntegrationId: grace, usageLimit: 3 } },
    check: (referral) => expect(referral).toMatchObject({ advocateProfileIntegrationId: grace, usageLimit: 3 }),
  },
  createReferralsForMultipleAdvocates: {
    input: {
      silent: 'no',
      body: { campaignId: demo.campaigns.referrals, usageLimit: 1, advocateProfileIntegrationIds: [ada, grace] },
    },
    check: (referrals) => {
      expect(referrals?.totalResultSize).toBe(2);
      expect(referrals?.data.map((r) => r.advocateProfileIntegrationId).sort()).toEqual([ada, grace]);
    },
  },
  deleteAudienceMembershipsV2: {
    input: { audienceId: demo.audiences.vip },
    check: (output, sandbox) => {
      expect(output).toBeUndefined();
      expect(sandbox.state.profiles.get(demo.profiles.vip)?.audiences).toEqual({});
    },
  },
  deleteAudienceV2: {
    input: { audienceId: demo.audiences.vip },
    check: (output, sandbox) => {
      expect(output).toBeUndefined();
      expect(sandbox.state.audiences.get(demo.audiences.vip)).toBeUndefined();
    },
  },
  deleteCouponReservation: {
    input: { couponValue: demo.coupons.reserved, body: { integrationIDs: [ada] } },
    check: (output) => expect(output).toBeUndefined(),
  },
  deleteCustomerData: {
    input: { integrationId: grace },
    check: (output, sandbox) => {
      expect(output).toBeUndefined();
      expect(sandbox.state.profiles.get(grace)?.attributes).toEqual({});
    },
  },
  generateLoyaltyCard: {
    input: { loyaltyProgramId: demo.loyaltyPrograms.cards, body: { status: 'active', customerProfileIds: [ada] } },
    check: (card) => {
      expect(card.identifier).toMatch(/^DEMO-\d{4}-\d{4}$/);
      expect(card.profiles?.map((p) => p.integrationId)).toEqual([ada]);
    },
  },
  getCustomerAchievementHistory: {
    input: { integrationId: ada, achievementId: demo.achievements.placeOrders },
    check: (history) => expect(history.data.length).toBeGreaterThan(0),
  },
  getCustomerAchievements: {
    input: { integrationId: ada, achievementStatus: ['active'], pageSize: 10 },
    check: (page) => expect(page.data.map((a) => a.id)).toContain(demo.achievements.placeOrders),
  },
  getCustomerInventory: {
    input: {
      integrationId: ada,
      profile: true,
      referrals: true,
      coupons: true,
      loyalty: true,
      giveaways: true,
      achievements: true,
    },
    check: (inventory) => {
      expect(inventory.profile?.integrationId).toBe(ada);
      expect(inventory.coupons?.map((c) => c.value)).toContain(demo.coupons.reserved);
      expect(inventory.referrals?.map((r) => r.code)).toContain(demo.referrals.ada);
    },
  },
  getCustomerSession: {
    before: [openSession],
    input: { customerSessionId: 'order-1' },
    check: (session) => expect(session.customerSession?.cartItems?.map((i) => i.sku)).toEqual(['SNEAKERS', 'COFFEE']),
  },
  getLoyaltyBalances: {
    input: {
      loyaltyProgramId: demo.loyaltyPrograms.points,
      integrationId: ada,
      includeTiers: true,
      includeProjectedTier: true,
    },
    check: (balances) => {
      expect(balances.balance?.activePoints).toBe(600);
      expect(balances.balance?.currentTier?.name).toBe('Silver');
      expect(balances.balance?.projectedTier?.projectedActivePoints).toBe(720);
    },
  },
  getLoyaltyCardBalances: {
    input: { loyaltyProgramId: demo.loyaltyPrograms.cards, loyaltyCardId: demo.loyaltyCards.full },
    check: (balances) => expect(balances.balance?.activePoints).toBe(260),
  },
  getLoyaltyCardPoints: {
    input: { loyaltyProgramId: demo.loyaltyPrograms.cards, loyaltyCardId: demo.loyaltyCards.full, status: 'active' },
    check: (page) => expect(page.data.length).toBeGreaterThan(0),
  },
  getLoyaltyCardTransactions: {
    input: { loyaltyProgramId: demo.loyaltyPrograms.cards, loyaltyCardId: demo.loyaltyCards.full, pageSize: 50 },
    check: (page) =>
      expect(page.data.map((t) => [t.type, t.amount])).toEqual([
        ['subtraction', 40],
        ['addition', 300],
      ]),
  },
  getLoyaltyProgramProfilePoints: {
    input: { loyaltyProgramId: demo.loyaltyPrograms.points, integrationId: ada, status: 'pending' },
    check: (page) => expect(page.data.map((p) => p.amount)).toEqual([120]),
  },
  getLoyaltyProgramProfileTransactions: {
    input: { loyaltyProgramId: demo.loyaltyPrograms.points, integrationId: ada, loyaltyTransactionType: 'import' },
    check: (page) => expect(page.data.map((t) => t.amount)).toEqual([400]),
  },
  getReservedCustomers: {
    input: { couponValue: demo.coupons.reserved },
    check: (page) => expect(page.data.map((p) => p.integrationId)).toEqual([ada]),
  },
  linkLoyaltyCardToProfile: {
    input: {
      loyaltyProgramId: demo.loyaltyPrograms.cards,
      loyaltyCardId: demo.loyaltyCards.unlinked,
      body: { integrationId: grace },
    },
    check: (card) => expect(card.profiles?.map((p) => p.integrationId)).toEqual([grace]),
  },
  reopenCustomerSession: {
    before: [openSession, closeSession],
    input: { customerSessionId: 'order-1' },
    check: (reopened, sandbox) => {
      expect(reopened.effects.map((e) => e.effectType)).toContain('rollbackDiscount');
      expect(sandbox.state.sessions.get('order-1')?.state).toBe('open');
    },
  },
  returnCartItems: {
    before: [openSession, closeSession],
    input: {
      customerSessionId: 'order-1',
      body: { return: { returnedCartItems: [{ position: 1, quantity: 1 }] }, responseContent: ['customerSession'] },
    },
    check: (state) => {
      expect(state.customerSession?.state).toBe('partially_returned');
      expect(state.effects.map((e) => e.effectType)).toContain('rollbackAddedLoyaltyPoints');
    },
  },
  syncCatalog: {
    input: {
      catalogId: demo.catalogs.store,
      body: { actions: [{ type: 'ADD', payload: { sku: 'NEW-1', price: 5 } }] },
    },
    check: (catalog) => expect(catalog.version).toBeGreaterThan(1),
  },
  trackEventV2: {
    input: {
      silent: 'no',
      body: { type: 'newsletter_signup', profileId: ada, attributes: {}, responseContent: ['event'] },
    },
    check: (state) => expect(state?.event?.type).toBe('newsletter_signup'),
  },
  updateAudienceCustomersAttributes: {
    input: { audienceId: demo.audiences.vip, body: { Segment: 'gold' } },
    check: (output, sandbox) => {
      expect(output).toBeUndefined();
      expect(sandbox.state.profiles.get(demo.profiles.vip)?.attributes.Segment).toBe('gold');
    },
  },
  updateAudienceV2: {
    input: { audienceId: demo.audiences.vip, body: { name: 'Top customers' } },
    check: (audience) => expect(audience).toMatchObject({ id: demo.audiences.vip, name: 'Top customers' }),
  },
  updateCustomerProfileAudiences: {
    input: { body: { data: [{ action: 'add', profileIntegrationId: grace, audienceId: demo.audiences.vip }] } },
    check: (output, sandbox) => {
      expect(output).toBeUndefined();
      expect(Object.keys(sandbox.state.profiles.get(grace)?.audiences ?? {})).toEqual([String(demo.audiences.vip)]);
    },
  },
  updateCustomerProfileV2: {
    input: { integrationId: ada, runRuleEngine: true, body: { attributes: { Name: 'Ada King' } } },
    check: (state) => expect(state.customerProfile?.attributes?.Name).toBe('Ada King'),
  },
  updateCustomerProfilesV2: {
    input: { silent: 'no', body: { customerProfiles: [{ integrationId: 'new-1', attributes: { Name: 'New' } }] } },
    check: (result) => expect(result?.integrationStates?.length).toBe(1),
  },
  updateCustomerSessionV2: {
    input: openSession[1] as SandboxInput<'updateCustomerSessionV2'>,
    check: (state) => {
      const types = state.effects.map((e) => e.effectType);
      expect(types).toEqual(expect.arrayContaining(['acceptCoupon', 'setDiscount']));
    },
  },
};

const operationIds = Object.keys(cases) as OperationId[];

it('covers every operation', () => {
  expect(operationIds.sort()).toEqual(Object.keys(operations).sort());
  expect(operationIds).toHaveLength(31);
});

/** The sandbox the transport under test reaches: a new one per test. */
let current: TalonSandbox = fresh();
const delegate: TalonSandbox = {
  call: ((operationId: OperationId, input: never) => current.call(operationId, input)) as TalonSandbox['call'],
  snapshot: () => current.snapshot(),
  get clock() {
    return current.clock;
  },
  get state() {
    return current.state;
  },
};

type Call = readonly [OperationId, unknown];

const viaClient = (talon: TalonClient, [operationId, input]: Call): Promise<unknown> =>
  (talon[operationId] as (input: unknown) => Promise<unknown>)(input);

const directly = (sandbox: TalonSandbox, [operationId, input]: Call): unknown =>
  (sandbox.call as (operationId: OperationId, input: unknown) => unknown)(operationId, input);

async function runCase(talon: TalonClient, operationId: OperationId) {
  const { before = [], input, check } = cases[operationId] as Case<OperationId>;
  const twin = fresh();
  current = fresh();
  for (const step of before) {
    directly(twin, step);
    await viaClient(talon, step);
  }
  const direct = directly(twin, [operationId, input]);
  const overHttp = await viaClient(talon, [operationId, input]);

  // The client validated the response already; say so here too, so that a change there cannot hollow this out.
  const schema = operations[operationId].output;
  if (direct === undefined) expect(overHttp).toBeUndefined();
  else expect(z.safeParse(schema as z.ZodMiniType, overHttp).success).toBe(true);
  expect(overHttp).toEqual(JSON.parse(JSON.stringify(direct ?? null)) ?? undefined);
  expect(current.snapshot()).toEqual(twin.snapshot());
  (check as (output: unknown, sandbox: TalonSandbox) => void)(overHttp, current);
}

describe('through MSW', () => {
  const server = setupServer(...talonHandlers(delegate, { baseUrl: MSW_BASE }));
  const talon = createTalonClient({ baseUrl: MSW_BASE, retry: 0 });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it.each(operationIds)('%s', (operationId) => runCase(talon, operationId));
});

describe('through the real server', () => {
  let server: TalonSandboxServer;
  let talon: TalonClient;
  beforeAll(async () => {
    server = await startTalonSandboxServer({ sandbox: delegate, apiKey: 'responses-key' });
    talon = createTalonClient({
      baseUrl: server.url,
      headers: { Authorization: 'ApiKey-v1 responses-key' },
      retry: 0,
    });
  });
  afterAll(() => server.close());

  it.each(operationIds)('%s', (operationId) => runCase(talon, operationId));
});
