// The kit's progress bar primitive (used by AchievementProgress and LoyaltyBalance), and the pipeline every story
// uses: the sandbox's demo data, served by MSW's service worker, read through the hooks.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { useCustomerAchievements } from 'talon-react';
import { ProgressBar } from 'talon-react/components';
import { demo, errorHandlers, loadingHandlers } from './support/index.js';

const meta = {
  title: 'Primitives/ProgressBar',
  component: ProgressBar,
  tags: ['autodocs'],
  args: {
    value: 2,
    max: 3,
    valueText: '2 of 3 orders',
    label: 'Place 3 orders',
  },
  // Inside `.talon`, the kit's base styles (styles.css) draw the bar with the --talon-* tokens.
  decorators: [
    (Story) => (
      <div className="talon" style={{ padding: '1rem', maxWidth: '24rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ProgressBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Part of the way: `data-state="inprogress"`. */
export const InProgress: Story = {
  play: async ({ canvas }) => {
    const bar = canvas.getByRole('progressbar', { name: 'Place 3 orders' });
    await expect(bar).toHaveAttribute('aria-valuenow', '2');
    await expect(bar).toHaveAttribute('aria-valuemax', '3');
    await expect(bar).toHaveAttribute('aria-valuetext', '2 of 3 orders');
    await expect(bar).toHaveAttribute('data-state', 'inprogress');
  },
};

/** At the target: `data-state="complete"`. Values above the maximum are clamped. */
export const Complete: Story = {
  args: { value: 4, valueText: '3 of 3 orders' },
  play: async ({ canvas }) => {
    const bar = canvas.getByRole('progressbar', { name: 'Place 3 orders' });
    await expect(bar).toHaveAttribute('aria-valuenow', '3');
    await expect(bar).toHaveAttribute('data-state', 'complete');
  },
};

/** A demo shopper's achievements, from the sandbox through the hooks: one bar each. */
function Achievements({ integrationId }: { integrationId: string }) {
  const { data, error, isPending } = useCustomerAchievements({ integrationId });
  if (isPending) return <p role="status">Loading achievements…</p>;
  if (error) return <p role="alert">Could not load the achievements ({error.message}).</p>;
  return (
    <ul aria-label="Achievements" style={{ listStyle: 'none', padding: 0, display: 'grid', gap: '0.75rem' }}>
      {data.data.map((achievement) => {
        const progress = achievement.currentProgress?.progress ?? 0;
        return (
          <li key={achievement.id} data-achievement={achievement.name}>
            <span id={`achievement-${achievement.id}`}>{achievement.title}</span>
            <ProgressBar
              value={progress}
              max={achievement.target}
              valueText={`${progress} of ${achievement.target}`}
              aria-labelledby={`achievement-${achievement.id}`}
            />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Ada's achievements from the demo sandbox (`demoSeed`): "Place 3 orders" at 2 of 3, "First order" complete. The
 * request goes to `/api/talon`, where MSW's service worker answers from a fresh sandbox.
 */
export const FromTheSandbox: Story = {
  render: () => <Achievements integrationId={demo.profiles.ada} />,
  play: async ({ canvas }) => {
    const bar = await canvas.findByRole('progressbar', { name: 'Place 3 orders' });
    await expect(bar).toHaveAttribute('aria-valuenow', '2');
    await expect(bar).toHaveAttribute('aria-valuemax', '3');
  },
};

/** The request never answers. */
export const Loading: Story = {
  render: () => <Achievements integrationId={demo.profiles.ada} />,
  parameters: { msw: { handlers: loadingHandlers } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Loading');
  },
};

/** The proxy answers 500. */
export const ServerError: Story = {
  render: () => <Achievements integrationId={demo.profiles.ada} />,
  parameters: { msw: { handlers: errorHandlers(500) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Could not load');
  },
};
