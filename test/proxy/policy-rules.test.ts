// @vitest-environment node
// The default policy's rules against the real sandbox server: every operation bound or denied, reads of a profile
// only by its owner, denied operations refused before Talon.One. Then the app's overrides: 'allow', 'deny', its own
// functions, and the checks made when the proxy is created. (Sessions, cards, answers and the other writes:
// policy-sessions, policy-cards, policy-answers and policy-writes.)
import type { TalonClient } from '../../src/client/index.js';
import type { OperationId } from '../../src/client/routes.js';
import { demo } from '../../src/mock/index.js';
import { TalonProxyRefusal, defaultPolicy, createTalonProxy } from '../../src/proxy/index.js';
import { startProxy, startUpstream, type RunningProxy, type Upstream } from './harness.js';
import { ADA, GRACE, call, deniedInputs, profileReads } from './inputs.js';
import { refusal, sentUpstream as sentTo } from './policyHelpers.js';

let upstream: Upstream;
let proxy: RunningProxy;
let ada: TalonClient;
let grace: TalonClient;
let signedOut: TalonClient;

beforeAll(async () => {
  upstream = await startUpstream();
  proxy = await startProxy(upstream.url);
  ada = proxy.client(ADA);
  grace = proxy.client(GRACE);
  signedOut = proxy.client(null);
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.requests.length = 0;
});

const sentUpstream = (method: string, pathPrefix: string) => sentTo(upstream, method, pathPrefix);

describe('the default policy', () => {
  it('covers all 31 operations, each bound or denied', () => {
    expect(Object.keys(defaultPolicy)).toHaveLength(31);
    const bound = Object.entries(defaultPolicy).filter(([, rule]) => rule === 'bind');
    expect(bound).toHaveLength(16);
    expect(Object.keys(deniedInputs).sort()).toEqual(
      Object.entries(defaultPolicy)
        .filter(([, rule]) => rule === 'deny')
        .map(([id]) => id)
        .sort(),
    );
  });
});

describe('reads of a profile', () => {
  it.each(profileReads)('%s: the owner reads their own', async (operationId, input) => {
    await expect(call(ada, operationId, input(ADA))).resolves.toBeDefined();
    expect(upstream.requests).toHaveLength(1);
  });

  it.each(profileReads)('%s: another shopper is refused with 403, and nothing goes upstream', async (id, input) => {
    const error = await refusal(call(grace, id, input(ADA)), 403);
    expect(error.errors[0]).toEqual({
      title: 'integrationId must be the signed-in shopper',
      source: { parameter: 'integrationId' },
    });
    expect(upstream.requests).toEqual([]);
  });

  it.each(profileReads)('%s: a signed-out browser gets 401', async (operationId, input) => {
    await refusal(call(signedOut, operationId, input(ADA)), 401);
    expect(upstream.requests).toEqual([]);
  });
});

describe('denied operations', () => {
  it.each(Object.entries(deniedInputs))('%s is refused with 403 and never reaches Talon.One', async (id, input) => {
    const error = await refusal(call(ada, id as OperationId, input), 403);
    expect(error.message).toBe(`${id} is done by your server, not the browser: call Talon.One directly`);
    await refusal(call(signedOut, id as OperationId, input), 403);
    expect(upstream.requests).toEqual([]);
  });
});

