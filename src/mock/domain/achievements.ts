import type { IncreaseAchievementProgressEffectProps } from '../../schemas/effects/IncreaseAchievementProgressEffectProps.js';
import type { SandboxContext } from '../SandboxContext.js';

/**
 * What `increaseAchievementProgress` by `delta` would do for the profile now (the effect's props), without changing
 * anything: sessions show it while open and commit it on close. Undefined when the achievement cannot progress
 * (not started, ended, completed without recurrence).
 */
export function previewProgress(
  context: SandboxContext,
  achievementId: number,
  integrationId: string,
  delta: number,
): IncreaseAchievementProgressEffectProps | undefined {
  void context;
  void achievementId;
  void integrationId;
  void delta;
  throw new Error('previewProgress: to do');
}

/** Adds progress (starting or renewing the period as its policies say); returns the effect's props. */
export function increaseProgress(
  context: SandboxContext,
  achievementId: number,
  integrationId: string,
  delta: number,
): IncreaseAchievementProgressEffectProps | undefined {
  void context;
  void achievementId;
  void integrationId;
  void delta;
  throw new Error('increaseProgress: to do');
}

/** Takes progress back (a cancelled, returned or reopened session). */
export function decreaseProgress(
  context: SandboxContext,
  achievementId: number,
  integrationId: string,
  delta: number,
): void {
  void context;
  void achievementId;
  void integrationId;
  void delta;
  throw new Error('decreaseProgress: to do');
}
