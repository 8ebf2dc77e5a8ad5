// The sandbox in a real browser, as Storybook uses it: `talon-react/mock` and `talon-react/mock/msw` load in the page
// (no Node modules), and the handlers answer through MSW's service worker, with the proxy path resolved against the page.
import { describe, expect, it } from 'vitest';
import { createTalonClient, TalonApiError } from '../../src/client/index.js';
import * as mock from '../../src/mock/index.js';
import { talonHandlers } from '../../src/mock/msw.js';
import { BASE_PATH, requests, startWorker, worker } from '../browser/worker.js';

startWorker();

const sandbox = mock.createTalonSandbox(
  {
    audiences: [{ id: 4, name: 'VIP' }],
    loyaltyPrograms: [{ id: 7, name: 'cards', title: 'Cards', cardBased: true }],
    loyaltyCards: [{ programId: 7, identifier: 'CARD-1_A' }],
    loyaltyTransactions: [{ programId: 7, cardIdentifier: 'CARD-1_A', amount: 12, created: '2026-01-01T00:00:00Z' }],
  },
  { now: '2026-01-15T12:00:00.000Z' },
);
const talon = createTalonClient({ baseUrl: BASE_PATH, retry: 0 });

describe('talon-react/mock in a browser', () => {
  it('loads without Node: every export is there', () => {
    expect(typeof talonHandlers).toBe('function');
    expect(typeof mock.createTalonSandbox).toBe('function');
    // Node's server is only loaded when started, so the entry itself loads here.
    expect(typeof mock.startTalonSandboxServer).toBe('function');
  });

  it('answers the client through the service worker', async () => {
    worker.use(...talonHandlers(sandbox, { baseUrl: BASE_PATH }));
    const balances = await talon.getLoyaltyCardBalances({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-1_A' });
    expect(balances.balance?.activePoints).toBe(12);
    await expect(talon.deleteAudienceV2({ audienceId: 4 })).resolves.toBeUndefined();
    const error: unknown = await talon.deleteAudienceV2({ audienceId: 4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TalonApiError);
    expect((error as TalonApiError).status).toBe(404);
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/talon/v1/loyalty_programs/7/cards/CARD-1_A/balances',
      '/api/talon/v2/audiences/4',
      '/api/talon/v2/audiences/4',
    ]);
  });
});
