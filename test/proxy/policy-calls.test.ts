// @vitest-environment node
// Upstream calls per shopper request (issue 10.3), counted by the relay in front of the real sandbox server: one for
// every operation the default policy allows, in its common case, session updates included (a minted session ID needs
// no ownership look-up, on any instance). Two only where the proxy must ask Talon.One whom something belongs to: a
// card's points and transactions (their answers do not say whom the card is linked to, its balances do) and a session
// under an ID not minted for the shopper.
import type { OperationId } from '../../src/client/routes.js';
import { demo } from '../../src/mock/index.js';
import { defaultPolicy, mintSessionId } from '../../src/proxy/index.js';
import { API_KEY, startProxy, startUpstream, type RunningProxy, type Upstream } from './harness.js';
import { ADA, CARDS, POINTS, call } from './inputs.js';
import { upstreamCalls } from './policyHelpers.js';

let upstream: Upstream;
let proxy: RunningProxy;
let newCart: string;
let legacyCart: string;

beforeAll(async () => {
  upstream = await startUpstream();
  // The shop's checks as a storefront that uses them would have them.
  proxy = await startProxy(upstream.url, {
    policy: { verifyCardLink: () => true, allowCouponReservation: () => true },
  });
  newCart = await mintSessionId(ADA, { secret: API_KEY });
  legacyCart = 'ada-cart-from-before-minting';
  upstream.sandbox.sandbox.call('updateCustomerSessionV2', {
    customerSessionId: legacyCart,
    body: { customerSession: { profileId: ADA } },
  });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

const cart = { customerSession: { cartItems: [{ sku: 'MUG', quantity: 1 }] } };
const card = { loyaltyProgramId: CARDS, loyaltyCardId: demo.loyaltyCards.linked };

// In this order on a fresh demo seed: the session is created before it is read and updated.
const requests: Array<[label: string, OperationId, calls: number, input: () => unknown]> = [
  ['a new session (minted ID)', 'updateCustomerSessionV2', 1, () => ({ customerSessionId: newCart, body: cart })],
  ['an update of it', 'updateCustomerSessionV2', 1, () => ({ customerSessionId: newCart, body: cart })],
  ['a dry run of it', 'updateCustomerSessionV2', 1, () => ({ customerSessionId: newCart, dry: true, body: cart })],
  ['a read of it', 'getCustomerSession', 1, () => ({ customerSessionId: newCart })],
  ['its inventory', 'getCustomerInventory', 1, () => ({ integrationId: ADA, coupons: true, loyalty: true })],
  ['achievements', 'getCustomerAchievements', 1, () => ({ integrationId: ADA })],
  [
    'achievement history',
    'getCustomerAchievementHistory',
    1,
    () => ({ integrationId: ADA, achievementId: demo.achievements.placeOrders }),
  ],
  ['balances', 'getLoyaltyBalances', 1, () => ({ loyaltyProgramId: POINTS, integrationId: ADA })],
  ['points', 'getLoyaltyProgramProfilePoints', 1, () => ({ loyaltyProgramId: POINTS, integrationId: ADA })],
  ['transactions', 'getLoyaltyProgramProfileTransactions', 1, () => ({ loyaltyProgramId: POINTS, integrationId: ADA })],
  ['an event', 'trackEventV2', 1, () => ({ body: { type: 'product_viewed' } })],
  ['a referral code', 'createReferral', 1, () => ({ body: { campaignId: 3, advocateProfileIntegrationId: ADA } })],
  [
    'a reservation',
    'createCouponReservation',
    1,
    () => ({ couponValue: demo.coupons.valid, body: { integrationIDs: [ADA] } }),
  ],
  [
    'its release',
    'deleteCouponReservation',
    1,
    () => ({ couponValue: demo.coupons.valid, body: { integrationIDs: [ADA] } }),
  ],
  ['a card link', 'linkLoyaltyCardToProfile', 1, () => ({ ...card, body: { integrationId: ADA } })],
  ['card balances', 'getLoyaltyCardBalances', 1, () => card],
  ['card points: the balances say whose card it is', 'getLoyaltyCardPoints', 2, () => card],
  ['card transactions: likewise', 'getLoyaltyCardTransactions', 2, () => card],
  [
    'an update of a session under an unminted ID: a look-up first',
    'updateCustomerSessionV2',
    2,
    () => ({ customerSessionId: legacyCart, body: cart }),
  ],
];

it.each(requests)('%s (%s): %i upstream call(s)', async (_label, operationId, calls, input) => {
  upstream.requests.length = 0;
  await call(proxy.client(ADA), operationId, input());
  expect(upstreamCalls(upstream)).toHaveLength(calls);
});

it('covers every operation the default policy allows', () => {
  const allowed = Object.entries(defaultPolicy).flatMap(([id, rule]) => (rule === 'bind' ? [id] : []));
  expect([...new Set(requests.map(([, id]) => id))].sort()).toEqual(allowed.sort());
});
