import type { AchievementStatusEntry } from '../schemas/AchievementStatusEntry.js';

/** The words of {@link AchievementProgress}. */
export interface AchievementProgressMessages {
  /** The heading above the list (left out with `headingLevel={false}`). */
  title: string;
  /** Shown when the shopper has no achievements to show. */
  empty: string;
  /**
   * The progress in words: the progress bar's `aria-valuetext` and the visible figure, such as "2 of 3". The numbers
   * come formatted in the shopper's locale; the achievement lets you add its unit ("2 of 3 orders").
   */
  progress: (progress: string, target: string, achievement: AchievementStatusEntry) => string;
  /** Label of the progress figure. */
  progressLabel: string;
  /** Label of the status. */
  statusLabel: string;
  /** Status: the shopper has made progress and the period is still running. */
  statusInProgress: string;
  /** Status: the target was reached. */
  statusCompleted: string;
  /** Status: no progress yet. */
  statusNotStarted: string;
  /** Status: the period ended before the target was reached. */
  statusExpired: string;
  /** Label of the target (the number of actions or the milestone to reach). */
  targetLabel: string;
  /** Label of the date the current period ends. */
  endsLabel: string;
  /** Label of the date the period ended, once it has (expired achievements). */
  endedLabel: string;
  /** Label of the date the shopper completed the achievement. */
  completedLabel: string;
}

export const defaultAchievementProgressMessages: AchievementProgressMessages = {
  title: 'Achievements',
  empty: 'There are no achievements to show yet.',
  progress: (progress, target) => `${progress} of ${target}`,
  progressLabel: 'Progress',
  statusLabel: 'Status',
  statusInProgress: 'In progress',
  statusCompleted: 'Completed',
  statusNotStarted: 'Not started',
  statusExpired: 'Expired',
  targetLabel: 'Target',
  endsLabel: 'Ends',
  endedLabel: 'Ended',
  completedLabel: 'Completed on',
};
