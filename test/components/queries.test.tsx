// Each component's `...Queries` helper names exactly what the component reads: prefetched with it, the component
// renders its data with no request of its own (the key the helper builds is the component's).
import { QueryClient } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { createTalonTransport } from '../../src/client/createTalonTransport.js';
import { CartPromotions, CouponWallet, LoyaltyBalance, ReferralCode } from '../../src/components/index.js';
import {
  cartPromotionsQueries,
  couponWalletQueries,
  loyaltyBalanceQueries,
  referralCodeQueries,
} from '../../src/index.js';
import { demo } from '../../src/mock/index.js';
import { talonHandlers } from '../../src/mock/msw.js';
import { createDemoSandbox, renderWithSandbox, server } from './render.js';

const now = '2026-03-01T12:00:00.000Z';
const cartId = 'prefetched-cart';

/** Prefetches through another path of the same sandbox, then counts the component's own requests. */
async function renderPrefetched(
  ui: ReactElement,
  prefetch: (client: ReturnType<typeof createTalonTransport>, queryClient: QueryClient) => Promise<unknown>,
) {
  const sandbox = createDemoSandbox(now);
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: cartId,
    body: {
      customerSession: {
        profileId: demo.profiles.ada,
        cartItems: [{ sku: 'HOODIE', quantity: 2 }],
        couponCodes: [demo.coupons.valid],
      },
    },
  });
  server.use(...talonHandlers(sandbox, { baseUrl: '/prefetch' }));
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
  await prefetch(createTalonTransport({ baseUrl: '/prefetch' }), queryClient);
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => seen.push(new URL(request.url).pathname));
  renderWithSandbox(ui, { sandbox, queryClient, now });
  return { seen, queryClient };
}

describe('the components’ query helpers', () => {
  it('couponWalletQueries: CouponWallet shows the prefetched coupons without a request', async () => {
    const { seen } = await renderPrefetched(<CouponWallet integrationId={demo.profiles.ada} />, (client, queryClient) =>
      Promise.all(
        couponWalletQueries(client, { integrationId: demo.profiles.ada }).map((query) =>
          queryClient.prefetchQuery(query),
        ),
      ),
    );
    expect(screen.getByRole('heading', { name: 'Your coupons' })).toBeDefined();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(seen.filter((path) => path.startsWith('/api/talon'))).toEqual([]);
  });

  it('loyaltyBalanceQueries: LoyaltyBalance shows the prefetched points without a request', async () => {
    const ids = { loyaltyProgramId: demo.loyaltyPrograms.points, integrationId: demo.profiles.ada };
    const { seen } = await renderPrefetched(<LoyaltyBalance {...ids} />, (client, queryClient) =>
      Promise.all(loyaltyBalanceQueries(client, ids).map((query) => queryClient.prefetchQuery(query))),
    );
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(seen.filter((path) => path.startsWith('/api/talon'))).toEqual([]);
  });

  it('cartPromotionsQueries: CartPromotions shows the prefetched session without a request', async () => {
    const { seen } = await renderPrefetched(<CartPromotions customerSessionId={cartId} />, (client, queryClient) =>
      Promise.all(
        cartPromotionsQueries(client, { customerSessionId: cartId }).map((query) => queryClient.prefetchQuery(query)),
      ),
    );
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(seen.filter((path) => path.startsWith('/api/talon'))).toEqual([]);
  });

  it('a helper and its component share a key: another input misses (the test can fail)', async () => {
    const { seen } = await renderPrefetched(<CouponWallet integrationId={demo.profiles.ada} />, (client, queryClient) =>
      Promise.all(
        couponWalletQueries(client, { integrationId: demo.profiles.vip }).map((query) =>
          queryClient.prefetchQuery(query),
        ),
      ),
    );
    expect(await screen.findByRole('heading', { name: 'Your coupons' })).toBeDefined();
    expect(seen.filter((path) => path.startsWith('/api/talon')).length).toBeGreaterThan(0);
  });

  it('referralCodeQueries: ReferralCode shows the prefetched code without a request', async () => {
    const { seen } = await renderPrefetched(
      <ReferralCode integrationId={demo.profiles.ada} campaignId={demo.campaigns.referrals} />,
      (client, queryClient) =>
        Promise.all(
          referralCodeQueries(client, { integrationId: demo.profiles.ada }).map((query) =>
            queryClient.prefetchQuery(query),
          ),
        ),
    );
    expect(screen.getByText(demo.referrals.ada)).toBeDefined();
    expect(seen.filter((path) => path.startsWith('/api/talon'))).toEqual([]);
  });

  it('one inventory serves CouponWallet and ReferralCode: prefetching the wallet’s serves the code too', async () => {
    const { seen } = await renderPrefetched(
      <ReferralCode integrationId={demo.profiles.ada} campaignId={demo.campaigns.referrals} />,
      (client, queryClient) =>
        Promise.all(
          couponWalletQueries(client, { integrationId: demo.profiles.ada }).map((query) =>
            queryClient.prefetchQuery(query),
          ),
        ),
    );
    expect(screen.getByText(demo.referrals.ada)).toBeDefined();
    expect(seen.filter((path) => path.startsWith('/api/talon'))).toEqual([]);
  });
});

describe('fewer requests', () => {
  it('CouponWallet and ReferralCode mounted together send one inventory request', async () => {
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => seen.push(new URL(request.url).pathname));
    renderWithSandbox(
      <>
        <CouponWallet integrationId={demo.profiles.ada} />
        <ReferralCode integrationId={demo.profiles.ada} campaignId={demo.campaigns.referrals} />
      </>,
      { now },
    );
    expect(await screen.findByText(demo.referrals.ada)).toBeDefined();
    expect(await screen.findByText(demo.coupons.visible)).toBeDefined();
    expect(seen).toEqual([`/api/talon/v1/customer_profiles/${demo.profiles.ada}/inventory`]);
    server.events.removeAllListeners();
  });
});
