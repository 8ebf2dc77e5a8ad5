'use client';
// The page bench/bundles.mjs measures: what issue 13 names, TalonProvider, useLoyaltyBalances, CouponWallet and
// LoyaltyBalance, and nothing else of the kit. The same file in every bundler.
import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { TalonProvider, useLoyaltyBalances } from 'talon-react';
import { CouponWallet, LoyaltyBalance } from 'talon-react/components';
import 'talon-react/styles.css';

const shopperId = 'demo-shopper-1';

function Points() {
  const { data } = useLoyaltyBalances({ loyaltyProgramId: 1, integrationId: shopperId, includeTiers: true });
  return <p>{data?.balance?.activePoints ?? '…'} points</p>;
}

export function RewardsPage() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <TalonProvider baseUrl="/api/talon" queryClient={queryClient} locale="en-US" currency="EUR">
      <Points />
      <LoyaltyBalance loyaltyProgramId={1} integrationId={shopperId} />
      <CouponWallet integrationId={shopperId} />
    </TalonProvider>
  );
}