describe("the app's own policy", () => {
  let custom: RunningProxy;

  beforeAll(async () => {
    custom = await startProxy(upstream.url, {
      policy: {
        getReservedCustomers: 'allow',
        // Its answer is a list of customers: the point of allowing it (policy-answers: redacted without this).
        revealCustomers: ['getReservedCustomers'],
        createReferral: 'deny',
        trackEventV2: async (ctx) => {
          if (ctx.input.body.type !== 'product_viewed') {
            throw new TalonProxyRefusal(403, 'only product views are tracked from the browser');
          }
          return ctx.bind();
        },
        updateCustomerProfileV2: async (ctx) => {
          if (ctx.shopperId === null || ctx.input.integrationId !== ctx.shopperId) {
            throw new TalonProxyRefusal(403, 'only your own profile');
          }
          return ctx.forward({ integrationId: ctx.shopperId, body: { attributes: { Newsletter: true } } });
        },
        deleteCustomerData: async (ctx) => ctx.forward({ integrationId: '..' }),
        syncCatalog: async (ctx) => ctx.bind(),
      },
    });
  });
  afterAll(() => custom.close());

  it("'allow' forwards as sent, even without a shopper", async () => {
    const page = await custom.client(null).getReservedCustomers({ couponValue: demo.coupons.reserved });
    expect(page.data?.map((profile) => profile.integrationId)).toEqual([ADA]);
  });

  it("'deny' refuses an operation the default allows", async () => {
    await refusal(
      custom.client(ADA).createReferral({
        body: { campaignId: demo.campaigns.referrals, advocateProfileIntegrationId: ADA },
      }),
      403,
    );
    expect(upstream.requests).toEqual([]);
  });

  it('a function refuses with TalonProxyRefusal, or binds', async () => {
    const error = await refusal(custom.client(ADA).trackEventV2({ body: { type: 'points_granted' } }), 403);
    expect(error.message).toBe('only product views are tracked from the browser');
    await custom.client(GRACE).trackEventV2({ body: { type: 'product_viewed', profileId: ADA } });
    expect(sentUpstream('POST', '/v2/events').map((body) => body.profileId)).toEqual([GRACE]);
  });

  it('a function forwards what it decides', async () => {
    await refusal(custom.client(GRACE).updateCustomerProfileV2({ integrationId: ADA, body: {} }), 403);
    const state = await custom.client(ADA).updateCustomerProfileV2({
      integrationId: ADA,
      body: { attributes: { Name: 'Someone else' } },
    });
    expect(state.customerProfile?.attributes).toMatchObject({ Name: 'Ada Lovelace', Newsletter: true });
  });

  it("checks what a function forwards against the schema: the app's mistakes do not reach Talon.One either", async () => {
    await refusal(custom.client(ADA).deleteCustomerData({ integrationId: ADA }), 500);
    expect(upstream.requests).toEqual([]);
    expect(custom.errors.at(-1)).toMatchObject({ name: 'TalonValidationError' });
  });

  it('bind() refuses an operation without a binding', async () => {
    const error = await refusal(custom.client(ADA).syncCatalog(deniedInputs.syncCatalog as never), 403);
    expect(error.message).toBe('syncCatalog has no built-in binding to the shopper');
  });

  it('refuses a misspelt operation or an impossible rule when the proxy is created', () => {
    const base = { baseUrl: upstream.url, apiKey: 'k', identify: () => null };
    expect(() => createTalonProxy({ ...base, policy: { getCustomerSesion: 'allow' } as never })).toThrow(
      'policy names no operation "getCustomerSesion"',
    );
    expect(() => createTalonProxy({ ...base, policy: { syncCatalog: 'bind' } as never })).toThrow(
      'policy.syncCatalog cannot be "bind"',
    );
  });

  it('refuses hooks that are no functions and lists that are no lists when the proxy is created', () => {
    const base = { baseUrl: upstream.url, apiKey: 'k', identify: () => null };
    for (const hook of ['priceCart', 'verifyCardLink', 'allowCouponReservation', 'previewCampaigns']) {
      expect(() => createTalonProxy({ ...base, policy: { [hook]: true } as never })).toThrow(
        `policy.${hook} must be a function`,
      );
    }
    expect(() => createTalonProxy({ ...base, policy: { sessionAttributes: 'isVip' } as never })).toThrow(
      'policy.sessionAttributes must be an array of names',
    );
    expect(() => createTalonProxy({ ...base, policy: { revealCustomers: ['getReservedCustomer'] } as never })).toThrow(
      'policy.revealCustomers names no operation "getReservedCustomer"',
    );
    expect(() => createTalonProxy({ ...base, policy: { sessionIdentifiers: 'yes' } as never })).toThrow(
      'policy.sessionIdentifiers must be true or false',
    );
  });
});
