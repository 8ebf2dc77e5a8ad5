// CartPromotions against the demo sandbox: a cart of 2 hoodies and coffee (135) with WELCOME10 gets 10% off
// (13.50), 10 off orders of 100 or more (with a notification), 135 points plus 10 pending coffee-club points; the
// expired code is rejected. These tests add a campaign that gives socks with boots.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRef } from 'react';
import { CartPromotions } from '../../src/components/CartPromotions/CartPromotions.js';
import { CouponCodeForm } from '../../src/components/CouponCodeForm/CouponCodeForm.js';
import { createTalonSandbox, demo, demoSeed, type TalonSandbox } from '../../src/mock/index.js';
import { renderWithSandbox, server, url } from './render.js';

const now = '2026-03-01T12:00:00.000Z';
const cartId = 'cart-promotions';
const sessionPath = url('/v2/customer_sessions/:customerSessionId');
const day = 24 * 60 * 60 * 1000;

function sandboxWithCart(
  cartItems: Array<{ sku: string; quantity: number }> = [
    { sku: 'HOODIE', quantity: 2 },
    { sku: 'COFFEE', quantity: 1 },
  ],
  couponCodes: string[] = [demo.coupons.valid, demo.coupons.expired],
): TalonSandbox {
  const seed = demoSeed({ now });
  seed.campaigns = [
    ...(seed.campaigns ?? []),
    {
      id: 20,
      name: 'Socks with boots',
      startTime: new Date(Date.parse(now) - day).toISOString(),
      rules: [
        {
          title: 'Free socks',
          conditions: [{ type: 'itemInCart', item: { sku: 'BOOTS' } }],
          effects: [{ type: 'freeItem', sku: 'SOCKS', name: 'Socks (3 pairs)' }],
        },
      ],
    },
  ];
  const sandbox = createTalonSandbox(seed, { now });
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: cartId,
    body: { customerSession: { profileId: demo.profiles.ada, cartItems, couponCodes } },
  });
  return sandbox;
}

/** The `<dt>` and `<dd>` of every figure of a part, as text pairs. */
const figures = (kind: string) =>
  [...document.querySelectorAll(`[data-kind="${kind}"] dl > div`)].map((row) => [
    row.querySelector('dt')?.textContent,
    row.querySelector('dd')?.textContent,
  ]);

