// @vitest-environment node
// Loyalty cards through the default policy, over the real sandbox server, as an attacker would try them: taking over
// a card by its number (issue 9.1), reading a card that is not yours, and reading a shared card to learn who else
// holds it (the other holders' IDs, their sessions).
import { demo } from '../../src/mock/index.js';
import { mintSessionId, type CardLinkContext, type VerifyCardLink } from '../../src/proxy/index.js';
import { API_KEY, startProxy, startUpstream, type RunningProxy, type Upstream } from './harness.js';
import { ADA, CARDS, GRACE, call, cardReads } from './inputs.js';
import { refusal, sentUpstream } from './policyHelpers.js';

const ALAN = demo.profiles.vip;
const { linked, unlinked, full } = demo.loyaltyCards; // Ada's; nobody's; Grace's and Alan's

let upstream: Upstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await startUpstream();
  proxy = await startProxy(upstream.url);
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.requests.length = 0;
});

const holdersOf = (loyaltyCardId: string) =>
  upstream.sandbox.sandbox
    .call('getLoyaltyCardBalances', { loyaltyProgramId: CARDS, loyaltyCardId })
    .profiles?.map((profile) => profile.integrationId);

describe('linking a card (issue 9.1)', () => {
  it("refuses to link a card by its number alone: Grace cannot take over Ada's card", async () => {
    const grace = proxy.client(GRACE);
    const error = await refusal(
      grace.linkLoyaltyCardToProfile({
        loyaltyProgramId: CARDS,
        loyaltyCardId: linked,
        body: { integrationId: GRACE },
      }),
      403,
    );
    expect(error.message).toContain('set policy.verifyCardLink');
    expect(upstream.requests).toEqual([]);
    // So the card's balance, history and holders stay Ada's.
    for (const [operationId, input] of cardReads) await refusal(call(grace, operationId, input(linked)), 404);
    expect(holdersOf(linked)).toEqual([ADA]);
  });

  describe('with policy.verifyCardLink', () => {
    let verifying: RunningProxy;
    const asked: CardLinkContext[] = [];
    // The shop's check: the PIN printed on the card's back, which only its holder has.
    const pins: Record<string, string> = { [unlinked]: '4711' };
    const verifyCardLink: VerifyCardLink = (context) => {
      asked.push(context);
      return pins[context.cardId] !== undefined && context.input.body.pin === pins[context.cardId];
    };

    beforeAll(async () => {
      verifying = await startProxy(upstream.url, { policy: { verifyCardLink } });
    });
    afterAll(() => verifying.close());
    beforeEach(() => {
      asked.length = 0;
    });

    it('refuses a card the check does not vouch for, with nothing upstream', async () => {
      const grace = verifying.client(GRACE);
      for (const [loyaltyCardId, pin] of [
        [linked, '4711'], // Ada's card, with a PIN that is not its own
        [unlinked, '0000'], // the wrong PIN
        [unlinked, undefined], // no proof at all
      ] as const) {
        const error = await refusal(
          grace.linkLoyaltyCardToProfile({
            loyaltyProgramId: CARDS,
            loyaltyCardId,
            body: { integrationId: GRACE, ...(pin === undefined ? {} : { pin }) },
          }),
          403,
        );
        expect(error.message).toBe('this loyalty card cannot be linked to you');
      }
      expect(upstream.requests).toEqual([]);
      expect(holdersOf(linked)).toEqual([ADA]);
    });

    it('links a card the check vouches for, to the shopper only; the proof goes no further', async () => {
      const card = await verifying.client(GRACE).linkLoyaltyCardToProfile({
        loyaltyProgramId: CARDS,
        loyaltyCardId: unlinked,
        body: { integrationId: ADA, pin: '4711' },
      });
      expect(card.identifier).toBe(unlinked);
      expect(asked).toEqual([
        expect.objectContaining({
          shopperId: GRACE,
          loyaltyProgramId: CARDS,
          cardId: unlinked,
          input: { loyaltyProgramId: CARDS, loyaltyCardId: unlinked, body: { integrationId: ADA, pin: '4711' } },
          request: expect.any(Request),
          signal: expect.any(AbortSignal),
        }),
      ]);
      expect(sentUpstream(upstream, 'POST', '/v2/loyalty_programs/')).toEqual([{ integrationId: GRACE }]);
      expect(holdersOf(unlinked)).toEqual([GRACE]);
    });

    it("answers the link without the card's other holders", async () => {
      // Grace linked the card above; Ada, who knows its PIN too, shares it.
      const card = await verifying.client(ADA).linkLoyaltyCardToProfile({
        loyaltyProgramId: CARDS,
        loyaltyCardId: unlinked,
        body: { integrationId: ADA, pin: '4711' },
      });
      expect(card.profiles?.map((profile) => profile.integrationId)).toEqual(['[redacted]', ADA]);
      expect(holdersOf(unlinked)).toEqual([GRACE, ADA]);
    });

    it('refuses a check that answers anything but true', async () => {
      const loose = await startProxy(upstream.url, {
        policy: { verifyCardLink: (() => 'yes') as unknown as VerifyCardLink },
      });
      try {
        await refusal(
          loose.client(GRACE).linkLoyaltyCardToProfile({
            loyaltyProgramId: CARDS,
            loyaltyCardId: linked,
            body: { integrationId: GRACE },
          }),
          403,
        );
        expect(upstream.requests).toEqual([]);
      } finally {
        await loose.close();
      }
    });
  });
});

