// CouponWallet against the demo sandbox. Ada's inventory in the demo holds RESERVED10 (hard-reserved for her) and
// VISIBLE10 (implicitly reserved); these tests also reserve the expired, used-up and pending demo codes for her, and
// add a gift card and a disabled coupon, so that every group shows.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRef } from 'react';
import { CouponWallet } from '../../src/components/CouponWallet/CouponWallet.js';
import { createTalonSandbox, demo, demoSeed, type TalonSandbox } from '../../src/mock/index.js';
import { renderWithSandbox, server, url } from './render.js';
import { WalletWithCart } from './WalletWithCart.js';

const now = '2026-03-01T12:00:00.000Z';
const ada = demo.profiles.ada;
const cartId = 'cart-ada';
const inventoryPath = url('/v1/customer_profiles/:integrationId/inventory');
const sessionPath = url('/v2/customer_sessions/:customerSessionId');
const day = 24 * 60 * 60 * 1000;
const medium = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const inDays = (days: number) => medium.format(new Date(Date.parse(now) + days * day));

function walletSandbox(): TalonSandbox {
  const seed = demoSeed({ now });
  const mine: string[] = [demo.coupons.expired, demo.coupons.exhausted, demo.coupons.pending];
  seed.coupons = [
    ...(seed.coupons ?? []).map((coupon) => (mine.includes(coupon.value) ? { ...coupon, reservedBy: [ada] } : coupon)),
    {
      value: 'GIFT50',
      campaignId: demo.campaigns.coupons,
      usageLimit: 0,
      discountLimit: 50,
      expiryDate: new Date(Date.parse(now) + 20 * day).toISOString(),
      reservedBy: [ada],
      attributes: { description: 'Gift card' },
      created: now,
    },
    { value: 'OLD5', campaignId: demo.campaigns.coupons, disabled: true, reservedBy: [ada], created: now },
  ];
  return createTalonSandbox(seed, { now });
}

/** Ada's cart: a session with a hoodie, created in the sandbox before the wallet mounts. */
function withCart(sandbox: TalonSandbox, couponCodes: string[] = []) {
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: cartId,
    body: { customerSession: { profileId: ada, cartItems: [{ sku: 'HOODIE', quantity: 1 }], couponCodes } },
  });
  return sandbox;
}

const sessionCodes = (sandbox: TalonSandbox) =>
  sandbox.call('getCustomerSession', { customerSessionId: cartId }).customerSession?.couponCodes;

/** The list of a group, labelled by its heading. */
const group = (name: string) => within(screen.getByRole('list', { name }));

/** The live region that says `text`. */
async function findNotice(text: string | RegExp): Promise<HTMLElement> {
  const found = await screen.findByText(text);
  const status = found.closest<HTMLElement>('[role="status"]');
  if (!status) throw new Error(`"${found.textContent}" is not in a live region`);
  return status;
}

