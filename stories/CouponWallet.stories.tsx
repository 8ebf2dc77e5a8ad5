// CouponWallet over the demo sandbox. Ada's demo inventory holds RESERVED10 (hard-reserved for her) and VISIBLE10
// (visible to everyone); `walletSeed` also reserves the expired, used-up and pending demo codes for her and adds a gift
// card, so that every group shows. Her cart is the session `demo-cart` (a hoodie), connected as an app connects it:
// `cart={useSessionCoupons(cartId)}`.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, waitFor, within } from 'storybook/test';
import { useSessionCoupons } from 'talon-react';
import { CouponWallet, type CouponWalletProps } from 'talon-react/components';
import { ar } from 'talon-react/locales/ar';
import type { SandboxSeed, TalonSandbox } from 'talon-react/mock';
import {
  BASE_PATH,
  demo,
  emptyHandlers,
  emptyStory,
  errorHandlers,
  errorStory,
  loadingStory,
  maxWidth,
  sandboxHandlers,
  withSandbox,
} from './support/index.js';

const cartId = 'demo-cart';
const ada = demo.profiles.ada;
const day = 24 * 60 * 60 * 1000;

/** Ada gets a coupon in every state, and a gift card with a value left. */
function walletSeed(seed: SandboxSeed, now: Date): SandboxSeed {
  const mine: string[] = [demo.coupons.expired, demo.coupons.exhausted, demo.coupons.pending];
  return {
    ...seed,
    coupons: [
      ...(seed.coupons ?? []).map((coupon) =>
        mine.includes(coupon.value)
          ? { ...coupon, reservedBy: [ada], attributes: { description: '10% off your order' } }
          : coupon,
      ),
      {
        value: 'GIFT-50',
        campaignId: demo.campaigns.coupons,
        usageLimit: 0,
        discountLimit: 50,
        expiryDate: new Date(now.getTime() + 90 * day).toISOString(),
        reservedBy: [ada],
        attributes: { description: 'Gift card' },
        created: now.toISOString(),
      },
    ],
  };
}

/** Ada's cart, with the codes given already applied. */
const cart =
  (couponCodes: string[] = []) =>
  (sandbox: TalonSandbox) => {
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: cartId,
      body: { customerSession: { profileId: ada, cartItems: [{ sku: 'HOODIE', quantity: 1 }], couponCodes } },
    });
  };

const sessionCodes = (sandbox: TalonSandbox) =>
  sandbox.call('getCustomerSession', { customerSessionId: cartId }).customerSession?.couponCodes;

/** Replaces `navigator.clipboard` for one story; the returned function puts it back. */
function stubClipboard(value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as unknown as Record<string, unknown>).clipboard;
  };
}

type WalletArgs = CouponWalletProps & { cartId?: string | undefined };

/** The wallet with a cart: what a cart page renders. */
function WalletWithCart({ cartId, ...props }: CouponWalletProps & { cartId: string }) {
  return <CouponWallet {...props} cart={useSessionCoupons(cartId)} />;
}

/** A clipboard that always works, so that copying does not depend on the browser's permissions. */
const writeText = fn(async (_text: string) => {});

const meta = {
  title: 'Components/CouponWallet',
  component: CouponWallet,
  tags: ['autodocs'],
  args: {
    integrationId: ada,
    cartId,
    campaignNames: { [demo.campaigns.coupons]: 'Welcome coupons' },
    showDisabled: false,
    headingLevel: 2,
    unstyled: false,
  },
  argTypes: {
    integrationId: {
      control: 'select',
      options: [...Object.values(demo.profiles), 'new-shopper'],
      description: 'The customer: Ada has a coupon in every state; the others see VISIBLE10; `new-shopper` is unknown.',
    },
    cartId: {
      control: 'select',
      options: [cartId, 'new-cart', undefined],
      description:
        'The cart (`cart={useSessionCoupons(cartId)}`): `demo-cart` is Ada’s, `new-cart` does not exist yet, none hides "Apply".',
    },
    cart: { control: false },
    campaignNames: { control: 'object' },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6, false] },
    renderCoupon: { control: false },
  },
  parameters: { layout: 'padded', msw: { handlers: sandboxHandlers({ seed: walletSeed, setup: cart() }) } },
  beforeEach: () => {
    writeText.mockClear();
    return stubClipboard({ writeText });
  },
  decorators: [maxWidth('40rem')],
  render: ({ cartId: id, ...args }) => (id ? <WalletWithCart cartId={id} {...args} /> : <CouponWallet {...args} />),
} satisfies Meta<WalletArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ada's coupons in their groups: ready to use (with "Apply to cart"), coming soon, used and expired. */
export const Populated: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Ready to use' })).toBeVisible();
    const wallet = canvas.getByRole('region', { name: 'Your coupons' });
    await expect(wallet).toHaveAttribute('data-state', 'ready');
    await expect(canvas.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Ready to use',
      'Coming soon',
      'Used',
      'Expired',
    ]);
    const gift = canvas.getByText('GIFT-50').closest('li') as HTMLElement;
    await expect(gift).toHaveTextContent('$50.00 left of $50.00');
    // "Apply to cart" waits for the cart: the wallet never overwrites codes it has not read.
    await expect(await within(gift).findByRole('button', { name: 'Apply to cart: code GIFT-50' })).toBeVisible();
  },
};

