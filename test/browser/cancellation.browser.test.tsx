// Unmounting a read hook while its request is in flight cancels the query, and TanStack Query aborts the signal it
// gave the hook: here the browser's own fetch is aborted, not a stand-in's.
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { talonKeys, useLoyaltyBalances } from '../../src/index.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { renderWithTalon } from './render.js';
import { deferred, requests, startWorker, url, worker } from './worker.js';

startWorker();
afterEach(() => vi.restoreAllMocks());

const input = { loyaltyProgramId: 7, integrationId: 'shopper-1' };
const balancesPath = '/v1/loyalty_programs/7/profile/shopper-1/balances';

function Balances() {
  const balances = useLoyaltyBalances(input);
  return <p>{balances.data ? `${balances.data.balance?.activePoints} points` : 'Loading balances'}</p>;
}

/** Watches the browser's fetch: each call's request and how its promise settled. */
function watchFetch() {
  const browserFetch = window.fetch;
  const calls: { request: Request; settled: Promise<string> }[] = [];
  vi.spyOn(window, 'fetch').mockImplementation((resource, init) => {
    const request = new Request(resource, init);
    const response = browserFetch.call(window, request);
    calls.push({
      request,
      settled: response.then(
        (r) => `response ${r.status}`,
        (error: unknown) => `rejected with ${(error as Error).name}`,
      ),
    });
    return response;
  });
  return calls;
}

describe('a read hook unmounted mid-request', () => {
  it("aborts the browser's fetch, and the query ends with neither data nor error", async () => {
    const arrived = deferred();
    const release = deferred();
    let answered = 0;
    worker.use(
      http.get(url(balancesPath), async () => {
        arrived.resolve();
        await release.promise;
        answered += 1;
        return HttpResponse.json(loyaltyBalances);
      }),
    );
    const calls = watchFetch();
    const { screen, queryClient } = await renderWithTalon(<Balances />);
    await arrived.promise;
    await expect.element(screen.getByText('Loading balances', { exact: true })).toBeVisible();
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.request.signal.aborted).toBe(false);

    await screen.unmount();

    expect(call?.request.signal.aborted).toBe(true);
    await expect(call?.settled).resolves.toBe('rejected with AbortError');
    // The handler still answers (the service worker does not pass the abort on), but nobody reads it.
    release.resolve();
    await expect.poll(() => answered).toBe(1);

    const key = talonKeys.loyaltyBalances(input);
    await expect.poll(() => queryClient.getQueryState(key)?.fetchStatus).toBe('idle');
    expect(queryClient.getQueryState(key)).toMatchObject({ status: 'pending', data: undefined, error: null });
    expect(calls).toHaveLength(1);
    expect(requests).toHaveLength(1);
  });
});
