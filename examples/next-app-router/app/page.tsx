import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { headers } from 'next/headers';
import { couponWalletQueries, loyaltyBalanceQueries } from 'talon-react';
import { CouponWallet, LoyaltyBalance } from 'talon-react/components';
import { shop } from '../lib/shop';
import { shopperOf } from '../lib/shopper';
import { serverTalonClient } from '../lib/talon';
import { PointsBadge } from './PointsBadge';

// A Server Component: prefetches exactly what the components read (their `...Queries` helpers), so that the HTML
// already holds the shopper's points and coupons and the browser asks for nothing after hydration.
export default async function RewardsPage() {
  const shopperId = await shopperOf(await headers());
  if (!shopperId) return <p>Sign in to see your rewards.</p>;
  const talon = await serverTalonClient();
  const balance = { loyaltyProgramId: shop.loyaltyProgramId, integrationId: shopperId };
  const wallet = { integrationId: shopperId };

  const queryClient = new QueryClient();
  await Promise.all(
    [...loyaltyBalanceQueries(talon, balance), ...couponWalletQueries(talon, wallet)].map((query) =>
      queryClient.prefetchQuery(query),
    ),
  );

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PointsBadge integrationId={shopperId} />
      <LoyaltyBalance {...balance} />
      <CouponWallet {...wallet} />
    </HydrationBoundary>
  );
}