/**
 * Arabic, right to left (the toolbar's العربية): the words of `talon-react/locales/ar`, numbers and dates of `ar-EG`,
 * and the layout mirrored by the kit's logical CSS, so each line starts at the right edge.
 */
export const Arabic: Story = {
  globals: { locale: 'ar-EG' },
  play: async ({ canvas }) => {
    const group = await canvas.findByRole('heading', { name: ar.couponWallet.groupActive });
    const wallet = canvas.getByRole('region', { name: ar.couponWallet.title });
    await expect(wallet.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(getComputedStyle(wallet).direction).toBe('rtl');
    const words = document.createRange();
    words.selectNodeContents(group);
    const [text, box] = [words.getBoundingClientRect(), group.getBoundingClientRect()];
    await expect(box.right - text.right).toBeLessThan(2);
    await expect(text.left - box.left).toBeGreaterThan(box.width / 2);
  },
};

/** Apply a coupon by keyboard: the outcome is announced, the row says "In your cart", the session has the code. */
export const ApplyACoupon: Story = {
  play: withSandbox(async ({ canvas, userEvent, sandbox }) => {
    const apply = await canvas.findByRole('button', { name: `Apply to cart: code ${demo.coupons.reserved}` });
    apply.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(`${demo.coupons.reserved} was applied to your cart.`)).toBeVisible();
    await expect(sessionCodes(sandbox)).toEqual([demo.coupons.reserved]);
    const row = canvas.getByText(demo.coupons.reserved).closest('li') as HTMLElement;
    await expect(row).toHaveAttribute('data-cart', 'accepted');
    await expect(within(row).getByRole('button', { name: /^Remove from cart/ })).toHaveFocus();
  }),
};

/** Copy a code: the button says "Copied" and the wallet announces it. */
export const CopyACode: Story = {
  play: async ({ canvas, userEvent }) => {
    const copy = await canvas.findByRole('button', { name: `Copy code ${demo.coupons.visible}` });
    await userEvent.click(copy);
    await waitFor(() => expect(copy).toHaveAttribute('data-state', 'copied'));
    await expect(writeText).toHaveBeenCalledWith(demo.coupons.visible);
    await expect(canvas.getByText(`Code ${demo.coupons.visible} copied.`)).toBeVisible();
  },
};

/** A code already in the cart: "In your cart", and the button takes it out again. */
export const AppliedCoupon: Story = {
  parameters: { msw: { handlers: sandboxHandlers({ seed: walletSeed, setup: cart([demo.coupons.reserved]) }) } },
  play: async ({ canvas }) => {
    const row = (await canvas.findByText('In your cart')).closest('li') as HTMLElement;
    await expect(row).toHaveTextContent(demo.coupons.reserved);
    await expect(row).toHaveAttribute('data-cart', 'accepted');
  },
};

/**
 * Only one coupon of a campaign applies to a cart: with RESERVED10 in it, VISIBLE10 is rejected, and the reason is
 * announced in words.
 */