describe('reading a card', () => {
  it.each(cardReads)('%s: the shopper reads a card linked to them', async (operationId, input) => {
    await expect(call(proxy.client(ADA), operationId, input(linked))).resolves.toBeDefined();
    await expect(call(proxy.client(GRACE), operationId, input(full))).resolves.toBeDefined();
  });

  it.each(cardReads)('%s: any other card is 404, the same as a card that does not exist', async (id, input) => {
    const other = await refusal(call(proxy.client(GRACE), id, input(linked)), 404);
    const missing = await refusal(call(proxy.client(GRACE), id, input('DEMO-9999-9999')), 404);
    expect(other.body).toEqual(missing.body);
    expect(other.body).toEqual({
      message: 'loyalty card not found',
      errors: [{ title: 'loyalty card not found', source: { parameter: 'loyaltyCardId' } }],
      StatusCode: 404,
    });
    // Only the card's balances were looked up: its points and transactions never left Talon.One.
    expect(upstream.requests.every((request) => request.url.endsWith('/balances'))).toBe(true);
  });

  describe("a shared card shows none of its other holders' identifiers", () => {
    let gracesOrder: string;

    beforeAll(async () => {
      // Alan and Grace share the full card; each places an order with it (through the shop's server).
      gracesOrder = await mintSessionId(GRACE, { secret: API_KEY });
      for (const [customerSessionId, profileId] of [
        ['alan.turing@example.com-order-7', ALAN],
        [gracesOrder, GRACE],
        ['grace-legacy-order', GRACE],
      ] as const) {
        for (const customerSession of [
          { profileId, loyaltyCards: [full], cartItems: [{ sku: 'MUG', quantity: 1 }] },
          { state: 'closed' as const },
        ]) {
          upstream.sandbox.sandbox.call('updateCustomerSessionV2', { customerSessionId, body: { customerSession } });
        }
      }
    });

    it("getLoyaltyCardBalances: Grace's own registration, Alan's redacted", async () => {
      const balances = await proxy
        .client(GRACE)
        .getLoyaltyCardBalances({ loyaltyProgramId: CARDS, loyaltyCardId: full });
      expect(balances.profiles?.map((profile) => profile.integrationId)).toEqual([GRACE, '[redacted]']);
      expect(JSON.stringify(balances)).not.toContain(ALAN);
      expect(balances.balance?.activePoints).toBeGreaterThan(260);
    });

    it("getLoyaltyCardPoints: Alan's entries keep their points, not his ID or his session's", async () => {
      const points = await proxy.client(GRACE).getLoyaltyCardPoints({ loyaltyProgramId: CARDS, loyaltyCardId: full });
      const text = JSON.stringify(points);
      expect(text).not.toContain(ALAN);
      expect(text).not.toContain('alan.turing@example.com');
      const alans = points.data?.find((entry) => entry.customerProfileID === '[redacted]');
      expect(alans).toMatchObject({ customerSessionId: '[redacted]', amount: 12 });
      expect(points.data?.find((entry) => entry.customerSessionId === gracesOrder)).toMatchObject({
        customerProfileID: GRACE,
      });
    });

    it('getLoyaltyCardTransactions: sessions minted for Grace stay, any other session ID is redacted', async () => {
      const history = await proxy
        .client(GRACE)
        .getLoyaltyCardTransactions({ loyaltyProgramId: CARDS, loyaltyCardId: full });
      const sessions = history.data?.flatMap((entry) => (entry.customerSessionId ? [entry.customerSessionId] : []));
      // Alan's, and Grace's own under an ID the proxy cannot tell is hers: both hidden; her minted one shown.
      expect(sessions?.sort()).toEqual([gracesOrder, '[redacted]', '[redacted]'].sort());
      expect(JSON.stringify(history)).not.toContain('alan.turing@example.com');
    });
  });
});

describe('cards named by the browser', () => {
  it('refuses them in a session or an event: points would be spent from them', async () => {
    const grace = proxy.client(GRACE);
    const session = await refusal(
      grace.updateCustomerSessionV2({
        customerSessionId: await mintSessionId(GRACE, { secret: API_KEY }),
        body: { customerSession: { loyaltyCards: [linked] } },
      }),
      403,
    );
    expect(session.body).toMatchObject({ errors: [{ source: { pointer: '/customerSession/loyaltyCards' } }] });
    await refusal(grace.trackEventV2({ body: { type: 'product_viewed', loyaltyCards: [linked] } }), 403);
    expect(upstream.requests).toEqual([]);
  });
});
