/** The words of {@link ReferralCode}. */
export interface ReferralCodeMessages {
  /** The heading (left out with `headingLevel={false}`). */
  title: string;
  /** A line under the heading: what the code is for. Empty for none. */
  description: string;
  /** Label of the code. */
  codeLabel: string;
  /** Shown when the shopper has no usable code in this campaign (none, or only expired or used-up ones). */
  empty: string;
  /** The button that creates the shopper's code. */
  create: string;
  /** The create button while the code is being created. */
  creating: string;
  /** Announced once the code has been created. */
  created: (code: string) => string;
  /** Why the code could not be created. */
  createError: string;
  /** The copy button's accessible name. */
  copyLabel: (code: string) => string;
  /** The share button's text. */
  share: string;
  /** The share button's accessible name. */
  shareLabel: (code: string) => string;
  /** The title of what is shared (the Web Share API's `title`). */
  shareTitle: string;
  /** The text that is shared, with the code. */
  shareText: (code: string) => string;
  /** Announced after sharing. */
  shared: string;
  /** Announced when sharing failed and the code was copied instead. */
  shareCopied: string;
  /** Announced when neither sharing nor copying worked. */
  shareFailed: string;
  /** How often the code was used, with its limit when it has one (`limit` is undefined for unlimited codes). */
  usage: (used: string, limit: string | undefined) => string;
  /** Label of the usage figure. */
  usageLabel: string;
  /** Label of the code's expiry date. */
  expiresLabel: string;
}

export const defaultReferralCodeMessages: ReferralCodeMessages = {
  title: 'Refer a friend',
  description: 'Share your code: friends who use it on their order get a discount.',
  codeLabel: 'Your referral code',
  empty: 'You do not have a referral code to share yet.',
  create: 'Create my code',
  creating: 'Creating your code…',
  created: (code) => `Your referral code ${code} is ready.`,
  createError: 'We could not create your code. Please try again.',
  copyLabel: (code) => `Copy referral code ${code}`,
  share: 'Share',
  shareLabel: (code) => `Share referral code ${code}`,
  shareTitle: 'My referral code',
  shareText: (code) => `Use my referral code ${code} on your order.`,
  shared: 'Shared',
  shareCopied: 'Sharing is not available here, so your message with the code was copied instead.',
  shareFailed: 'Could not share. Select the code and copy it yourself.',
  usage: (used, limit) => (limit === undefined ? used : `${used} of ${limit}`),
  usageLabel: 'Used',
  expiresLabel: 'Valid until',
};
