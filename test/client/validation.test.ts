import { http, HttpResponse } from 'msw';
import { TalonError, TalonValidationError, type TalonValidationIssue } from '../../src/client/index.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { BASE_URL, requests, server, startServer } from '../msw.js';
import { capture, createClient, rejectionOf, type CapturedRequest } from './server.js';

startServer();

/** Answers anything, so a request that should not have been sent would succeed instead of failing loudly. */
function answerEverything() {
  server.use(http.all(`${BASE_URL}/*`, () => HttpResponse.json(loyaltyBalances)));
}

async function expectRequestRejected(
  promise: Promise<unknown>,
  operation: string,
  issues: TalonValidationIssue[],
): Promise<TalonValidationError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TalonValidationError);
  expect(error).toBeInstanceOf(TalonError);
  const validationError = error as TalonValidationError;
  expect(validationError.target).toBe('request');
  expect(validationError.operation).toBe(operation);
  expect(validationError.issues).toStrictEqual(issues);
  for (const issue of issues) expect(validationError.message).toContain(`${issue.path}: ${issue.message}`);
  expect(requests).toHaveLength(0);
  return validationError;
}

describe('request validation: bad input is rejected before anything is sent', () => {
  beforeEach(answerEverything);

  it('rejects an empty integrationId', async () => {
    const error = await expectRequestRejected(
      createClient().getLoyaltyBalances({ loyaltyProgramId: 7, integrationId: '' }),
      'getLoyaltyBalances',
      [{ path: 'integrationId', message: 'must be at least 1 characters' }],
    );
    expect(error.message).toBe('getLoyaltyBalances: invalid request: integrationId: must be at least 1 characters');
  });

  it("rejects a cardIdentifier that breaks the spec's pattern, saying the pattern", async () => {
    await expectRequestRejected(
      createClient().generateLoyaltyCard({ loyaltyProgramId: 2, body: { cardIdentifier: 'CARD 1' } }),
      'generateLoyaltyCard',
      [{ path: 'body.cardIdentifier', message: 'must match /^[A-Za-z0-9_-]*$/' }],
    );
  });

  it.each(['..', '.'])('rejects a couponValue of %j, which URL normalisation would resolve away', async (value) => {
    await expectRequestRejected(createClient().getReservedCustomers({ couponValue: value }), 'getReservedCustomers', [
      { path: 'couponValue', message: 'must not be "." or ".."' },
    ]);
  });

  it('rejects a non-integer loyaltyProgramId', async () => {
    await expectRequestRejected(
      createClient().getLoyaltyBalances({ loyaltyProgramId: 1.5, integrationId: 'shopper-1' }),
      'getLoyaltyBalances',
      [{ path: 'loyaltyProgramId', message: 'expected int, received number' }],
    );
  });

  it('rejects a loyaltyProgramId given as a string', async () => {
    await expectRequestRejected(
      // @ts-expect-error -- a numeric string is not an id
      createClient().getLoyaltyBalances({ loyaltyProgramId: '7', integrationId: 'shopper-1' }),
      'getLoyaltyBalances',
      [{ path: 'loyaltyProgramId', message: 'expected number, received string' }],
    );
  });

  it.each([0, -3])('rejects a loyaltyProgramId of %j, saying the bound is exclusive', async (loyaltyProgramId) => {
    await expectRequestRejected(
      createClient().getLoyaltyCardPoints({ loyaltyProgramId, loyaltyCardId: 'CARD-0001' }),
      'getLoyaltyCardPoints',
      [{ path: 'loyaltyProgramId', message: 'must be greater than 0' }],
    );
  });

  it.each([
    [0, 'must be at least 1'],
    [1001, 'must be at most 1000'],
    [2.5, 'expected int, received number'],
  ])('rejects pageSize %j', async (pageSize, message) => {
    await expectRequestRejected(
      createClient().getLoyaltyCardPoints({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-0001', pageSize }),
      'getLoyaltyCardPoints',
      [{ path: 'pageSize', message }],
    );
  });

  it('rejects a negative skip', async () => {
    await expectRequestRejected(
      createClient().getLoyaltyProgramProfilePoints({ loyaltyProgramId: 7, integrationId: 'shopper-1', skip: -1 }),
      'getLoyaltyProgramProfilePoints',
      [{ path: 'skip', message: 'must be at least 0' }],
    );
  });

  it('rejects a misspelt parameter instead of dropping it', async () => {
    const error = await expectRequestRejected(
      createClient().getLoyaltyCardPoints({
        loyaltyProgramId: 7,
        loyaltyCardId: 'CARD-0001',
        // @ts-expect-error -- the parameter is `pageSize`
        pagesize: 10,
      }),
      'getLoyaltyCardPoints',
      [{ path: '', message: 'unknown key "pagesize"' }],
    );
    expect(error.message).toBe('getLoyaltyCardPoints: invalid request: unknown key "pagesize"');
  });

  it('rejects a value outside an enum', async () => {
    await expectRequestRejected(
      createClient().getLoyaltyCardPoints({
        loyaltyProgramId: 7,
        loyaltyCardId: 'CARD-0001',
        // @ts-expect-error -- not a point status
        status: 'open',
      }),
      'getLoyaltyCardPoints',
      [{ path: 'status', message: 'must be one of "active", "pending", "expired"' }],
    );
  });

  it('rejects a body that does not match its schema, naming the path into the body', async () => {
    const error = await expectRequestRejected(
      createClient().updateCustomerSessionV2({
        customerSessionId: 'session-2024-06-01-0042',
        body: {
          customerSession: {
            profileId: 'shopper-1',
            // @ts-expect-error -- a cart item needs a sku
            cartItems: [{ name: 'Merino crew sweater', quantity: 2, price: 89.9 }],
          },
        },
      }),
      'updateCustomerSessionV2',
      [{ path: 'body.customerSession.cartItems[0].sku', message: 'expected string, received nothing' }],
    );
    expect(error.message).toBe(
      'updateCustomerSessionV2: invalid request: body.customerSession.cartItems[0].sku: expected string, received nothing',
    );
  });

  it('rejects free-form attributes that are not an object', async () => {
    await expectRequestRejected(
      createClient().updateCustomerSessionV2({
        customerSessionId: 'session-2024-06-01-0042',
        body: {
          customerSession: {
            // @ts-expect-error -- attributes are an object of custom attributes
            attributes: ['giftWrap'],
            cartItems: [{ sku: 'SKU-1', quantity: 1, attributes: { color: 'navy' } }],
          },
        },
      }),
      'updateCustomerSessionV2',
      [{ path: 'body.customerSession.attributes', message: 'expected object, received array' }],
    );
  });

  it('reports every issue of a body at once', async () => {
    await expectRequestRejected(
      createClient().updateCustomerSessionV2({
        customerSessionId: 'session-2024-06-01-0042',
        body: {
          customerSession: {
            cartItems: [
              { sku: 'SW-MERINO-M-NAVY', quantity: 0 },
              { sku: '', quantity: 1, price: 14.5 },
            ],
          },
          // @ts-expect-error -- not a response content
          responseContent: ['everything'],
        },
      }),
      'updateCustomerSessionV2',
      [
        { path: 'body.customerSession.cartItems[0].quantity', message: 'must be at least 1' },
        { path: 'body.customerSession.cartItems[1].sku', message: 'must be at least 1 characters' },
        {
          path: 'body.responseContent[0]',
          message:
            'must be one of "customerSession", "customerProfile", "coupons", "triggeredCampaigns", "referral", ' +
            '"loyalty", "event", "awardedGiveaways", "ruleFailureReasons", "previousReturns"',
        },
      ],
    );
  });

  it('rejects a missing body', async () => {
    await expectRequestRejected(
      // @ts-expect-error -- the body is required
      createClient().createReferral({}),
      'createReferral',
      [{ path: 'body', message: 'expected object, received nothing' }],
    );
  });

  it.each(['yesterday', '2024-06-01', '2024-06-01T12:00:00'])(
    'rejects now=%j, not a date-time with a zone',
    async (now) => {
      await expectRequestRejected(
        createClient().updateCustomerSessionV2({ customerSessionId: 'session-1', now, body: { customerSession: {} } }),
        'updateCustomerSessionV2',
        [{ path: 'now', message: 'must be an ISO 8601 date-time with a time zone' }],
      );
    },
  );

  it.each(['2024-06-01T12:00:00Z', '2024-06-01T12:00:00.123+02:00'])('accepts now=%j', async (now) => {
    server.use(
      http.put(`${BASE_URL}/v2/customer_sessions/:id`, () =>
        HttpResponse.json({ effects: [], createdCoupons: [], createdReferrals: [] }),
      ),
    );
    await expect(
      createClient().updateCustomerSessionV2({ customerSessionId: 'session-1', now, body: { customerSession: {} } }),
    ).resolves.toStrictEqual({ effects: [], createdCoupons: [], createdReferrals: [] });
    expect(requests).toHaveLength(1);
  });
});

describe('response validation', () => {
  it('rejects a response that violates the schema, with target "response"', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/loyalty_programs/7/profile/shopper-1/balances`, () =>
        HttpResponse.json({ balance: { activePoints: 'lots', currentTier: { id: 2 } } }),
      ),
    );
    const error = await rejectionOf(
      createClient().getLoyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-1' }),
    );
    expect(error).toBeInstanceOf(TalonValidationError);
    expect(error).toBeInstanceOf(TalonError);
    const validationError = error as TalonValidationError;
    expect(validationError.target).toBe('response');
    expect(validationError.operation).toBe('getLoyaltyBalances');
    expect(validationError.issues).toStrictEqual([
      { path: 'balance.activePoints', message: 'expected number, received string' },
      { path: 'balance.currentTier.name', message: 'expected string, received nothing' },
    ]);
    expect(validationError.message).toBe(
      'getLoyaltyBalances: invalid response: balance.activePoints: expected number, received string; ' +
        'balance.currentTier.name: expected string, received nothing',
    );
    // A bad answer is not a transient failure: it is not retried.
    expect(requests).toHaveLength(1);
  });

  it('rejects a 200 whose body is not JSON', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/coupon_reservations/customerprofiles/:couponValue`, () => HttpResponse.text('OK')),
    );
    const error = await rejectionOf(createClient().getReservedCustomers({ couponValue: 'SUMMER-50' }));
    expect(error).toBeInstanceOf(TalonValidationError);
    expect((error as TalonValidationError).target).toBe('response');
    expect((error as TalonValidationError).issues).toStrictEqual([
      { path: '', message: 'expected object, received string' },
    ]);
  });
});

