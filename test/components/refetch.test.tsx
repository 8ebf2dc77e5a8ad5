// A failed background refetch keeps the data on screen, with a polite notice and a retry beside it (issue 13.7).
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  AchievementProgress,
  CartPromotions,
  CouponCodeForm,
  CouponWallet,
  LoyaltyBalance,
  LoyaltyCardBalance,
  LoyaltyHistory,
  ReferralCode,
} from '../../src/components/index.js';
import { demo, type TalonSandbox } from '../../src/mock/index.js';
import { createDemoSandbox, renderWithSandbox, server, url } from './render.js';

const cartId = 'refetch-cart';
const sessionPath = '/v2/customer_sessions/:customerSessionId';

/** The component's root while it shows its data. */
function shown(): HTMLElement {
  const root = document.querySelector<HTMLElement>('.talon[data-state="ready"]');
  if (!root) throw new Error('the data is not on screen');
  return root;
}

async function failRefetch(ui: ReactElement, path: string, sandbox?: TalonSandbox) {
  const { queryClient, user } = renderWithSandbox(ui, sandbox ? { sandbox } : {});
  await waitFor(() => expect(shown()).toBeDefined());
  server.use(http.get(url(path), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
  await queryClient.invalidateQueries();
  const notice = await screen.findByText('This could not be updated just now; it may be out of date.');
  expect(notice.getAttribute('role')).toBe('status');
  expect(shown()).toBeDefined();
  expect(screen.queryByText('Something went wrong.')).toBeNull();
  server.resetHandlers();
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(screen.queryByText(notice.textContent ?? '')).toBeNull());
  expect(shown()).toBeDefined();
}

describe('a failed background refetch', () => {
  it('keeps LoyaltyBalance’s points', async () => {
    await failRefetch(
      <LoyaltyBalance loyaltyProgramId={demo.loyaltyPrograms.points} integrationId={demo.profiles.ada} />,
      '/v1/loyalty_programs/:programId/profile/:integrationId/balances',
    );
  });

  it('keeps CouponWallet’s coupons', async () => {
    await failRefetch(
      <CouponWallet integrationId={demo.profiles.ada} />,
      '/v1/customer_profiles/:integrationId/inventory',
    );
  });

  it('keeps CartPromotions’ discounts', async () => {
    const sandbox = createDemoSandbox();
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
    await failRefetch(<CartPromotions customerSessionId={cartId} />, sessionPath, sandbox);
  });

  it('keeps CouponCodeForm’s codes', async () => {
    const sandbox = createDemoSandbox();
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: cartId,
      body: { customerSession: { profileId: demo.profiles.ada, couponCodes: [demo.coupons.valid] } },
    });
    await failRefetch(<CouponCodeForm customerSessionId={cartId} />, sessionPath, sandbox);
  });

  it('keeps LoyaltyCardBalance’s points', async () => {
    await failRefetch(
      <LoyaltyCardBalance loyaltyProgramId={demo.loyaltyPrograms.cards} loyaltyCardId={demo.loyaltyCards.linked} />,
      '/v1/loyalty_programs/:programId/cards/:cardId/balances',
    );
  });

  it('keeps AchievementProgress’s achievements', async () => {
    await failRefetch(
      <AchievementProgress integrationId={demo.profiles.ada} />,
      '/v1/customer_profiles/:integrationId/achievements',
    );
  });

  it('keeps LoyaltyHistory’s transactions', async () => {
    await failRefetch(
      <LoyaltyHistory loyaltyProgramId={demo.loyaltyPrograms.points} integrationId={demo.profiles.ada} />,
      '/v1/loyalty_programs/:programId/profile/:integrationId/transactions',
    );
  });

  it('keeps ReferralCode’s code', async () => {
    await failRefetch(
      <ReferralCode integrationId={demo.profiles.ada} campaignId={demo.campaigns.referrals} />,
      '/v1/customer_profiles/:integrationId/inventory',
    );
  });
});
