// LinkLoyaltyCard over the demo sandbox, program 2 (Demo Cards, 2 customers per card): DEMO-CARD-0002 is free,
// DEMO-CARD-0003 already has Grace and Alan (its user limit).
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { LinkLoyaltyCard, LoyaltyCardBalance } from 'talon-react/components';
import { demo, errorHandlers, loadingHandlers, maxWidth, withSandbox } from './support/index.js';

const program = demo.loyaltyPrograms.cards;
const { unlinked, full } = demo.loyaltyCards;

const meta = {
  title: 'Components/LinkLoyaltyCard',
  component: LinkLoyaltyCard,
  tags: ['autodocs'],
  args: {
    loyaltyProgramId: program,
    integrationId: demo.profiles.ada,
    headingLevel: 2,
    unstyled: false,
  },
  argTypes: {
    loyaltyProgramId: { control: 'select', options: [program] },
    integrationId: { control: 'select', options: Object.values(demo.profiles) },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6, false] },
    onLinked: { action: 'linked' },
  },
  parameters: { layout: 'padded' },
  decorators: [maxWidth('28rem')],
} satisfies Meta<typeof LinkLoyaltyCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ada links the free card, by keyboard: the success is announced, and the card has her in the sandbox. */
export const LinkACard: Story = {
  play: withSandbox(async ({ canvas, userEvent, sandbox }) => {
    const input = canvas.getByRole('textbox', { name: 'Loyalty card number' });
    await userEvent.click(input);
    await userEvent.keyboard(`${unlinked}{Enter}`);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(`Card ${unlinked} is now linked to your account.`),
    );
    const card = sandbox.call('getLoyaltyCardBalances', { loyaltyProgramId: program, loyaltyCardId: unlinked });
    await expect(card.profiles?.map((profile) => profile.integrationId)).toEqual([demo.profiles.ada]);
  }),
};

/** DEMO-CARD-0003 is shared by Grace and Alan, its user limit: linking Ada fails, with the reason in words. */
export const CardAtUserLimit: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox'), `${full}{Enter}`);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(`Card ${full} is already shared by as many customers as allowed`);
    await expect(canvas.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A number Talon.One does not know (404). */
export const UnknownCard: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox'), 'DEMO-0000-0000{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not find card DEMO-0000-0000.');
  },
};

/** Sent empty: the error is linked to the input, which gets the focus; nothing is sent. */
export const EmptyInput: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Link card' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Enter your card number.');
    await expect(canvas.getByRole('textbox')).toHaveFocus();
    await expect(canvas.getByRole('textbox')).toHaveAccessibleDescription(
      'The number printed on your card. Enter your card number.',
    );
  },
};

/** The request never answers: the button is `aria-disabled` and says "Linking…". */
export const Pending: Story = {
  parameters: { msw: { handlers: loadingHandlers } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox'), `${unlinked}{Enter}`);
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Linking…' })).toHaveAttribute('aria-disabled', 'true'),
    );
  },
};

/** The proxy answers 500. */
export const ServerError: Story = {
  parameters: { msw: { handlers: errorHandlers(500) } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox'), `${unlinked}{Enter}`);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Something went wrong.');
  },
};

/** With the card's balance beside it: once linked, the card's customers refresh. */
export const WithCardBalance: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <LinkLoyaltyCard {...args} />
      <LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={unlinked} headingLevel={3} />
    </div>
  ),
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByText('No customer is linked to this card yet.')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox'), `${unlinked}{Enter}`);
    await expect(await canvas.findByText(/^demo-shopper-1, linked on/)).toBeVisible();
  },
};