describe('validate: false', () => {
  it('sends the input unchecked and returns the answer unchecked', async () => {
    const captured: CapturedRequest[] = [];
    const invalidAnswer = { hasMore: 'maybe', data: null };
    server.use(
      http.get(`${BASE_URL}/v1/loyalty_programs/:programId/cards/:cardId/points`, async ({ request }) => {
        captured.push(await capture(request));
        return HttpResponse.json(invalidAnswer);
      }),
    );
    const result = await createClient({ validate: false }).getLoyaltyCardPoints({
      loyaltyProgramId: 7,
      loyaltyCardId: 'CARD-0001',
      pageSize: 0,
      // @ts-expect-error -- unknown, and sent as it is when nothing validates
      pagesize: 1001,
    });
    expect(result).toStrictEqual(invalidAnswer);
    expect(captured).toHaveLength(1);
    expect(captured[0]?.query).toBe('pageSize=0&pagesize=1001');
  });

  it('sends a body that does not match its schema', async () => {
    const captured: CapturedRequest[] = [];
    server.use(
      http.put(`${BASE_URL}/v2/customer_sessions/:id`, async ({ request }) => {
        captured.push(await capture(request));
        return HttpResponse.json({ effects: 'none' });
      }),
    );
    const body = { customerSession: { cartItems: [{ quantity: 2 }] } };
    // @ts-expect-error -- a cart item needs a sku
    const result = await createClient({ validate: false }).updateCustomerSessionV2({ customerSessionId: 's-1', body });
    expect(result).toStrictEqual({ effects: 'none' });
    expect(captured[0]?.body).toStrictEqual(body);
  });
});