describe('CouponWallet', () => {
  it('shows loading, then the coupons grouped by state with their dates in the locale', async () => {
    renderWithSandbox(<CouponWallet integrationId={ada} campaignNames={{ 1: 'Welcome coupons' }} />, {
      sandbox: walletSandbox(),
    });
    const wallet = screen.getByRole('region', { name: 'Your coupons' });
    expect(wallet).toHaveAttribute('data-state', 'loading');
    expect(within(wallet).getByText('Loading…')).toHaveAttribute('role', 'status');

    await screen.findByRole('heading', { level: 3, name: 'Ready to use' });
    expect(wallet).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('heading', { level: 2, name: 'Your coupons' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Ready to use',
      'Coming soon',
      'Used',
      'Expired',
    ]);
    const active = screen.getByRole('list', { name: 'Ready to use' });
    expect(
      within(active)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.talon-coupon-wallet__code')?.textContent),
    ).toEqual([demo.coupons.reserved, demo.coupons.visible, 'GIFT50']);
    const gift = within(active).getByText('GIFT50').closest('li') as HTMLElement;
    expect(gift).toHaveAttribute('data-status', 'active');
    expect(gift).toHaveTextContent('Welcome coupons · Gift card · $50.00 left of $50.00');
    expect(gift).toHaveTextContent(`Valid until ${inDays(20)}`);
    expect(within(active).getByText(demo.coupons.visible).closest('li')).toHaveTextContent('No expiry date');

    const pending = group('Coming soon').getByText(demo.coupons.pending).closest('li');
    expect(pending).toHaveAttribute('data-status', 'pending');
    expect(pending).toHaveTextContent(`Valid from ${inDays(7)}`);
    expect(group('Used').getByText(demo.coupons.exhausted).closest('li')).toHaveAttribute('data-status', 'used');
    const expired = group('Expired').getByText(demo.coupons.expired).closest('li');
    expect(expired).toHaveTextContent(`Expired on ${inDays(-1)}`);
    // Disabled coupons are hidden unless asked for; nobody can apply without a cart.
    expect(screen.queryByText('OLD5')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Apply to cart/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Copy code / })).toHaveLength(6);
  });

  it('formats dates in the provider locale and shows disabled coupons in their own group when asked', async () => {
    renderWithSandbox(<CouponWallet integrationId={ada} showDisabled />, {
      sandbox: walletSandbox(),
      locale: 'de-DE',
      currency: 'EUR',
    });
    const gift = (await screen.findByText('GIFT50')).closest('li') as HTMLElement;
    const german = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' });
    expect(gift).toHaveTextContent(`Valid until ${german.format(new Date(Date.parse(now) + 20 * day))}`);
    expect(gift).toHaveTextContent('50,00 € left of 50,00 €');
    expect(group('Unavailable').getByText('OLD5').closest('li')).toHaveAttribute('data-status', 'disabled');
  });

  it('is empty for a customer without coupons, or one Talon.One has not seen (404)', async () => {
    const sandbox = createTalonSandbox({ ...demoSeed({ now }), coupons: [] }, { now });
    const { unmount } = renderWithSandbox(<CouponWallet integrationId={ada} />, { sandbox });
    expect(await screen.findByText('You have no coupons yet.')).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    unmount();

    renderWithSandbox(<CouponWallet integrationId="never-seen" />);
    expect(await screen.findByText('You have no coupons yet.')).toBeInTheDocument();
  });

  it('waits, without a request, while the customer is unknown', async () => {
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(request.url));
    renderWithSandbox(<CouponWallet integrationId={undefined} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'loading');
    expect(seen).toEqual([]);
    server.events.removeAllListeners('request:start');
  });

  it('shows an error with a retry on a 500, and recovers', async () => {
    server.use(http.get(inventoryPath, () => HttpResponse.json({ message: 'boom' }, { status: 500 }), { once: true }));
    const { user } = renderWithSandbox(<CouponWallet integrationId={ada} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'error');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(demo.coupons.visible)).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'ready');
  });

  it('shows an error when the answer does not fit the schema', async () => {
    server.use(http.get(inventoryPath, () => HttpResponse.json({ coupons: [{ value: 42, state: 'active' }] })));
    renderWithSandbox(<CouponWallet integrationId={ada} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'error');
  });

  it('copies a code with the keyboard and announces it', async () => {
    const { user } = renderWithSandbox(<CouponWallet integrationId={ada} />, { sandbox: walletSandbox() });
    await screen.findByText('GIFT50');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.tab();
    expect(screen.getByRole('button', { name: `Copy code ${demo.coupons.reserved}` })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith(demo.coupons.reserved);
    expect(await findNotice(`Code ${demo.coupons.reserved} copied.`)).toHaveAttribute('data-status', 'copied');
    const button = screen.getByRole('button', { name: 'Copied' });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('data-state', 'copied');
    expect(await navigator.clipboard.readText()).toBe(demo.coupons.reserved);
  });

  it('says so when the clipboard refuses', async () => {
    const { user } = renderWithSandbox(<CouponWallet integrationId={ada} />);
    await screen.findByText(demo.coupons.visible);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: `Copy code ${demo.coupons.visible}` }));
    expect(await findNotice(/^Could not copy/)).toHaveAttribute('data-status', 'failed');
  });

  it('applies a code to the cart and removes it, keyboard only, with the outcome announced', async () => {
    const sandbox = withCart(walletSandbox());
    const { user } = renderWithSandbox(<WalletWithCart integrationId={ada} cartId={cartId} />, { sandbox });
    const applyButton = await screen.findByRole('button', { name: `Apply to cart: code ${demo.coupons.reserved}` });
    // Only active coupons can be applied.
    expect(screen.getAllByRole('button', { name: /^Apply to cart/ })).toHaveLength(3);

    await user.tab(); // copy RESERVED10
    await user.tab();
    expect(applyButton).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await findNotice(`${demo.coupons.reserved} was applied to your cart.`)).toHaveAttribute(
      'data-status',
      'accepted',
    );
    expect(sessionCodes(sandbox)).toEqual([demo.coupons.reserved]);
    const row = screen.getByText(demo.coupons.reserved).closest('li') as HTMLElement;
    expect(row).toHaveAttribute('data-cart', 'accepted');
    expect(row).toHaveTextContent('In your cart');
    // The same button now removes the code, and keeps the focus.
    const removeButton = within(row).getByRole('button', { name: `Remove from cart: code ${demo.coupons.reserved}` });
    expect(removeButton).toHaveFocus();

    await user.keyboard(' ');
    expect(await screen.findByText(`${demo.coupons.reserved} was removed from your cart.`)).toBeInTheDocument();
    expect(sessionCodes(sandbox)).toEqual([]);
    expect(row).not.toHaveAttribute('data-cart');
    expect(within(row).getByRole('button', { name: `Apply to cart: code ${demo.coupons.reserved}` })).toHaveFocus();
  });

  it('says why a code was rejected, in words', async () => {
    // One coupon per campaign applies: with RESERVED10 in the cart, VISIBLE10 (same campaign) is rejected.
    const sandbox = withCart(walletSandbox(), [demo.coupons.reserved]);
    const { user } = renderWithSandbox(<WalletWithCart integrationId={ada} cartId={cartId} />, { sandbox });
    await user.click(await screen.findByRole('button', { name: `Apply to cart: code ${demo.coupons.visible}` }));
    const notice = await findNotice(`${demo.coupons.visible} was not applied. This code does not apply to your cart.`);
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveAttribute('data-status', 'rejected');
    const row = screen.getByText(demo.coupons.visible).closest('li') as HTMLElement;
    expect(row).toHaveAttribute('data-cart', 'rejected');
    expect(row).toHaveTextContent('In your cart, not applied: This code does not apply to your cart.');
    expect(sessionCodes(sandbox)).toEqual([demo.coupons.reserved, demo.coupons.visible]);
  });

  it('announces a failed write and leaves the cart as it was', async () => {
    const sandbox = withCart(walletSandbox());
    server.use(http.put(sessionPath, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const { user } = renderWithSandbox(<WalletWithCart integrationId={ada} cartId={cartId} />, { sandbox });
    await user.click(await screen.findByRole('button', { name: `Apply to cart: code ${demo.coupons.visible}` }));
    expect(
      await screen.findByText(`${demo.coupons.visible} could not be changed in your cart. Please try again.`),
    ).toBeInTheDocument();
    expect(sessionCodes(sandbox)).toEqual([]);
  });

  it('offers no apply while the cart cannot be read, and says so', async () => {
    server.use(http.get(sessionPath, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    renderWithSandbox(<WalletWithCart integrationId={ada} cartId={cartId} />, {
      sandbox: withCart(walletSandbox()),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your cart could not be loaded');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'ready');
    expect(screen.queryByRole('button', { name: /Apply to cart/ })).not.toBeInTheDocument();
  });

  it('applies to a cart that does not exist yet (404 is an empty cart)', async () => {
    const sandbox = walletSandbox();
    const { user } = renderWithSandbox(<WalletWithCart integrationId={ada} cartId="new-cart" />, { sandbox });
    await user.click(await screen.findByRole('button', { name: `Apply to cart: code ${demo.coupons.visible}` }));
    expect(await screen.findByText(`${demo.coupons.visible} was applied to your cart.`)).toBeInTheDocument();
    expect(sandbox.call('getCustomerSession', { customerSessionId: 'new-cart' }).customerSession?.couponCodes).toEqual([
      demo.coupons.visible,
    ]);
  });

  it('takes its words from the messages prop over the provider over the defaults', async () => {
    renderWithSandbox(
      <CouponWallet
        integrationId={ada}
        messages={{ title: 'Meine Gutscheine', copyLabel: (code) => `Kopieren ${code}` }}
      />,
      {
        messages: {
          couponWallet: { title: 'Gutscheine', groupActive: 'Einlösbar' },
          common: { copy: 'Kopieren' },
        },
      },
    );
    expect(await screen.findByRole('heading', { name: 'Einlösbar' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Meine Gutscheine' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Kopieren ${demo.coupons.visible}` })).toHaveTextContent('Kopieren');
  });

  it('forwards its ref to the root, adds className, and leaves out its classes when unstyled', async () => {
    const ref = createRef<HTMLElement>();
    const { container } = renderWithSandbox(
      <CouponWallet ref={ref} integrationId={ada} unstyled className="my-wallet" />,
    );
    await screen.findByText(demo.coupons.visible);
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.tagName).toBe('SECTION');
    expect(ref.current).toHaveAttribute('class', 'my-wallet');
    expect(container.querySelector('[class*="talon"]')).toBeNull();
    expect(screen.getByText(demo.coupons.visible).closest('li')).toHaveAttribute('data-status', 'active');
  });

  it('uses the heading level it is given, or none', async () => {
    const { unmount } = renderWithSandbox(<CouponWallet integrationId={ada} headingLevel={4} />);
    expect(await screen.findByRole('heading', { level: 5, name: 'Ready to use' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Your coupons' })).toBeInTheDocument();
    unmount();

    renderWithSandbox(<CouponWallet integrationId={ada} headingLevel={false} />);
    expect(await screen.findByRole('list', { name: 'Ready to use' })).toBeInTheDocument();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your coupons' })).toBeInTheDocument();
  });

  it('renders custom rows with renderCoupon, whose actions work', async () => {
    const sandbox = withCart(walletSandbox());
    const { user } = renderWithSandbox(
      <WalletWithCart
        integrationId={ada}
        cartId={cartId}
        renderCoupon={(coupon, { apply, copy, group: state, dateText, cart }) => (
          <article aria-label={coupon.value}>
            <span>{`${coupon.value} (${state}) ${dateText}`}</span>
            {cart && <span>{`cart: ${cart.status}`}</span>}
            <button type="button" onClick={copy}>
              {`copy ${coupon.value}`}
            </button>
            {apply && (
              <button type="button" onClick={apply}>
                {`use ${coupon.value}`}
              </button>
            )}
          </article>
        )}
      />,
      { sandbox },
    );
    expect(await screen.findByText(`${demo.coupons.visible} (active) No expiry date`)).toBeInTheDocument();
    expect(screen.getByText(`${demo.coupons.visible} (active) No expiry date`).closest('li')).toHaveAttribute(
      'data-status',
      'active',
    );
    expect(screen.queryByRole('button', { name: `use ${demo.coupons.expired}` })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `use ${demo.coupons.visible}` }));
    expect(await screen.findByText(`${demo.coupons.visible} was applied to your cart.`)).toBeInTheDocument();
    expect(await screen.findByText('cart: accepted')).toBeInTheDocument();
  });

  it('renders a thousand coupons in their groups', async () => {
    const seed = demoSeed({ now });
    seed.coupons = Array.from({ length: 1000 }, (_, index) => ({
      value: `BULK-${String(index).padStart(4, '0')}`,
      campaignId: demo.campaigns.coupons,
      reservedBy: [ada],
      created: now,
      ...(index % 4 === 1 ? { expiryDate: new Date(Date.parse(now) - day).toISOString() } : {}),
      ...(index % 4 === 2 ? { startDate: new Date(Date.parse(now) + day).toISOString() } : {}),
      ...(index % 4 === 3 ? { usageCounter: 1 } : {}),
    }));
    renderWithSandbox(<CouponWallet integrationId={ada} />, { sandbox: createTalonSandbox(seed, { now }) });
    const active = await screen.findByRole('list', { name: 'Ready to use' });
    // Role queries over 1,000 rows are slow in jsdom: count with selectors.
    expect(active.querySelectorAll('li[data-status="active"]')).toHaveLength(250);
    expect(document.querySelectorAll('li')).toHaveLength(1000);
    for (const status of ['pending', 'used', 'expired']) {
      expect(document.querySelectorAll(`li[data-status="${status}"]`)).toHaveLength(250);
    }
  });
});
