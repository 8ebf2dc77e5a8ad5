// ReferralCode over the demo sandbox: campaign 3 (refer a friend) gives Ada `ADA-FRIEND`; "No code yet" leaves Grace
// without one.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, waitFor } from 'storybook/test';
import { ReferralCode } from 'talon-react/components';
import {
  BASE_PATH,
  demo,
  emptyStory,
  errorHandlers,
  errorStory,
  loadingStory,
  maxWidth,
  sandboxHandlers,
  withSandbox,
} from './support/index.js';

/** Replaces a property of `navigator` for one story; the returned function puts it back. */
function stubNavigator(name: 'clipboard' | 'share', value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(navigator, name, own);
    else delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

/** A clipboard that always works, so that copying does not depend on the browser's permissions. */
const writeText = fn(async (_text: string) => {});

/** Without Grace's code. */
const withoutGraceCode = sandboxHandlers({
  seed: (seed) => ({
    ...seed,
    referrals: (seed.referrals ?? []).filter((referral) => referral.code !== demo.referrals.grace),
  }),
});

const meta = {
  title: 'Components/ReferralCode',
  component: ReferralCode,
  tags: ['autodocs'],
  args: {
    integrationId: demo.profiles.ada,
    campaignId: demo.campaigns.referrals,
    shareUrl: 'https://shop.example/welcome',
    headingLevel: 2,
    unstyled: false,
  },
  argTypes: {
    integrationId: {
      control: 'select',
      options: [...Object.values(demo.profiles), 'new-advocate'],
      description: 'The advocate: the demo shoppers have a code each; `new-advocate` has no profile yet.',
    },
    campaignId: { control: 'number' },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6, false] },
  },
  parameters: { layout: 'padded' },
  beforeEach: () => {
    writeText.mockClear();
    return stubNavigator('clipboard', { writeText });
  },
  decorators: [maxWidth('32rem')],
} satisfies Meta<typeof ReferralCode>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ada's code, with its uses, a copy button and (where the browser can share) a share button. */
export const Populated: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(demo.referrals.ada)).toBeVisible();
    await expect(canvas.getByText('0 of 10')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Refer a friend' })).toHaveAttribute('data-state', 'ready');
  },
};

/** Ada's code in the dark theme (the toolbar's Theme), so that axe checks its contrast too. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(demo.referrals.ada)).toBeVisible();
  },
};

/** Copy the code by keyboard: Tab to the copy button, Enter; "Copied" is announced. */
export const CopyACode: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findByText(demo.referrals.ada);
    const copy = canvas.getByRole('button', { name: `Copy referral code ${demo.referrals.ada}` });
    copy.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(copy).toHaveAttribute('data-state', 'copied'));
    await expect(writeText).toHaveBeenCalledWith(demo.referrals.ada);
    await expect(canvas.getAllByRole('status').some((status) => status.textContent === 'Copied')).toBe(true);
  },
};

/** Grace has no code yet: "Create my code". */
export const NoCodeYet: Story = {
  args: { integrationId: demo.profiles.grace },
  parameters: { msw: { handlers: withoutGraceCode } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Create my code' })).toBeVisible();
    await expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'empty');
  },
};

/** Create a code, then copy it: the new code shows at once, focus moves to its copy button, and the sandbox has it. */
export const CreateACode: Story = {
  args: { integrationId: demo.profiles.grace },
  parameters: { msw: { handlers: withoutGraceCode } },
  play: withSandbox(async ({ canvas, userEvent, sandbox }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Create my code' }));
    const copy = await canvas.findByRole('button', { name: /^Copy referral code / });
    const codes = (
      sandbox.call('getCustomerInventory', { integrationId: demo.profiles.grace, referrals: true }).referrals ?? []
    ).map((referral) => referral.code);
    await expect(codes).toHaveLength(1);
    const code = codes[0] as string;
    await expect(canvas.getByText(code)).toBeVisible();
    await expect(canvas.getByText(`Your referral code ${code} is ready.`)).toBeInTheDocument();
    await waitFor(() => expect(copy).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(code));
  }),
};

/** The browser has the Web Share API (stubbed here): "Share" opens the share sheet with the text and the code. */
export const Share: Story = {
  beforeEach: () =>
    stubNavigator(
      'share',
      fn(async (_data: ShareData) => {}),
    ),
  play: async ({ canvas, userEvent }) => {
    const share = await canvas.findByRole('button', { name: `Share referral code ${demo.referrals.ada}` });
    await userEvent.click(share);
    await expect(navigator.share).toHaveBeenCalledWith({
      title: 'My referral code',
      text: `Use my referral code ${demo.referrals.ada} on your order.`,
      url: 'https://shop.example/welcome',
    });
    await expect(await canvas.findByText('Shared')).toBeInTheDocument();
  },
};

/** The request never answers. */
export const Loading: Story = loadingStory();

/** An advocate's inventory without codes: every demo code removed. */
export const Empty: Story = emptyStory(
  'You do not have a referral code to share yet.',
  sandboxHandlers({ seed: (seed) => ({ ...seed, referrals: [] }) }),
);

/** The proxy answers 500: an alert with a retry button. */
export const ServerError: Story = errorStory();

/** Creating the code fails: the error is an alert, linked to the button by `aria-describedby`. */
export const CreateError: Story = {
  args: { integrationId: demo.profiles.grace },
  parameters: {
    msw: {
      handlers: [...errorHandlers(500, { only: 'POST /v1/referrals' }).slice(0, 1), ...withoutGraceCode],
    },
  },
  play: async ({ canvas, userEvent }) => {
    const create = await canvas.findByRole('button', { name: 'Create my code' });
    await userEvent.click(create);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not create your code.');
    await expect(create).toHaveAccessibleDescription('We could not create your code. Please try again.');
  },
};

/** The inventory does not fit the schema (a code that is not a string): the client's validation error. */
export const ValidationError: Story = errorStory([
  http.get(`${BASE_PATH}/v1/customer_profiles/:integrationId/inventory`, () =>
    HttpResponse.json({ referrals: [{ code: 42 }] }),
  ),
]);
