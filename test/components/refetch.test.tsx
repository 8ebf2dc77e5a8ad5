// A failed background refetch keeps the data on screen, with a polite notice and a retry beside it (issue 13.7).
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CouponWallet, LoyaltyBalance } from '../../src/components/index.js';
import { demo } from '../../src/mock/index.js';
import { renderWithSandbox, server, url } from './render.js';

/** The component's root while it shows its data. */
function shown(): HTMLElement {
  const root = document.querySelector<HTMLElement>('section[data-state="ready"]');
  if (!root) throw new Error('the data is not on screen');
  return root;
}

async function failRefetch(ui: ReactElement, path: string) {
  const { queryClient, user } = renderWithSandbox(ui);
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
});
