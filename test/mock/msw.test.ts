// The sandbox behind MSW, as users' tests and stories use it: the kit's client against
// `setupServer(...talonHandlers(sandbox, { baseUrl }))`, with an absolute proxy URL and with a path resolved against the
// page (jsdom's http://localhost:3000). This file has its own MSW server: the shared one of ../msw.ts is not used here.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  createTalonClient,
  TalonApiError,
  type GetCustomerAchievementsInput,
  type TalonClient,
} from '../../src/client/index.js';
import type { OperationId } from '../../src/client/routes.js';
import { createTalonSandbox, type SandboxSeed, type TalonSandbox } from '../../src/mock/index.js';
import { talonHandlers } from '../../src/mock/msw.js';
import { rejectionOf } from '../client/server.js';

const NOW = '2026-01-15T12:00:00.000Z';
const ABSOLUTE = 'http://shop.test/api/talon';
const RELATIVE = '/api/talon';

const seed: SandboxSeed = {
  profiles: [{ integrationId: 'shopper-1' }],
  audiences: [{ id: 4, name: 'VIP' }],
  loyaltyPrograms: [{ id: 7, name: 'cards', title: 'Cards', cardBased: true }],
  loyaltyCards: [{ programId: 7, identifier: 'CARD-1_A', profiles: ['shopper-1'] }],
  loyaltyTransactions: [{ programId: 7, cardIdentifier: 'CARD-1_A', amount: 25, created: '2026-01-01T00:00:00Z' }],
};

/** A sandbox that records what it was asked: the handlers' decoding of each request. */
function recording() {
  const inner = createTalonSandbox(seed, { now: NOW });
  const calls: Array<{ operationId: OperationId; input: unknown }> = [];
  const call = ((operationId: OperationId, input: never) => {
    calls.push({ operationId, input });
    return inner.call(operationId, input);
  }) as TalonSandbox['call'];
  return { sandbox: { ...inner, call } as TalonSandbox, calls };
}

const absolute = recording();
const relative = recording();
const trailing = recording();
/** Requests that fell through to the handler after the sandbox's: the app's other handlers would get them. */
const others: string[] = [];