export const RejectedCoupon: Story = {
  parameters: { msw: { handlers: sandboxHandlers({ seed: walletSeed, setup: cart([demo.coupons.reserved]) }) } },
  play: withSandbox(async ({ canvas, userEvent, sandbox }) => {
    await userEvent.click(await canvas.findByRole('button', { name: `Apply to cart: code ${demo.coupons.visible}` }));
    await expect(
      await canvas.findByText(`${demo.coupons.visible} was not applied. This code does not apply to your cart.`),
    ).toBeVisible();
    const row = canvas.getByText(demo.coupons.visible).closest('li') as HTMLElement;
    await expect(row).toHaveAttribute('data-cart', 'rejected');
    await expect(sessionCodes(sandbox)).toEqual([demo.coupons.reserved, demo.coupons.visible]);
  }),
};

/** Hundreds of coupons (400, a quarter in each state): grouping is one pass, rows render without effects. */
export const LongList: Story = {
  parameters: {
    msw: {
      handlers: sandboxHandlers({
        setup: cart(),
        seed: (seed, now) => ({
          ...seed,
          coupons: Array.from({ length: 400 }, (_, index) => ({
            value: `BULK-${String(index + 1).padStart(4, '0')}`,
            campaignId: demo.campaigns.coupons,
            reservedBy: [ada],
            created: now.toISOString(),
            expiryDate: new Date(now.getTime() + (index % 4 === 1 ? -1 : 30 + index) * day).toISOString(),
            ...(index % 4 === 2 ? { startDate: new Date(now.getTime() + 7 * day).toISOString() } : {}),
            ...(index % 4 === 3 ? { usageCounter: 1 } : {}),
          })),
        }),
      }),
    },
  },
  play: async ({ canvasElement, canvas }) => {
    await canvas.findByRole('heading', { name: 'Ready to use' });
    await expect(canvasElement.querySelectorAll('li[data-status]')).toHaveLength(400);
    await expect(canvasElement.querySelectorAll('li[data-status="expired"]')).toHaveLength(100);
  },
};

/** Without a cart: coupons to copy, no "Apply to cart". */
export const WithoutCart: Story = {
  args: { cartId: undefined },
  play: async ({ canvas }) => {
    await canvas.findByRole('heading', { name: 'Ready to use' });
    await expect(canvas.queryByRole('button', { name: /^Apply to cart/ })).toBeNull();
  },
};

/** Your own row markup with `renderCoupon`: the wallet keeps the grouping, the `<li>` and the announcements. */
export const CustomRows: Story = {
  args: {
    renderCoupon: (coupon, { apply, copy, copyState, dateText, cart: inCart }) => (
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>{coupon.value}</strong>
        <span>{dateText}</span>
        {inCart?.status === 'accepted' && <span>✓ in cart</span>}
        <button type="button" onClick={copy}>
          {copyState === 'copied' ? 'Copied!' : 'Copy'}
        </button>
        {apply && (
          <button type="button" onClick={apply}>
            Use
          </button>
        )}
      </div>
    ),
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('GIFT-50')).toBeVisible();
    // "Use" comes once the cart has loaded too.
    await waitFor(() => expect(canvas.getAllByRole('button', { name: 'Use' })).toHaveLength(3));
  },
};

/** The request never answers. */
export const Loading: Story = loadingStory();

/** A customer without coupons. */
export const Empty: Story = emptyStory('You have no coupons yet.', emptyHandlers());

/** The proxy answers 500: an alert with a retry button. */
export const ServerError: Story = errorStory();

/** The inventory does not fit the schema (a coupon without its fields): the validation error shows as the error state. */
export const ValidationError: Story = errorStory([
  http.get(`${BASE_PATH}/v1/customer_profiles/:integrationId/inventory`, () =>
    HttpResponse.json({ coupons: [{ value: 42, state: 'active' }] }),
  ),
  ...sandboxHandlers(),
]);

/** Applying fails (the session write answers 500): the wallet says so, and the cart stays as it was. */
export const ApplyFails: Story = {
  parameters: {
    msw: {
      handlers: [
        ...errorHandlers(500, { only: 'PUT /v2/customer_sessions/:id' }).slice(0, 1),
        ...sandboxHandlers({ seed: walletSeed, setup: cart() }),
      ],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: `Apply to cart: code ${demo.coupons.visible}` }));
    await expect(
      await canvas.findByText(`${demo.coupons.visible} could not be changed in your cart. Please try again.`),
    ).toBeVisible();
  },
};
