// CartPromotions over the demo sandbox. Ada's cart `demo-cart` holds 2 hoodies and coffee (135): WELCOME10 gives
// 10% off, orders of 100 or more get 10 off (and a notification), the order earns 135 points and 10 coffee-club
// points (pending a week); EXPIRED10 is rejected.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, waitFor, within } from 'storybook/test';
import { CartPromotions, CouponCodeForm } from 'talon-react/components';
import type { SandboxSeed, TalonSandbox } from 'talon-react/mock';
import { BASE_PATH, demo, emptyStory, errorStory, loadingStory, maxWidth, sandboxHandlers } from './support/index.js';

const cartId = 'demo-cart';
const hoodiesAndCoffee = [
  { sku: 'HOODIE', quantity: 2 },
  { sku: 'COFFEE', quantity: 1 },
];

/** Ada's cart with these items and codes. */
const cart =
  (cartItems: Array<{ sku: string; quantity: number }>, couponCodes: string[] = []) =>
  (sandbox: TalonSandbox) => {
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: cartId,
      body: { customerSession: { profileId: demo.profiles.ada, cartItems, couponCodes } },
    });
  };

/** Adds a campaign that gives free socks with boots. */
const withFreeSocks = (seed: SandboxSeed, now: Date): SandboxSeed => ({
  ...seed,
  campaigns: [
    ...(seed.campaigns ?? []),
    {
      id: 20,
      name: 'Socks with boots',
      startTime: new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString(),
      rules: [
        {
          title: 'Free socks',
          conditions: [{ type: 'itemInCart', item: { sku: 'BOOTS' } }],
          effects: [{ type: 'freeItem', sku: 'SOCKS', name: 'Socks (3 pairs)' }],
        },
      ],
    },
  ],
});

const meta = {
  title: 'Components/CartPromotions',
  component: CartPromotions,
  tags: ['autodocs'],
  args: {
    customerSessionId: cartId,
    headingLevel: 2,
    unstyled: false,
  },
  argTypes: {
    customerSessionId: {
      control: 'select',
      options: [cartId, 'new-cart'],
      description: 'The cart: `demo-cart` is Ada’s; `new-cart` does not exist yet.',
    },
    campaignNames: { control: 'object' },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6, false] },
    renderNotification: { control: false },
  },
  parameters: {
    layout: 'padded',
    msw: { handlers: sandboxHandlers({ setup: cart(hoodiesAndCoffee, [demo.coupons.valid]) }) },
  },
  decorators: [maxWidth('28rem')],
} satisfies Meta<typeof CartPromotions>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The discounts by name, the total saved, the points the order earns, the code applied, a notification. */
export const Populated: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Discounts' })).toBeVisible();
    await expect(canvas.getByText('10% off with coupon')).toBeVisible();
    await expect(canvas.getByText('Total saved').nextElementSibling).toHaveTextContent('$23.50');
    await expect(canvas.getByText('135 points')).toBeVisible();
    await expect(canvas.getByText('WELCOME10: applied')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Your savings' })).toHaveAttribute('data-state', 'ready');
  },
};

/** An applied coupon named by its campaign (`campaignNames`: the session carries no campaign names). */
export const AppliedCoupon: Story = {
  args: { campaignNames: { [demo.campaigns.coupons]: 'Welcome coupons' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Welcome coupons')).toBeVisible();
  },
};

/** Codes the campaigns rejected, with the reasons in words. */
export const RejectedCoupon: Story = {
  parameters: {
    msw: {
      handlers: sandboxHandlers({ setup: cart(hoodiesAndCoffee, [demo.coupons.expired, demo.coupons.exhausted]) }),
    },
  },
  play: async ({ canvas }) => {
    const codes = await canvas.findByRole('list', { name: 'Codes' });
    await expect(within(codes).getByText('EXPIRED10: not applied. This code has expired.')).toBeVisible();
    await expect(within(codes).getByText('USEDUP10: not applied. This code has been used up.')).toBeVisible();
  },
};

/** A free item (socks with boots). */
export const FreeItems: Story = {
  parameters: {
    msw: { handlers: sandboxHandlers({ seed: withFreeSocks, setup: cart([{ sku: 'BOOTS', quantity: 1 }]) }) },
  },
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('list', { name: 'Free items' });
    await expect(within(list).getByText('Socks (3 pairs)')).toBeVisible();
  },
};

/** Apply a coupon in a `CouponCodeForm` next to it: the promotions follow the session at once. */
export const ApplyACoupon: Story = {
  parameters: { msw: { handlers: sandboxHandlers({ setup: cart([{ sku: 'MUG', quantity: 1 }]) }) } },
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <CouponCodeForm customerSessionId={args.customerSessionId} />
      <CartPromotions {...args} />
    </div>
  ),
  play: async ({ canvas, userEvent }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await expect(canvas.queryByRole('heading', { name: 'Discounts' })).toBeNull();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Coupon code' }), `${demo.coupons.valid}{Enter}`);
    await expect(await canvas.findByRole('heading', { name: 'Discounts' })).toBeVisible();
    await expect(canvas.getByText('Total saved').nextElementSibling).toHaveTextContent('$1.20');
  },
};

/** The session never answers. */
export const Loading: Story = loadingStory();

/** An empty cart: nothing applies. */
export const Empty: Story = emptyStory('No promotions apply to your cart yet.', sandboxHandlers({ setup: cart([]) }));

/** The proxy answers 500: an alert with a retry button. */
export const ServerError: Story = errorStory();

/** The session does not fit the schema (an effect without its fields): the error state. */
export const ValidationError: Story = errorStory([
  http.get(`${BASE_PATH}/v2/customer_sessions/:customerSessionId`, () =>
    HttpResponse.json({ effects: [{ effectType: 'setDiscount', props: { value: 'lots' } }] }),
  ),
  ...sandboxHandlers(),
]);