const server = setupServer(
  ...talonHandlers(absolute.sandbox, { baseUrl: ABSOLUTE }),
  ...talonHandlers(relative.sandbox, { baseUrl: RELATIVE }),
  ...talonHandlers(trailing.sandbox, { baseUrl: 'http://trailing.test/proxy/' }),
  http.all('*', ({ request }) => {
    others.push(request.url);
    return new HttpResponse(null, { status: 418 });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  for (const { calls } of [absolute, relative, trailing]) calls.length = 0;
  others.length = 0;
});
afterAll(() => server.close());

const client = (baseUrl: string): TalonClient => createTalonClient({ baseUrl, retry: 0 });

describe('with an absolute baseUrl', () => {
  const talon = client(ABSOLUTE);

  it('answers the client from the sandbox, without an API key', async () => {
    const balances = await talon.getLoyaltyCardBalances({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-1_A' });
    expect(balances.balance?.activePoints).toBe(25);
    expect(absolute.calls).toEqual([
      { operationId: 'getLoyaltyCardBalances', input: { loyaltyProgramId: 7, loyaltyCardId: 'CARD-1_A' } },
    ]);
    expect(relative.calls).toEqual([]);
  });

  it('answers 201 to a creation and 204 without a body to a deletion', async () => {
    const created = await fetch(`${ABSOLUTE}/v2/audiences`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Newsletter' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    expect(absolute.sandbox.state.audiences.get(id)?.name).toBe('Newsletter');

    await expect(talon.deleteAudienceV2({ audienceId: id })).resolves.toBeUndefined();
    expect(absolute.sandbox.state.audiences.get(id)).toBeUndefined();
    const again = await fetch(`${ABSOLUTE}/v2/audiences/4`, { method: 'DELETE' });
    expect(again.status).toBe(204);
    expect(await again.text()).toBe('');
  });

  it('hands refusals to the client as TalonApiError with the sandbox status and body', async () => {
    let refusal: unknown;
    try {
      absolute.sandbox.call('updateAudienceV2', { audienceId: 999, body: { name: 'x' } });
    } catch (error) {
      refusal = error;
    }
    const { status, body } = refusal as { status: number; body: unknown };
    const error = await rejectionOf(talon.updateAudienceV2({ audienceId: 999, body: { name: 'x' } }));
    expect(error).toBeInstanceOf(TalonApiError);
    expect(error).toMatchObject({ status: 404, body });
    expect(status).toBe(404);
  });

  it('answers 400 to malformed JSON and 404 to an unknown path, in Talon.One shape', async () => {
    const malformed = await fetch(`${ABSOLUTE}/v2/audiences`, { method: 'POST', body: '{' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ message: expect.stringMatching(/not valid JSON/), StatusCode: 400 });
    const unknown = await fetch(`${ABSOLUTE}/v1/nothing/here`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      message: 'No Integration API operation answers GET /v1/nothing/here',
      errors: [{ title: 'No Integration API operation answers GET /v1/nothing/here', source: {} }],
      StatusCode: 404,
    });
    expect(others).toEqual([]);
  });

  it('decodes csv and repeated arrays, booleans, numbers and encoded path parameters', async () => {
    const inputs = [
      ['getCustomerAchievements', { integrationId: 'a b/c', campaignIds: ['1', '2', '3'], pageSize: 2, skip: 0 }],
      ['getLoyaltyCardPoints', { loyaltyProgramId: 7, loyaltyCardId: 'CARD 1/A', subledgerId: ['x', 'y,z', ''] }],
      ['getCustomerInventory', { integrationId: 'shopper-1', coupons: true, loyalty: false }],
      ['getReservedCustomers', { couponValue: '50% OFF/now' }],
    ] as const;
    for (const [operationId, input] of inputs) {
      await (talon[operationId] as (input: unknown) => Promise<unknown>)(input).catch(() => undefined);
    }
    expect(absolute.calls).toEqual(inputs.map(([operationId, input]) => ({ operationId, input })));
  });

  it('leaves requests outside the base to other handlers', async () => {
    expect((await fetch('http://shop.test/api/talonX/v1/nothing')).status).toBe(418);
    expect((await fetch('http://other.test/api/talon/v2/audiences/4', { method: 'DELETE' })).status).toBe(418);
    expect(others).toEqual(['http://shop.test/api/talonX/v1/nothing', 'http://other.test/api/talon/v2/audiences/4']);
    expect(absolute.calls).toEqual([]);
  });
});

describe('with a baseUrl that is a path, resolved against the page', () => {
  const talon = client(RELATIVE);

  it('answers requests to the page origin', async () => {
    expect(location.origin).toBe('http://localhost:3000');
    const balances = await talon.getLoyaltyCardBalances({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-1_A' });
    expect(balances.balance?.activePoints).toBe(25);
    const achievements: GetCustomerAchievementsInput = {
      integrationId: 'shopper-1',
      achievementStatus: ['active', 'scheduled'],
    };
    await talon.getCustomerAchievements(achievements).catch(() => undefined);
    expect(relative.calls).toEqual([
      { operationId: 'getLoyaltyCardBalances', input: { loyaltyProgramId: 7, loyaltyCardId: 'CARD-1_A' } },
      { operationId: 'getCustomerAchievements', input: achievements },
    ]);
    expect(absolute.calls).toEqual([]);
  });

  it('does not answer the same path on another origin', async () => {
    expect((await fetch('http://elsewhere.test/api/talon/v1/nothing')).status).toBe(418);
    expect(others).toEqual(['http://elsewhere.test/api/talon/v1/nothing']);
  });
});

describe('with a baseUrl that ends with a slash', () => {
  it('strips the base once', async () => {
    const talon = client('http://trailing.test/proxy');
    await expect(talon.deleteAudienceV2({ audienceId: 4 })).resolves.toBeUndefined();
    expect(trailing.calls).toEqual([{ operationId: 'deleteAudienceV2', input: { audienceId: 4 } }]);
    expect(trailing.sandbox.state.audiences.get(4)).toBeUndefined();
  });
});
