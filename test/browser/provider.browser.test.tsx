// A storefront mounts its proxy on its own origin and gives the provider the relative path: the browser resolves it
// against the page and its own fetch goes out, answered by MSW's service worker.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { TalonProvider, useLoyaltyBalances } from '../../src/index.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { requests, startWorker, url, worker } from './worker.js';

startWorker();

const balancesPath = '/v1/loyalty_programs/7/profile/shopper-1/balances';

function Balances() {
  const balances = useLoyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-1' });
  if (balances.error) return <p role="alert">{balances.error.message}</p>;
  if (!balances.data) return <p>Loading balances</p>;
  const { balance } = balances.data;
  if (!balance) return <p>No balance</p>;
  return (
    <p>{`${balance.activePoints} points, ${balance.currentTier?.name} tier, ${balance.pointsToNextTier} to ${balance.nextTierName}`}</p>
  );
}

describe('<TalonProvider baseUrl="/api/talon"> in a browser', () => {
  it("renders loyalty balances that the browser's own fetch got from the page's origin", async () => {
    // The page's fetch is the browser's, not a stand-in: MSW answers from a service worker.
    expect(Function.prototype.toString.call(window.fetch)).toBe('function fetch() { [native code] }');
    expect(navigator.serviceWorker.controller?.scriptURL).toBe(`${location.origin}/mockServiceWorker.js`);
    worker.use(http.get(url(balancesPath), () => HttpResponse.json(loyaltyBalances)));

    // The browser's network stack times every fetch it makes; Vitest's module loads have filled the buffer already.
    performance.clearResourceTimings();
    // The provider creates its own QueryClient, as on a page without one.
    const screen = await render(
      <TalonProvider baseUrl="/api/talon">
        <Balances />
      </TalonProvider>,
    );

    await expect.element(screen.getByText('1250 points, Silver tier, 750 to Gold', { exact: true })).toBeVisible();
    const absolute = `${location.origin}/api/talon${balancesPath}`;
    expect(requests).toEqual([{ method: 'GET', url: absolute }]);
    const timings = () => performance.getEntriesByName(absolute, 'resource') as PerformanceResourceTiming[];
    await expect.poll(() => timings().map((timing) => timing.initiatorType)).toEqual(['fetch']);
  });
});
