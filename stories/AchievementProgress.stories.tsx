// AchievementProgress over the demo sandbox: Ada has "Place 3 orders" at 2 of 3, "First order" completed and
// "Shoe collector" not started; Grace has started none.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AchievementProgress } from 'talon-react/components';
import {
  demo,
  emptyStory,
  errorStory,
  loadingStory,
  malformedHandlers,
  maxWidth,
  sandboxHandlers,
} from './support/index.js';

const meta = {
  title: 'Components/AchievementProgress',
  component: AchievementProgress,
  tags: ['autodocs'],
  args: {
    integrationId: demo.profiles.ada,
    headingLevel: 2,
    unstyled: false,
  },
  argTypes: {
    integrationId: {
      control: 'select',
      options: Object.values(demo.profiles),
      description: 'The shopper: Ada has progress in two achievements, Grace and Alan in none.',
    },
    campaignIds: { control: 'object' },
    achievementIds: { control: 'object' },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6, false] },
    renderAchievement: { control: false },
  },
  parameters: { layout: 'padded' },
  decorators: [maxWidth('32rem')],
} satisfies Meta<typeof AchievementProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ada's three achievements: one in progress (2 of 3), one completed, one not started. */
export const Populated: Story = {
  play: async ({ canvas }) => {
    const bar = await canvas.findByRole('progressbar', { name: 'Place 3 orders' });
    await expect(bar).toHaveAttribute('aria-valuenow', '2');
    await expect(bar).toHaveAttribute('aria-valuemax', '3');
    await expect(bar).toHaveAttribute('aria-valuetext', '2 of 3');
    const items = canvas.getAllByRole('listitem');
    await expect(items.map((item) => item.getAttribute('data-status'))).toEqual([
      'inprogress',
      'completed',
      'not_started',
    ]);
    await expect(canvas.getByRole('region', { name: 'Achievements' })).toHaveAttribute('data-state', 'ready');
  },
};

/**
 * Ada has reached the target of "Place 3 orders" too: completed achievements show "Completed" in words, a check mark,
 * a full bar and the completion date.
 */
export const AchievementCompleted: Story = {
  parameters: {
    msw: {
      handlers: sandboxHandlers({
        seed: (seed) => ({
          ...seed,
          achievementProgress: (seed.achievementProgress ?? []).map((progress) =>
            progress.achievementId === demo.achievements.placeOrders ? { ...progress, progress: 3 } : progress,
          ),
        }),
      }),
    },
  },
  play: async ({ canvas }) => {
    const bar = await canvas.findByRole('progressbar', { name: 'Place 3 orders' });
    await expect(bar).toHaveAttribute('aria-valuenow', '3');
    await expect(bar).toHaveAttribute('data-state', 'complete');
    const item = bar.closest('li') as HTMLElement;
    await expect(item).toHaveAttribute('data-status', 'completed');
    await expect(within(item).getByText('Completed')).toBeVisible();
    await expect(within(item).getByText('Completed on')).toBeVisible();
  },
};

/** A year later, the period of "Place 3 orders" ended before Ada placed her third order. */
export const Expired: Story = {
  parameters: { msw: { handlers: sandboxHandlers({ setup: (sandbox) => sandbox.clock.advance('P1Y') }) } },
  play: async ({ canvas }) => {
    const bar = await canvas.findByRole('progressbar', { name: 'Place 3 orders' });
    const item = bar.closest('li') as HTMLElement;
    await expect(item).toHaveAttribute('data-status', 'expired');
    await expect(within(item).getByText('Expired')).toBeVisible();
    await expect(within(item).getByText('Ended')).toBeVisible();
  },
};

/** Grace has not started any achievement: every bar is empty, and "Not started" says so. */
export const NotStarted: Story = {
  args: { integrationId: demo.profiles.grace },
  play: async ({ canvas }) => {
    await canvas.findByRole('progressbar', { name: 'Shoe collector' });
    for (const bar of canvas.getAllByRole('progressbar')) await expect(bar).toHaveAttribute('aria-valuenow', '0');
    await expect(canvas.getAllByText('Not started')).toHaveLength(3);
  },
};

/** Ada's achievements in the dark theme (the toolbar's Theme), so that axe checks its contrast too. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('progressbar', { name: 'First order' })).toHaveAttribute(
      'data-state',
      'complete',
    );
  },
};

/** The request never answers. */
export const Loading: Story = loadingStory();

/** The Application has no achievements (or none in the campaigns asked for). */
export const Empty: Story = emptyStory(
  'There are no achievements to show yet.',
  sandboxHandlers({ seed: (seed) => ({ ...seed, achievements: [], achievementProgress: [] }) }),
);

/** The proxy answers 500: an alert with a retry button. */
export const ServerError: Story = errorStory();

/** The answer does not fit the schema: the client's validation error shows as the same error state. */
export const ValidationError: Story = errorStory(malformedHandlers());

/** Words replaced through `messages`, with a unit in the progress ("2 of 3 orders"). */
export const CustomMessages: Story = {
  args: {
    messages: {
      title: 'Your badges',
      statusInProgress: 'Underway',
      progress: (progress, target, achievement) =>
        achievement.name === demo.achievementNames.placeOrders
          ? `${progress} of ${target} orders`
          : `${progress} of ${target}`,
    },
  },
  play: async ({ canvas }) => {
    const bar = await canvas.findByRole('progressbar', { name: 'Place 3 orders' });
    await expect(bar).toHaveAttribute('aria-valuetext', '2 of 3 orders');
    await expect(canvas.getByRole('heading', { name: 'Your badges' })).toBeVisible();
  },
};

/** A storefront's own markup for each achievement (`renderAchievement`); the list item keeps its `data-status`. */
export const CustomMarkup: Story = {
  args: {
    renderAchievement: (view) => (
      <p style={{ margin: 0 }}>
        <strong>{view.achievement.title}</strong>: {view.text.status} ({view.text.progress})
      </p>
    ),
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('First order')).toBeVisible();
    await expect(canvas.queryByRole('progressbar')).toBeNull();
  },
};
