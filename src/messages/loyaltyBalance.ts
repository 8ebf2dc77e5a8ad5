import { plural } from './plural.js';
/** The words of {@link LoyaltyBalance}. Strings with values are functions of the already formatted values. */
export interface LoyaltyBalanceMessages {
  /** The heading, and the region's name. */
  title: string;
  /** Said when the customer has no points in the program yet (Talon.One answers 404). */
  empty: string;
  /** The points the customer can spend now. */
  activePoints: string;
  /** Points awarded that are not active yet. */
  pendingPoints: string;
  spentPoints: string;
  expiredPoints: string;
  /** Points owed: shown only when there are some. */
  negativePoints: string;
  /** "Current tier: Silver". */
  currentTier: (tier: string) => string;
  /** "900 points to Gold". */
  pointsToNextTier: (points: string, tier: string, n: number) => string;
  /** The progress bar's name: "Progress to Gold". */
  progressLabel: (tier: string) => string;
  /** The progress bar's value in words: "600 of 1,500 points to Gold". */
  progressValueText: (points: string, target: string, tier: string, targetN: number) => string;
  /** Said instead of the progress when there is no tier above the current one. */
  topTierReached: (tier: string) => string;
}

export const defaultLoyaltyBalanceMessages: LoyaltyBalanceMessages = {
  title: 'Your points',
  empty: 'You have not collected any points yet.',
  activePoints: 'Available points',
  pendingPoints: 'Pending points',
  spentPoints: 'Spent points',
  expiredPoints: 'Expired points',
  negativePoints: 'Points owed',
  currentTier: (tier) => `Current tier: ${tier}`,
  pointsToNextTier: (points, tier, n) => `${points} ${plural('en', n, { one: 'point', other: 'points' })} to ${tier}`,
  progressLabel: (tier) => `Progress to ${tier}`,
  progressValueText: (points, target, tier, targetN) =>
    `${points} of ${target} ${plural('en', targetN, { one: 'point', other: 'points' })} to ${tier}`,
  topTierReached: (tier) => `You have reached the top tier: ${tier}.`,
};
