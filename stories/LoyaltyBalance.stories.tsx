// LoyaltyBalance over the demo sandbox, program 1 (Demo Points; tiers Bronze 0, Silver 500, Gold 1500): Ada is Silver
// (600 active, 120 pending), Grace Bronze (150), Alan Gold (1,800: the top tier).
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LoyaltyBalance } from 'talon-react/components';
import { demo, emptyHandlers, emptyStory, errorHandlers, errorStory, loadingStory, maxWidth } from './support/index.js';

const meta = {
  title: 'Components/LoyaltyBalance',
  component: LoyaltyBalance,
  tags: ['autodocs'],
  args: {
    loyaltyProgramId: demo.loyaltyPrograms.points,
    integrationId: demo.profiles.ada,
    headingLevel: 2,
    showDetails: true,
    unstyled: false,
  },
  argTypes: {
    loyaltyProgramId: { control: 'select', options: [demo.loyaltyPrograms.points] },
    integrationId: {
      control: 'select',
      options: Object.values(demo.profiles),
      description: 'The shopper: Ada is Silver, Grace Bronze, Alan Gold (the top tier).',
    },
    subledgerId: { control: 'select', options: [undefined, 'coffee-club'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6, false] },
    renderTier: { control: false },
  },
  parameters: { layout: 'padded' },
  decorators: [maxWidth('28rem')],
} satisfies Meta<typeof LoyaltyBalance>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ada: 600 points, Silver, 900 points to Gold. */
export const Populated: Story = {
  play: async ({ canvas }) => {
    const bar = await canvas.findByRole('progressbar', { name: 'Progress to Gold' });
    await expect(bar).toHaveAttribute('aria-valuetext', '600 of 1,500 points to Gold');
    await expect(canvas.getByText('Current tier: Silver')).toBeVisible();
    await expect(canvas.getByText('900 points to Gold')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Your points' })).toHaveAttribute('data-state', 'ready');
  },
};

/** Alan is Gold, the top tier: no progress bar, "top tier reached" instead (`data-state="top-tier"`). */
export const TopTierReached: Story = {
  args: { integrationId: demo.profiles.vip },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('You have reached the top tier: Gold.')).toBeVisible();
    await expect(canvas.queryByRole('progressbar')).toBeNull();
    await expect(canvasElement.querySelector('[data-state="top-tier"]')).not.toBeNull();
  },
};

/** Grace has just started: Bronze, 150 points, with 60 pending. */
export const FirstTier: Story = {
  args: { integrationId: demo.profiles.grace },
  play: async ({ canvas }) => {
    const bar = await canvas.findByRole('progressbar', { name: 'Progress to Silver' });
    await expect(bar).toHaveAttribute('aria-valuetext', '150 of 500 points to Silver');
  },
};

/** One subledger's balance (`subledgerId`): Ada's coffee-club points. */
export const Subledger: Story = {
  args: { subledgerId: 'coffee-club' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Current tier: Bronze')).toBeVisible();
  },
};

/** The request never answers. */
export const Loading: Story = loadingStory();

/** Ada has no loyalty data in the program yet (Talon.One answers 404). */
export const Empty: Story = emptyStory('You have not collected any points yet.', emptyHandlers());

/** The proxy answers 500: an alert with a retry button. */
export const ServerError: Story = errorStory();

/** The answer does not fit the schema (points that are not a number): the same error state. */
export const ValidationError: Story = errorStory(
  errorHandlers(200, {
    only: 'GET /v1/loyalty_programs/:programId/profile/:integrationId/balances',
    body: { balance: { activePoints: 'lots' } },
  }),
);

/** Words replaced through `messages`. */
export const CustomMessages: Story = {
  args: {
    messages: {
      title: 'Your stars',
      activePoints: 'Stars to spend',
      pointsToNextTier: (points, tier) => `Only ${points} stars until ${tier}!`,
      progressValueText: (points, target, tier) => `${points} of ${target} stars to ${tier}`,
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Only 900 stars until Gold!')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Your stars' })).toBeVisible();
  },
};
