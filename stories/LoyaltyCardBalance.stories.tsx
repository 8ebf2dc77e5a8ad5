// LoyaltyCardBalance over the demo sandbox, program 2 (Demo Cards, 2 customers per card): DEMO-CARD-0001 is Ada's
// (120 points), DEMO-CARD-0002 nobody's, DEMO-CARD-0003 Grace's and Alan's (260 points, at its user limit).
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LoyaltyCardBalance } from 'talon-react/components';
import {
  demo,
  emptyStory,
  errorHandlers,
  errorStory,
  loadingStory,
  maxWidth,
  sandboxHandlers,
} from './support/index.js';

const meta = {
  title: 'Components/LoyaltyCardBalance',
  component: LoyaltyCardBalance,
  tags: ['autodocs'],
  args: {
    loyaltyProgramId: demo.loyaltyPrograms.cards,
    loyaltyCardId: demo.loyaltyCards.full,
    integrationId: demo.profiles.grace,
    headingLevel: 2,
    unstyled: false,
  },
  argTypes: {
    loyaltyProgramId: { control: 'select', options: [demo.loyaltyPrograms.cards] },
    loyaltyCardId: { control: 'select', options: [...Object.values(demo.loyaltyCards), 'DEMO-CARD-0009'] },
    integrationId: {
      control: 'select',
      options: [undefined, ...Object.values(demo.profiles)],
      description: 'A customer linked to the card, to show its status and user limit (from their inventory).',
    },
    subledgerId: { control: 'object' },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6, false] },
    renderProfile: { control: false },
  },
  parameters: { layout: 'padded' },
  decorators: [maxWidth('36rem')],
} satisfies Meta<typeof LoyaltyCardBalance>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The shared card: active, 260 points, 40 spent, Grace and Alan linked: "2 of 2 customers" (its user limit). */
export const Populated: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Active')).toBeVisible();
    await expect(canvas.getByText('260')).toBeVisible();
    await expect(canvas.getByText('2 of 2 customers')).toBeVisible();
    const customers = canvas.getByRole('list', { name: 'Customers linked to this card' });
    await expect(within(customers).getAllByRole('listitem')).toHaveLength(2);
  },
};

/** Without a linked customer's `integrationId` the status is unknown, and not shown. */
export const WithoutStatus: Story = {
  args: { loyaltyCardId: demo.loyaltyCards.linked, integrationId: undefined },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('120')).toBeVisible();
    await expect(canvas.queryByText('Status')).toBeNull();
  },
};

/** A card nobody has linked yet. */
export const Unlinked: Story = {
  args: { loyaltyCardId: demo.loyaltyCards.unlinked, integrationId: undefined },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No customer is linked to this card yet.')).toBeVisible();
  },
};

/** Points in subledgers: a table with a caption and row headers. */
export const WithSubledgers: Story = {
  args: { loyaltyCardId: demo.loyaltyCards.linked, integrationId: demo.profiles.ada },
  parameters: {
    msw: {
      handlers: sandboxHandlers({
        seed: (seed) => ({
          ...seed,
          loyaltyTransactions: [
            ...(seed.loyaltyTransactions ?? []),
            { programId: 2, cardIdentifier: demo.loyaltyCards.linked, amount: 25, subledgerId: 'gift', name: 'Gift' },
            { programId: 2, cardIdentifier: demo.loyaltyCards.linked, amount: 8, subledgerId: 'travel', name: 'Trip' },
          ],
        }),
      }),
    },
  },
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Points by subledger' });
    await expect(within(table).getByRole('rowheader', { name: 'gift' })).toBeVisible();
  },
};

/** A blocked card (inactive, with a block reason): "Blocked" in words, not only in colour. */
export const Blocked: Story = {
  args: { loyaltyCardId: 'DEMO-CARD-0009', integrationId: demo.profiles.ada },
  parameters: {
    msw: {
      handlers: sandboxHandlers({
        seed: (seed) => ({
          ...seed,
          loyaltyCards: [
            ...(seed.loyaltyCards ?? []),
            {
              programId: 2,
              identifier: 'DEMO-CARD-0009',
              status: 'inactive',
              blockReason: 'CardLost',
              profiles: [demo.profiles.ada],
            },
          ],
        }),
      }),
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Blocked (CardLost)')).toBeVisible();
  },
};

/** The request never answers. */
export const Loading: Story = loadingStory();

/** Talon.One does not know the card (404): the empty state, in words. */
export const NotFound: Story = {
  ...emptyStory('This loyalty card does not exist.'),
  args: { loyaltyCardId: 'DEMO-0000-0000', integrationId: undefined },
};

/** The proxy answers 500: an alert with a retry button. */
export const ServerError: Story = errorStory();

/** The answer does not fit the schema (points that are not a number): the same error state. */
export const ValidationError: Story = errorStory(
  errorHandlers(200, {
    only: 'GET /v1/loyalty_programs/:programId/cards/:cardId/balances',
    body: { balance: { activePoints: 'lots' } },
  }),
);