describe('CartPromotions', () => {
  it('shows loading, then each discount by name, the total saved, points, codes and notifications', async () => {
    renderWithSandbox(<CartPromotions customerSessionId={cartId} />, { sandbox: sandboxWithCart() });
    const region = screen.getByRole('region', { name: 'Your savings' });
    expect(region).toHaveAttribute('data-state', 'loading');
    expect(within(region).getByRole('status')).toHaveTextContent('Loading…');

    await screen.findByRole('heading', { level: 3, name: 'Discounts' });
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(figures('discounts')).toEqual([
      ['10% off with coupon', '-$13.50'],
      ['10 off orders of 100 or more', '-$10.00'],
      ['Total saved', '$23.50'],
    ]);
    const pendingFrom = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(
      new Date(Date.parse(now) + 7 * day),
    );
    expect(figures('points')).toEqual([
      ['1 point per currency unit', '135 points'],
      ['Coffee club bonus', `10 points, usable from ${pendingFrom}`],
      ['Points you will earn', '145 points'],
    ]);
    const codes = screen.getByRole('list', { name: 'Codes' });
    expect(
      within(codes)
        .getAllByRole('listitem')
        .map((li) => [li.textContent, li.dataset.status]),
    ).toEqual([
      ['WELCOME10: applied', 'accepted'],
      ['EXPIRED10: not applied. This code has expired.', 'rejected'],
    ]);
    const notes = screen.getByRole('list', { name: 'Good to know' });
    expect(within(notes).getByRole('listitem')).toHaveTextContent('You saved 10 Orders of 100 or more get 10 off.');
    expect(within(notes).getByRole('listitem')).toHaveAttribute('data-type', 'info');
    expect(screen.queryByRole('list', { name: 'Free items' })).not.toBeInTheDocument();
  });

  it('formats money with the provider locale and currency, names campaigns it is given, lists free items', async () => {
    renderWithSandbox(
      <CartPromotions customerSessionId={cartId} campaignNames={{ [demo.campaigns.coupons]: 'Welcome coupons' }} />,
      { sandbox: sandboxWithCart([{ sku: 'BOOTS', quantity: 1 }]), locale: 'de-DE', currency: 'EUR' },
    );
    await screen.findByRole('heading', { name: 'Discounts' });
    expect(figures('discounts')).toEqual([
      ['Welcome coupons', '-14,00\u00a0€'],
      ['10 off orders of 100 or more', '-10,00\u00a0€'],
      ['Total saved', '24,00\u00a0€'],
    ]);
    const free = screen.getByRole('list', { name: 'Free items' });
    expect(within(free).getByRole('listitem')).toHaveTextContent('Socks (3 pairs)');
    expect(figures('points')).toEqual([['1 point per currency unit', '140 points']]);
  });

  it('follows the session when a code is applied elsewhere on the page', async () => {
    const sandbox = sandboxWithCart([{ sku: 'MUG', quantity: 1 }], []);
    const { user } = renderWithSandbox(
      <>
        <CouponCodeForm customerSessionId={cartId} />
        <CartPromotions customerSessionId={cartId} />
      </>,
      { sandbox },
    );
    expect(await screen.findByText(/^1 point per currency unit/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Codes' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await user.type(screen.getByRole('textbox', { name: 'Coupon code' }), `${demo.coupons.valid}{Enter}`);
    await screen.findByRole('heading', { name: 'Discounts' });
    expect(figures('discounts')).toEqual([
      ['10% off with coupon', '-$1.20'],
      ['Total saved', '$1.20'],
    ]);
    expect(within(screen.getByRole('list', { name: 'Codes' })).getByRole('listitem')).toHaveTextContent(
      'WELCOME10: applied',
    );
  });

  it('is empty when nothing applies, and for a session that does not exist yet', async () => {
    const seed = demoSeed({ now });
    const sandbox = createTalonSandbox({ ...seed, campaigns: [] }, { now });
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: cartId,
      body: { customerSession: { profileId: demo.profiles.ada, cartItems: [{ sku: 'MUG', quantity: 1 }] } },
    });
    const { unmount } = renderWithSandbox(<CartPromotions customerSessionId={cartId} />, { sandbox });
    expect(await screen.findByText('No promotions apply to your cart yet.')).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    unmount();

    renderWithSandbox(<CartPromotions customerSessionId="no-such-cart" />);
    expect(await screen.findByText('No promotions apply to your cart yet.')).toBeInTheDocument();
  });

  it('shows an error with a retry on a 500, and recovers', async () => {
    server.use(http.get(sessionPath, () => HttpResponse.json({ message: 'down' }, { status: 500 }), { once: true }));
    const { user } = renderWithSandbox(<CartPromotions customerSessionId={cartId} />, { sandbox: sandboxWithCart() });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'error');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Total saved')).toBeInTheDocument();
  });

  it('shows an error when the session does not fit the schema', async () => {
    server.use(
      http.get(sessionPath, () =>
        HttpResponse.json({ effects: [{ effectType: 'setDiscount', campaignId: 1, props: { value: 'lots' } }] }),
      ),
    );
    renderWithSandbox(<CartPromotions customerSessionId={cartId} />, { sandbox: sandboxWithCart() });
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
  });

  it('says why a referral code was rejected', async () => {
    const sandbox = sandboxWithCart([{ sku: 'MUG', quantity: 1 }], []);
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: cartId,
      body: { customerSession: { referralCode: demo.referrals.ada } },
    });
    renderWithSandbox(<CartPromotions customerSessionId={cartId} />, { sandbox });
    const item = await screen.findByText(/^ADA-FRIEND: not applied/);
    expect(item).toHaveTextContent('ADA-FRIEND: not applied. You cannot use your own referral code.');
    expect(item).toHaveAttribute('data-kind', 'referral');
  });

  it('takes its words from the messages prop over the provider over the defaults', async () => {
    renderWithSandbox(<CartPromotions customerSessionId={cartId} messages={{ totalSaved: 'Gespart' }} />, {
      sandbox: sandboxWithCart(),
      messages: {
        cartPromotions: { totalSaved: 'Ersparnis', discountsTitle: 'Rabatte', points: (p) => `${p} Punkte` },
        common: { couponRejection: (reason) => `(${reason})` },
      },
    });
    expect(await screen.findByRole('heading', { name: 'Rabatte' })).toBeInTheDocument();
    expect(screen.getByText('Gespart')).toBeInTheDocument();
    expect(screen.getByText('135 Punkte')).toBeInTheDocument();
    expect(screen.getByText('EXPIRED10: not applied. (CouponExpired)')).toBeInTheDocument();
  });

  it('forwards its ref to the root, adds className, leaves out its classes when unstyled, renders notifications', async () => {
    const ref = createRef<HTMLElement>();
    const { container } = renderWithSandbox(
      <CartPromotions
        ref={ref}
        customerSessionId={cartId}
        unstyled
        className="my-cart"
        headingLevel={false}
        renderNotification={(note) => <em>{`${note.title}!`}</em>}
      />,
      { sandbox: sandboxWithCart() },
    );
    expect(await screen.findByText('You saved 10!')).toBeInTheDocument();
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveAttribute('class', 'my-cart');
    expect(container.querySelector('[class*="talon"]')).toBeNull();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your savings' })).toBe(ref.current);
    expect(screen.getByRole('list', { name: 'Codes' })).toBeInTheDocument();
  });
});
