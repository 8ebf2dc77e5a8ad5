import type { AchievementProgress } from '../../schemas/AchievementProgress.js';
import type { AchievementProgressWithDefinition } from '../../schemas/AchievementProgressWithDefinition.js';
import type { AchievementStatusEntry } from '../../schemas/AchievementStatusEntry.js';
import { keys } from '../keys.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { SandboxAchievement } from '../SandboxSeed.js';
import type { AchievementProgressRecord } from '../SandboxState.js';
import { settle, talonPeriod } from './achievementPeriods.js';
import { campaignStatus } from './couponCampaigns.js';

/**
 * Whether customers can take part now: `active`, `scheduled` (its campaign or fixed schedule begins later) or `over`
 * (its end date passed, or its campaign stopped).
 */
export function achievementAvailability(
  context: SandboxContext,
  achievement: SandboxAchievement,
): 'active' | 'scheduled' | 'over' {
  const campaign = campaignStatus(context, achievement.campaignId);
  const now = Date.parse(context.now);
  if (campaign === 'stopped') return 'over';
  if (achievement.endDate !== undefined && Date.parse(achievement.endDate) <= now) return 'over';
  if (campaign === 'scheduled') return 'scheduled';
  if (
    achievement.activationPolicy === 'fixed_schedule' &&
    achievement.fixedStartDate !== undefined &&
    Date.parse(achievement.fixedStartDate) > now
  ) {
    return 'scheduled';
  }
  return 'active';
}

/** The profile's periods in the achievement, oldest first, each as of now. */
export function achievementHistory(
  context: SandboxContext,
  achievement: SandboxAchievement,
  integrationId: string,
): AchievementProgressRecord[] {
  const history = context.state.achievementProgress.get(keys.achievementProgress(achievement.id, integrationId)) ?? [];
  return history.map((record) => settle(achievement, record, context.now));
}

/** One period as the API shows it. */
export function progressView(record: AchievementProgressRecord): AchievementProgress {
  return {
    status: record.status,
    progress: record.progress,
    startDate: record.startDate,
    ...(record.completionDate === undefined ? {} : { completionDate: record.completionDate }),
    ...(record.endDate === undefined ? {} : { endDate: record.endDate }),
  };
}

/**
 * The profile's current progress: its last period, or `not_started` with no progress when there is none, or when that
 * period is over and the achievement recurs (the next progress begins a new period). A completed period shows as
 * completed until then, also under `on_completion`.
 */
function currentProgress(
  context: SandboxContext,
  achievement: SandboxAchievement,
  integrationId: string,
): AchievementProgress {
  const last = achievementHistory(context, achievement, integrationId).at(-1);
  const recurs = (achievement.recurrencePolicy ?? 'no_recurrence') !== 'no_recurrence';
  const over = last?.endDate !== undefined && Date.parse(last.endDate) <= Date.parse(context.now);
  if (!last || (recurs && over)) return { status: 'not_started', progress: 0 };
  return progressView(last);
}

function created(context: SandboxContext, achievement: SandboxAchievement): string {
  // Seeds may leave `created` out; fall back to dates that do not move between requests.
  return (
    achievement.created ??
    context.state.campaigns.get(achievement.campaignId)?.startTime ??
    achievement.fixedStartDate ??
    new Date(0).toISOString()
  );
}

/** The achievement with the profile's current progress (`getCustomerAchievements`). */
export function achievementStatusEntry(
  context: SandboxContext,
  achievement: SandboxAchievement,
  integrationId: string,
  status: 'active' | 'scheduled',
): AchievementStatusEntry {
  return {
    id: achievement.id,
    created: created(context, achievement),
    name: achievement.name,
    title: achievement.title,
    description: achievement.description,
    target: achievement.target,
    ...(achievement.period === undefined ? {} : { period: talonPeriod(achievement.period) }),
    recurrencePolicy: achievement.recurrencePolicy ?? 'no_recurrence',
    activationPolicy: achievement.activationPolicy ?? 'user_action',
    ...(achievement.fixedStartDate === undefined ? {} : { fixedStartDate: achievement.fixedStartDate }),
    ...(achievement.endDate === undefined ? {} : { endDate: achievement.endDate }),
    campaignId: achievement.campaignId,
    status,
    currentProgress: currentProgress(context, achievement, integrationId),
  };
}

/** The achievements the profile has progress in, with their definitions (the inventory's `achievements`). */
export function inventoryAchievements(
  context: SandboxContext,
  integrationId: string,
): AchievementProgressWithDefinition[] {
  return [...context.state.achievements.values()]
    .filter((achievement) =>
      context.state.achievementProgress.has(keys.achievementProgress(achievement.id, integrationId)),
    )
    .sort((a, b) => a.id - b.id)
    .map((achievement) => ({
      ...currentProgress(context, achievement, integrationId),
      achievementId: achievement.id,
      name: achievement.name,
      title: achievement.title,
      description: achievement.description,
      campaignId: achievement.campaignId,
      target: achievement.target,
      achievementRecurrencePolicy: achievement.recurrencePolicy ?? 'no_recurrence',
      achievementActivationPolicy: achievement.activationPolicy ?? 'user_action',
      ...(achievement.fixedStartDate === undefined ? {} : { achievementFixedStartDate: achievement.fixedStartDate }),
      ...(achievement.endDate === undefined ? {} : { achievementEndDate: achievement.endDate }),
    }));
}
