// CouponCodeForm over the demo sandbox: WELCOME10 is valid for everybody, EXPIRED10 has expired, USEDUP10 is used
// up, SOON10 starts in a week. The cart is the session `demo-cart` (Ada's, a hoodie).
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { CouponCodeForm } from 'talon-react/components';
import type { TalonSandbox } from 'talon-react/mock';
import {
  demo,
  errorHandlers,
  loadingHandlers,
  malformedHandlers,
  maxWidth,
  sandboxHandlers,
  withSandbox,
} from './support/index.js';

const cartId = 'demo-cart';
const { valid, expired } = demo.coupons;

/** Ada's cart, with the codes given already applied. */
const cart =
  (couponCodes: string[] = []) =>
  (sandbox: TalonSandbox) => {
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: cartId,
      body: {
        customerSession: {
          profileId: demo.profiles.ada,
          cartItems: [{ sku: 'HOODIE', quantity: 1 }],
          couponCodes,
        },
      },
    });
  };

const sessionCodes = (sandbox: TalonSandbox) =>
  sandbox.call('getCustomerSession', { customerSessionId: cartId }).customerSession?.couponCodes;

const meta = {
  title: 'Components/CouponCodeForm',
  component: CouponCodeForm,
  tags: ['autodocs'],
  args: {
    customerSessionId: cartId,
    integrationId: demo.profiles.ada,
    headingLevel: 3,
    unstyled: false,
  },
  argTypes: {
    customerSessionId: {
      control: 'select',
      options: [cartId, 'new-cart'],
      description: 'The cart: `demo-cart` is Ada’s; `new-cart` does not exist yet (the first code creates it).',
    },
    integrationId: {
      control: 'select',
      options: [...Object.values(demo.profiles), undefined],
      description: 'The profile a new cart gets; none for a guest.',
    },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6, false] },
    renderCode: { control: false },
  },
  parameters: { layout: 'padded', msw: { handlers: sandboxHandlers({ setup: cart() }) } },
  decorators: [maxWidth('28rem')],
} satisfies Meta<typeof CouponCodeForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An empty cart: type a code and apply it. */
export const Populated: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await expect(canvas.getByRole('textbox', { name: 'Coupon code' })).toBeVisible();
  },
};

/** Apply a coupon by keyboard: type, Enter; "applied" is announced, the focus stays in the field. */
export const ApplyACoupon: Story = {
  play: withSandbox(async ({ canvas, userEvent, sandbox }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled());
    const field = canvas.getByRole('textbox', { name: 'Coupon code' });
    await userEvent.click(field);
    await userEvent.keyboard(`${valid}{Enter}`);
    await expect(await canvas.findByText(`${valid} was applied to your cart.`)).toBeVisible();
    await expect(field).toHaveFocus();
    await expect(field).toHaveValue('');
    await expect(sessionCodes(sandbox)).toEqual([valid]);
    const list = canvas.getByRole('list', { name: 'Codes in your cart' });
    await expect(within(list).getByText('Applied')).toBeVisible();
  }),
};

/** A code in the cart already, with its remove button. */
export const AppliedCoupon: Story = {
  parameters: { msw: { handlers: sandboxHandlers({ setup: cart([valid]) }) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: `Remove code ${valid}` })).toBeVisible();
    await expect(canvas.getByText('Applied')).toBeVisible();
  },
};

/** An expired code: the reason is announced in words, and the code stays listed as not applied, to remove. */
export const RejectedCoupon: Story = {
  play: async ({ canvas, userEvent }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await userEvent.type(canvas.getByRole('textbox', { name: 'Coupon code' }), `${expired}{Enter}`);
    await expect(await canvas.findByText(`${expired} was not applied. This code has expired.`)).toBeVisible();
    await expect(canvas.getByText('Not applied: This code has expired.')).toBeVisible();
  },
};

/** Remove a code by keyboard: the focus moves to the next code, then back to the field. */
export const RemoveCodes: Story = {
  parameters: { msw: { handlers: sandboxHandlers({ setup: cart([valid, expired]) }) } },
  play: withSandbox(async ({ canvas, userEvent, sandbox }) => {
    const first = await canvas.findByRole('button', { name: `Remove code ${valid}` });
    first.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(`${valid} was removed from your cart.`)).toBeVisible();
    await expect(canvas.getByRole('button', { name: `Remove code ${expired}` })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await canvas.findByText(`${expired} was removed from your cart.`);
    await expect(canvas.getByRole('textbox', { name: 'Coupon code' })).toHaveFocus();
    await expect(sessionCodes(sandbox)).toEqual([]);
  }),
};

/** Submitting an empty field: the message is tied to the field with `aria-describedby`. */
export const EmptyCode: Story = {
  play: async ({ canvas, userEvent }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    const field = canvas.getByRole('textbox', { name: 'Coupon code' });
    await expect(field).toHaveAccessibleDescription('Enter a coupon code.');
    await expect(field).toHaveFocus();
  },
};

/** The session never answers: the field is there, applying waits for the cart. */
export const Loading: Story = {
  parameters: { msw: { handlers: loadingHandlers } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading…')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Apply' })).toBeDisabled();
  },
};

/** A cart that does not exist yet: no codes; the first code creates it for the customer. */
export const Empty: Story = {
  args: { customerSessionId: 'new-cart' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** The session cannot be read (500): an alert with a retry; applying waits, so no code is lost. */
export const ServerError: Story = {
  parameters: { msw: { handlers: errorHandlers(500) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Something went wrong.');
    await expect(canvas.getByRole('button', { name: 'Apply' })).toBeDisabled();
  },
};

/** The session write answers with something that does not fit the schema: the form says it could not apply. */
export const ValidationError: Story = {
  parameters: {
    msw: {
      handlers: [
        ...malformedHandlers({ only: 'PUT /v2/customer_sessions/:id' }).slice(0, 1),
        ...sandboxHandlers({ setup: cart() }),
      ],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await userEvent.type(canvas.getByRole('textbox', { name: 'Coupon code' }), `${valid}{Enter}`);
    await expect(
      await canvas.findByText(`${valid} could not be changed in your cart. Please try again.`),
    ).toBeVisible();
  },
};
