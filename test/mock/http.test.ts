// @vitest-environment node
// The sandbox as a real HTTP server on loopback, driven by the kit's own client: Talon.One's authentication, statuses
// and error bodies, and requests decoded back into exactly the input the client was given.
import { createTalonClient, TalonApiError, type TalonClient } from '../../src/client/index.js';
import type { OperationId } from '../../src/client/routes.js';
import {
  createTalonSandbox,
  startTalonSandboxServer,
  type SandboxSeed,
  type TalonSandbox,
  type TalonSandboxServer,
} from '../../src/mock/index.js';
import { rejectionOf } from '../client/server.js';

const API_KEY = 'test-key-1';
const NOW = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  profiles: [{ integrationId: 'shopper-1' }],
  audiences: [{ id: 4, name: 'VIP' }],
  loyaltyPrograms: [{ id: 7, name: 'cards', title: 'Cards', cardBased: true, subledgers: ['drinks'] }],
  loyaltyCards: [{ programId: 7, identifier: 'CARD-1_A', profiles: ['shopper-1'] }],
  loyaltyTransactions: [{ programId: 7, cardIdentifier: 'CARD-1_A', amount: 40, created: '2026-01-01T00:00:00Z' }],
  catalogs: [{ id: 3, name: 'shop', items: [{ sku: 'SKU-1', price: 10 }] }],
};

/** What the sandbox was asked, in order: the server's decoding of each request. */
let calls: Array<{ operationId: OperationId; input: unknown }>;
let sandbox: TalonSandbox;
let server: TalonSandboxServer;
let talon: TalonClient;

beforeAll(async () => {
  const inner = createTalonSandbox(seed, { now: NOW });
  const call = ((operationId: OperationId, input: never) => {
    calls.push({ operationId, input });
    return inner.call(operationId, input);
  }) as TalonSandbox['call'];
  sandbox = { ...inner, call };
  server = await startTalonSandboxServer({ sandbox, apiKey: API_KEY });
  talon = client();
});
beforeEach(() => {
  calls = [];
});
afterAll(() => server.close());

function client(authorization: string | null = `ApiKey-v1 ${API_KEY}`): TalonClient {
  return createTalonClient({
    baseUrl: server.url,
    headers: authorization === null ? {} : { Authorization: authorization },
    retry: 0,
  });
}

/** A raw request with the key, for what the client would never send. */
const send = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { Authorization: `ApiKey-v1 ${API_KEY}`, 'Content-Type': 'application/json', ...init.headers },
  });

async function apiError(promise: Promise<unknown>): Promise<TalonApiError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TalonApiError);
  return error as TalonApiError;
}

