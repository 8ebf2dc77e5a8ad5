// The stories of the states every data component shows besides "ready", each with the play function that checks it:
// `export const Loading: Story = loadingStory();`. A component region's heading, `data-state` and the shared words
// ("Loading…", "Something went wrong.", "Try again") are the same in every component.
import type { StoryContext } from '@storybook/react-vite';
import type { HttpHandler } from 'msw';
import { expect, within } from 'storybook/test';
import { errorHandlers, loadingHandlers } from './states.js';

type Play = (context: Pick<StoryContext, 'canvas'>) => Promise<void>;

/** Every request waits forever: "Loading…" in a live region, and `data-state="loading"` on the region. */
export function loadingStory(): { parameters: { msw: { handlers: HttpHandler[] } }; play: Play } {
  return {
    parameters: { msw: { handlers: loadingHandlers } },
    play: async ({ canvas }) => {
      const status = await canvas.findByText('Loading…');
      await expect(status).toBeVisible();
      await expect(status).toHaveAttribute('role', 'status');
      await expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'loading');
    },
  };
}

/**
 * The error state: an alert with a retry button, and `data-state="error"` on the region. `handlers` make the request
 * fail (default: every request answers 500); a response that does not fit the schema shows the same state.
 */
export function errorStory(handlers: HttpHandler[] = errorHandlers(500)): {
  parameters: { msw: { handlers: HttpHandler[] } };
  play: Play;
} {
  return {
    parameters: { msw: { handlers } },
    play: async ({ canvas }) => {
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent('Something went wrong.');
      await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
      await expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'error');
    },
  };
}

/** The empty state: `text` shows, and the region has `data-state="empty"`. `handlers` serve the data without it. */
export function emptyStory(
  text: string,
  handlers?: HttpHandler[],
): { parameters?: { msw: { handlers: HttpHandler[] } }; play: Play } {
  return {
    ...(handlers ? { parameters: { msw: { handlers } } } : {}),
    play: async ({ canvas }) => {
      await expect(await canvas.findByText(text)).toBeVisible();
      await expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'empty');
    },
  };
}
