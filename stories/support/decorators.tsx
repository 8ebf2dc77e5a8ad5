// Decorators the stories share.
import type { Decorator } from '@storybook/react-vite';

/** Renders the story in a box at most `width` wide, as a column of a shop's page would. */
export const maxWidth =
  (width: string): Decorator =>
  (Story) => (
    <div style={{ maxWidth: width }}>
      <Story />
    </div>
  );