describe('the server', () => {
  it('listens on loopback at a free port and reports its URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    expect(server.sandbox).toBe(sandbox);
  });

  it('stops on close: a new connection is refused', async () => {
    const other = await startTalonSandboxServer({ seed });
    const { url } = other;
    expect((await fetch(`${url}/v1/nothing`)).status).toBe(404);
    await other.close();
    await expect(fetch(`${url}/v1/nothing`)).rejects.toThrow(TypeError);
  });

  it('refuses a sandbox and a seed together', async () => {
    await expect(startTalonSandboxServer({ sandbox, seed })).rejects.toThrow('a sandbox or a seed, not both');
  });

  it('fails to start on a port that is taken', async () => {
    await expect(startTalonSandboxServer({ port: server.port })).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('authentication', () => {
  it('answers 401 without an Authorization header, in Talon.One shape, and never reaches the sandbox', async () => {
    const error = await apiError(client(null).getLoyaltyCardBalances({ loyaltyProgramId: 7, loyaltyCardId: 'X' }));
    expect(error.status).toBe(401);
    expect(error.body).toEqual({
      message: 'unauthorized',
      errors: [{ title: expect.stringContaining('Authorization header is missing'), source: {} }],
      StatusCode: 401,
    });
    expect(calls).toEqual([]);
  });

  it('answers 401 to a wrong key and to another scheme', async () => {
    const wrongKey = await apiError(client('ApiKey-v1 nope').deleteAudienceV2({ audienceId: 4 }));
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.errors[0]?.title).toBe('The API key is not valid for this Application');
    const bearer = await apiError(client(`Bearer ${API_KEY}`).deleteAudienceV2({ audienceId: 4 }));
    expect(bearer.status).toBe(401);
    expect(bearer.errors[0]?.title).toContain('ApiKey-v1 <key>');
    expect(calls).toEqual([]);
    // The audience is still there: a refused request changed nothing.
    expect(sandbox.state.audiences.get(4)).toBeDefined();
  });

  it('answers 401 before 404: an unknown path without a key is not revealed', async () => {
    const response = await fetch(`${server.url}/v1/nothing`);
    expect(response.status).toBe(401);
  });
});

describe('statuses and bodies', () => {
  it('answers 201 to a creation, with the created entity', async () => {
    const response = await send('/v2/audiences', { method: 'POST', body: JSON.stringify({ name: 'Newsletter' }) });
    expect(response.status).toBe(201);
    const audience = (await response.json()) as { id: number; name: string };
    expect(audience.name).toBe('Newsletter');
    expect(sandbox.state.audiences.get(audience.id)?.name).toBe('Newsletter');
    // The client accepts it as an Audience.
    const created = await talon.createAudienceV2({ body: { name: 'Second' } });
    expect(created).toMatchObject({ name: 'Second', id: audience.id + 1 });
  });

  it('answers 204 without a body when the operation returns nothing', async () => {
    const created = await talon.createAudienceV2({ body: { name: 'Temporary' } });
    const response = await send(`/v2/audiences/${created.id}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(sandbox.state.audiences.get(created.id)).toBeUndefined();
  });

  it('answers 200 with the body otherwise', async () => {
    const response = await send('/v1/loyalty_programs/7/cards/CARD-1_A/balances');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ balance: { activePoints: 40 } });
  });

  it('hands the sandbox error body to the client as a TalonApiError with its status', async () => {
    const expected = (() => {
      try {
        sandbox.call('deleteAudienceV2', { audienceId: 999 });
      } catch (error) {
        return error as { status: number; body: unknown };
      }
      throw new Error('expected the sandbox to refuse an unknown audience');
    })();
    calls = [];
    const error = await apiError(talon.deleteAudienceV2({ audienceId: 999 }));
    expect(error.status).toBe(404);
    expect(error.status).toBe(expected.status);
    expect(error.body).toEqual(expected.body);
    expect(error.message).toContain('999');
  });

  it('answers 400 naming the parameter when validation fails', async () => {
    // The client would refuse to send this; the server must refuse it too.
    const response = await send('/v1/loyalty_programs/7/cards/CARD%201%2FA/points?pageSize=0');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; errors: Array<{ source: unknown }>; StatusCode: number };
    expect(body.message).toContain('pageSize');
    expect(body.errors).toEqual([expect.objectContaining({ source: { parameter: 'pageSize' } })]);
    expect(body.StatusCode).toBe(400);
  });

  it('answers 404 in Talon.One shape to an unknown path or method', async () => {
    for (const [method, path] of [
      ['GET', '/v1/nothing'],
      ['GET', '/v3/customer_sessions/s1'],
      ['GET', '/v1/referrals'],
      ['POST', '/v2/customer_sessions/s1'],
      ['GET', '/'],
    ] as const) {
      const response = await send(path, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.json()).toEqual({
        message: `No Integration API operation answers ${method} ${path}`,
        errors: [{ title: `No Integration API operation answers ${method} ${path}`, source: {} }],
        StatusCode: 404,
      });
    }
    expect(calls).toEqual([]);
  });

  it('answers 400 to malformed JSON and changes nothing', async () => {
    const before = sandbox.snapshot();
    const response = await send('/v2/audiences', { method: 'POST', body: '{"name": "Broken",' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; errors: unknown[]; StatusCode: number };
    expect(body.message).toMatch(/^The request body is not valid JSON/);
    expect(body.StatusCode).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(calls).toEqual([]);
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('answers 400 naming the body when a required body is missing', async () => {
    const response = await send('/v2/audiences', { method: 'POST' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string };
    expect(body.message).toContain('body');
  });
});

describe('failures of the sandbox itself', () => {
  it('answers 500 with a generic Talon.One body, never the error or its stack, and reports it', async () => {
    const reported: unknown[] = [];
    const broken: TalonSandbox = {
      ...sandbox,
      call: (() => {
        throw new Error('secret internals at /home/app/src/thing.ts:12');
      }) as TalonSandbox['call'],
    };
    const other = await startTalonSandboxServer({ sandbox: broken, onError: (error) => reported.push(error) });
    try {
      const response = await fetch(`${other.url}/v2/customer_sessions/s1`);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain('secret');
      expect(text).not.toContain('thing.ts');
      expect(JSON.parse(text)).toEqual({
        message: 'Internal server error: the sandbox failed to handle the request',
        errors: [{ title: 'Internal server error: the sandbox failed to handle the request', source: {} }],
        StatusCode: 500,
      });
      expect(reported).toEqual([expect.objectContaining({ message: expect.stringContaining('secret') })]);
    } finally {
      await other.close();
    }
  });
});

describe('decoding the request into the input', () => {
  // Each input goes over the wire and must reach the sandbox exactly as given: the sandbox may refuse it (an unknown
  // profile, say), the decoding is what is checked here.
  async function roundTrip<Id extends OperationId>(operationId: Id, input: Parameters<TalonClient[Id]>[0]) {
    await (talon[operationId] as (input: unknown) => Promise<unknown>)(input).catch(() => undefined);
    expect(calls).toEqual([{ operationId, input }]);
    calls = [];
  }

  it('splits csv arrays on their commas (getCustomerAchievements)', async () => {
    await roundTrip('getCustomerAchievements', {
      integrationId: 'shopper-1',
      // IDs and enum values never hold a comma: Talon.One splits `2%2C3` as it splits `2,3` (test/server/query.test.ts).
      campaignIds: ['1', '2', 'a b'],
      // An empty list goes as `achievementIds=`, and comes back empty.
      achievementIds: [],
      achievementStatus: ['active', 'scheduled'],
      currentProgressStatus: ['inprogress'],
      pageSize: 5,
      skip: 10,
    });
    await roundTrip('getCustomerAchievementHistory', {
      integrationId: 'shopper-1',
      achievementId: 3,
      progressStatus: ['completed', 'expired'],
      startDate: '2026-01-01T00:00:00+01:00',
    });
  });

  it('collects repeated arrays, with empty and comma items (getLoyaltyCardPoints subledgerId)', async () => {
    await roundTrip('getLoyaltyCardPoints', {
      loyaltyProgramId: 7,
      loyaltyCardId: 'CARD 1/A',
      subledgerId: ['drinks', 'a,b', ''],
      status: 'active',
      pageSize: 1000,
      skip: 0,
    });
    await roundTrip('getLoyaltyCardBalances', { loyaltyProgramId: 7, loyaltyCardId: 'CARD 1/A', subledgerId: ['x'] });
  });

  it('decodes booleans and numbers by the schema, and leaves strings as they are', async () => {
    await roundTrip('getCustomerInventory', {
      integrationId: '123',
      profile: true,
      coupons: false,
      loyalty: true,
      achievements: false,
    });
    await roundTrip('getLoyaltyBalances', {
      loyaltyProgramId: 12,
      integrationId: 'true',
      subledgerId: '42',
      includeTiers: true,
      includeProjectedTier: false,
      endDate: '2026-02-01T00:00:00Z',
    });
    await roundTrip('updateCustomerSessionV2', {
      customerSessionId: 's 1',
      dry: true,
      now: '2026-03-01T00:00:00Z',
      body: { customerSession: { profileId: 'shopper-1' } },
    });
    await roundTrip('trackEventV2', {
      silent: 'no',
      dry: false,
      forceCompleteEvaluation: true,
      body: { type: 'visit', attributes: {}, profileId: 'shopper-1' },
    });
  });

  it('decodes path parameters: spaces, slashes, percent signs and non-ASCII in a coupon code', async () => {
    for (const couponValue of ['SPRING 10', 'A/B', '50%OFF', 'a%41', 'ÉTÉ-€', 'x?y#z&w=v']) {
      await roundTrip('getReservedCustomers', { couponValue });
      await roundTrip('createCouponReservation', { couponValue, body: { integrationIDs: ['shopper-1'] } });
    }
  });

  it('answers by the card identifier in the path', async () => {
    // Card identifiers hold only letters, digits, '_' and '-' (the spec's pattern, which the seed is held to): the
    // decoding of a space and a slash is checked with the other path parameters above.
    const balances = await talon.getLoyaltyCardBalances({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-1_A' });
    expect(balances.balance?.activePoints).toBe(40);
    expect(calls).toEqual([
      { operationId: 'getLoyaltyCardBalances', input: { loyaltyProgramId: 7, loyaltyCardId: 'CARD-1_A' } },
    ]);
  });

  it.each([
    ['/v1/loyalty_programs/7/cards/C/points?pageSize=ten', 'pageSize'],
    ['/v1/loyalty_programs/7/cards/C/points?pageSize=1&pageSize=2', 'pageSize'],
    ['/v1/customer_profiles/p/inventory?coupons=yes', 'coupons'],
    ['/v1/loyalty_programs/seven/cards/C/points', 'loyaltyProgramId'],
    ['/v1/loyalty_programs/7/cards/C/points?status=gone', 'status'],
    ['/v1/loyalty_programs/7/cards/C/points?sort=asc', 'sort'],
    ['/v1/loyalty_programs/7/cards/C/points?loyaltyCardId=D', 'loyaltyCardId'],
    ['/v1/loyalty_programs/7/cards/C/points?body=%7B%7D', 'body'],
    ['/v1/loyalty_programs/7/cards/C/points?subledgerId=%E0%A4%A', 'subledgerId'],
  ])('refuses %s with 400 naming %s', async (path, name) => {
    const response = await send(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; StatusCode: number };
    expect(body.message).toContain(name);
    expect(body.StatusCode).toBe(400);
  });

  it('reads `+` in a query as a space, as form encoding does', async () => {
    await send('/v1/loyalty_programs/7/cards/C/points?subledgerId=a+b&subledgerId=c%2Bd');
    expect(calls).toEqual([
      {
        operationId: 'getLoyaltyCardPoints',
        input: { loyaltyProgramId: 7, loyaltyCardId: 'C', subledgerId: ['a b', 'c+d'] },
      },
    ]);
  });

  it('takes a body on DELETE (deleteCouponReservation) and ignores one where the operation has none', async () => {
    await roundTrip('deleteCouponReservation', { couponValue: 'C 1', body: { integrationIDs: ['shopper-1'] } });
    await send('/v1/customer_data/nobody', { method: 'DELETE', body: '{not json' });
    expect(calls).toEqual([{ operationId: 'deleteCustomerData', input: { integrationId: 'nobody' } }]);
  });
});
