import type { AchievementStatusEntry } from '../../schemas/AchievementStatusEntry.js';
import type { TalonFormat } from '../../react/format/useFormat.js';
import type { AchievementProgressMessages } from '../../messages/achievementProgress.js';

/** The shopper's status in an achievement: `inprogress`, `completed`, `not_started` or `expired`. */
export type AchievementStatus = 'inprogress' | 'completed' | 'not_started' | 'expired';

/** One achievement as {@link AchievementProgress} shows it, for `renderAchievement`. */
export interface AchievementView {
  /** The achievement as Talon.One returned it. */
  achievement: AchievementStatusEntry;
  status: AchievementStatus;
  /** The shopper's progress, at least 0. */
  progress: number;
  /** The number of actions or the milestone to reach. */
  target: number;
  /** When the shopper's current period ends (RFC 3339), else the achievement's own end date, if any. */
  endDate: string | undefined;
  /** When the shopper completed it (RFC 3339), if they did. */
  completionDate: string | undefined;
  /** The same, in words of the shopper's locale, ready to show. */
  text: {
    status: string;
    /** "2 of 3": the progress bar's `aria-valuetext`. */
    progress: string;
    target: string;
    /** The label of `endDate`: "Ends", or "Ended" once the achievement has expired. */
    endLabel: string;
    endDate: string | undefined;
    completionDate: string | undefined;
  };
}

function statusText(status: AchievementStatus, m: AchievementProgressMessages): string {
  if (status === 'completed') return m.statusCompleted;
  if (status === 'expired') return m.statusExpired;
  if (status === 'not_started') return m.statusNotStarted;
  return m.statusInProgress;
}

/** What the component shows of one achievement, with every figure and date formatted. */
export function achievementView(
  achievement: AchievementStatusEntry,
  m: AchievementProgressMessages,
  format: TalonFormat,
): AchievementView {
  const current = achievement.currentProgress;
  const status: AchievementStatus = current?.status ?? 'not_started';
  const progress = Math.max(current?.progress ?? 0, 0);
  const { target } = achievement;
  const endDate = current?.endDate ?? achievement.endDate;
  const completionDate = status === 'completed' ? current?.completionDate : undefined;
  return {
    achievement,
    status,
    progress,
    target,
    endDate,
    completionDate,
    text: {
      status: statusText(status, m),
      progress: m.progress(format.number(Math.min(progress, target)), format.number(target), achievement),
      target: format.number(target),
      endLabel: status === 'expired' ? m.endedLabel : m.endsLabel,
      endDate: endDate === undefined ? undefined : format.date(endDate) || undefined,
      completionDate: completionDate === undefined ? undefined : format.date(completionDate) || undefined,
    },
  };
}
