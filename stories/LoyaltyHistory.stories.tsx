// LoyaltyHistory over the demo sandbox: Ada's six transactions in program 1 (Demo Points), the cards' in program 2,
// and a long history of 1,000 transactions paged 50 at a time.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { LoyaltyHistory } from 'talon-react/components';
import type { SandboxLoyaltyTransactionSeed } from 'talon-react/mock';
import {
  demo,
  emptyHandlers,
  emptyStory,
  errorStory,
  loadingStory,
  malformedHandlers,
  maxWidth,
  sandboxHandlers,
} from './support/index.js';

const meta = {
  title: 'Components/LoyaltyHistory',
  component: LoyaltyHistory,
  tags: ['autodocs'],
  args: {
    loyaltyProgramId: demo.loyaltyPrograms.points,
    integrationId: demo.profiles.ada,
    pageSize: 50,
    showFilters: true,
    headingLevel: 2,
    unstyled: false,
  },
  argTypes: {
    loyaltyProgramId: { control: 'select', options: Object.values(demo.loyaltyPrograms) },
    integrationId: {
      control: 'select',
      options: [undefined, ...Object.values(demo.profiles), 'long-history'],
      description: 'A customer of program 1 (leave `loyaltyCardId` empty).',
    },
    loyaltyCardId: {
      control: 'select',
      options: [undefined, ...Object.values(demo.loyaltyCards)],
      description: 'A card of program 2 (instead of `integrationId`).',
    },
    pageSize: { control: { type: 'number', min: 1, max: 1000 } },
    defaultFilters: { control: 'object' },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6, false] },
    renderRow: { control: false },
  },
  parameters: { layout: 'padded' },
  decorators: [maxWidth('52rem')],
} satisfies Meta<typeof LoyaltyHistory>;

export default meta;
type Story = StoryObj<typeof meta>;

const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

/** Ada's transactions, newest first: points added (+) and deducted (−), pending and expiring ones, a subledger. */
export const Populated: Story = {
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Loyalty transactions, newest first' });
    await expect(rows(table)).toHaveLength(6);
    await expect(within(table).getByText('\u221250')).toBeVisible();
    await expect(within(table).getByText('coffee-club')).toBeVisible();
  },
};

/** A card's transactions (`loyaltyCardId`), in the card-based program. */
export const CardHistory: Story = {
  args: {
    loyaltyProgramId: demo.loyaltyPrograms.cards,
    integrationId: undefined,
    loyaltyCardId: demo.loyaltyCards.full,
  },
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table');
    await expect(rows(table)).toHaveLength(2);
  },
};

function longHistory(now: Date, count: number): SandboxLoyaltyTransactionSeed[] {
  return Array.from({ length: count }, (_, index) => ({
    programId: demo.loyaltyPrograms.points,
    integrationId: 'long-history',
    amount: index % 7 === 6 ? -15 : 10 + (index % 5) * 5,
    name: index % 7 === 6 ? `Redeemed #${index + 1}` : `Order #${index + 1}`,
    type: index % 7 === 6 ? 'manual' : 'session',
    subledgerId: index % 11 === 10 ? 'coffee-club' : '',
    created: new Date(now.getTime() - (count - index) * 3_600_000).toISOString(),
  }));
}

/**
 * 1,000 transactions: the table holds one page (50 rows) until "Load more", so the page stays as light as a short
 * history. Load more by keyboard: the focus stays on the button and the new rows are announced politely.
 */
export const LongHistory: Story = {
  args: { integrationId: 'long-history' },
  parameters: {
    msw: {
      handlers: sandboxHandlers({
        seed: (seed, now) => ({
          ...seed,
          loyaltyTransactions: [...(seed.loyaltyTransactions ?? []), ...longHistory(now, 1_000)],
        }),
      }),
    },
  },
  play: async ({ canvas, userEvent }) => {
    const table = await canvas.findByRole('table');
    await expect(rows(table)).toHaveLength(50);
    const button = canvas.getByRole('button', { name: 'Load more' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(rows(table)).toHaveLength(100));
    await expect(canvas.getByRole('button', { name: 'Load more' })).toHaveFocus();
    await waitFor(() => expect(canvas.getByText('Loaded 50 more. 100 transactions shown.')).toBeInTheDocument());
  },
};

/** Filters by type and date range reach Talon.One: here only manual adjustments. */
export const Filtered: Story = {
  args: { defaultFilters: { type: 'manual' } },
  play: async ({ canvas, userEvent }) => {
    const table = await canvas.findByRole('table');
    await expect(rows(table)).toHaveLength(1);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Type' }), 'All transactions');
    await waitFor(() => expect(rows(canvas.getByRole('table'))).toHaveLength(6));
  },
};

/** No transaction matches the filters: the filters stay, to change them. */
export const NoMatch: Story = {
  args: { integrationId: demo.profiles.grace, defaultFilters: { type: 'import' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No transactions match these filters.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  },
};

/** The request never answers. */
export const Loading: Story = loadingStory();

/** Ada has no loyalty data in the program (Talon.One answers 404). */
export const Empty: Story = emptyStory('No transactions yet.', emptyHandlers());

/** The proxy answers 500: an alert with a retry button. */
export const ServerError: Story = errorStory();

/** The answer does not fit the schema: the same error state. */
export const ValidationError: Story = errorStory(malformedHandlers());
