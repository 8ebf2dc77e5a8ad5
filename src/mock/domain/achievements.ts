import type { IncreaseAchievementProgressEffectProps } from '../../schemas/effects/IncreaseAchievementProgressEffectProps.js';
import { keys } from '../keys.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { SandboxAchievement } from '../SandboxSeed.js';
import type { AchievementProgressRecord } from '../SandboxState.js';
import { mayRenew, periodAt, settle } from './achievementPeriods.js';

interface ProgressPlan {
  history: AchievementProgressRecord[];
  props: IncreaseAchievementProgressEffectProps;
}

/**
 * What adding `delta` at `context.now` does to the profile's history: add to the current period, or begin a new one
 * when there is none yet or the recurrence policy renews the last. Undefined when nothing can progress.
 */
function plan(
  context: SandboxContext,
  achievementId: number,
  integrationId: string,
  delta: number,
): ProgressPlan | undefined {
  const { state, now } = context;
  const achievement = state.achievements.get(achievementId);
  if (!achievement || integrationId === '' || !(delta > 0)) return undefined;
  const history = (state.achievementProgress.get(keys.achievementProgress(achievementId, integrationId)) ?? []).map(
    (record) => settle(achievement, record, now),
  );
  const last = history.at(-1);
  let current: AchievementProgressRecord;
  if (last?.status === 'inprogress') {
    current = history.pop() ?? last;
  } else {
    if (last && !mayRenew(achievement, last, now)) return undefined;
    const period = periodAt(achievement, now);
    if (!period) return undefined;
    // A fixed schedule's window can already hold a period (completed and renewed on completion): begin now then.
    const start = last && Date.parse(last.startDate) >= Date.parse(period.start) ? now : period.start;
    current = { progress: 0, status: 'inprogress', startDate: start, ...(period.end ? { endDate: period.end } : {}) };
  }
  const progress = current.progress + delta;
  const isJustCompleted = progress >= achievement.target;
  history.push({
    ...current,
    progress,
    status: isJustCompleted ? 'completed' : 'inprogress',
    ...(isJustCompleted ? { completionDate: now } : {}),
  });
  return {
    history,
    props: {
      achievementId,
      achievementName: achievement.name,
      delta,
      value: progress,
      target: achievement.target,
      isJustCompleted,
    },
  };
}

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
  return plan(context, achievementId, integrationId, delta)?.props;
}

/** Adds progress (starting or renewing the period as its policies say); returns the effect's props. */
export function increaseProgress(
  context: SandboxContext,
  achievementId: number,
  integrationId: string,
  delta: number,
): IncreaseAchievementProgressEffectProps | undefined {
  const planned = plan(context, achievementId, integrationId, delta);
  if (!planned) return undefined;
  context.state.achievementProgress.set(keys.achievementProgress(achievementId, integrationId), planned.history);
  return planned.props;
}

/**
 * Takes progress back (a cancelled, returned or reopened session): from the current period first, then from earlier
 * ones, so progress that completed a period and renewed it is found where it went. A period that falls below the
 * target is no longer completed; a current period left with no progress is removed, as if it never began.
 */
export function decreaseProgress(
  context: SandboxContext,
  achievementId: number,
  integrationId: string,
  delta: number,
): void {
  const { state, now } = context;
  const achievement = state.achievements.get(achievementId);
  const key = keys.achievementProgress(achievementId, integrationId);
  const history = state.achievementProgress.get(key);
  if (!achievement || !history || !(delta > 0)) return;
  const result = [...history];
  let remaining = delta;
  for (let index = result.length - 1; index >= 0 && remaining > 0; index--) {
    const record = result[index];
    if (!record || record.progress <= 0) continue;
    const taken = Math.min(record.progress, remaining);
    remaining -= taken;
    result[index] = uncomplete(achievement, { ...record, progress: record.progress - taken }, index, result, now);
  }
  const last = result.at(-1);
  if (last && last.progress <= 0 && last.status === 'inprogress') result.pop();
  if (result.length) state.achievementProgress.set(key, result);
  else state.achievementProgress.delete(key);
}

function uncomplete(
  achievement: SandboxAchievement,
  record: AchievementProgressRecord,
  index: number,
  history: readonly AchievementProgressRecord[],
  now: string,
): AchievementProgressRecord {
  if (record.status !== 'completed' || record.progress >= achievement.target) return record;
  const { completionDate: _completionDate, ...rest } = record;
  // An earlier period that a later one followed is over, whatever its end date says.
  const over = index < history.length - 1;
  return settle(achievement, { ...rest, status: over ? 'expired' : 'inprogress' }, now);
}
