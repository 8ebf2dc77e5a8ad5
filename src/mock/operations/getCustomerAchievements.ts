import { achievementAvailability, achievementStatusEntry } from '../domain/achievementViews.js';
import { badParameter, notFound } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/** IDs given as strings in a comma-separated query parameter: each must be a positive integer. */
function idFilter(name: string, values: readonly string[] | undefined): Set<number> | undefined {
  if (values === undefined) return undefined;
  return new Set(
    values.map((value) => {
      const id = Number(value);
      if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(id) || id <= 0) {
        throw badParameter(name, `${name} must hold positive integer IDs, got "${value}"`);
      }
      return id;
    }),
  );
}

/**
 * The achievements available to the profile with its current progress in each, by ID. Without `achievementStatus`,
 * only active achievements (not the scheduled ones); ended achievements and those of stopped campaigns never show.
 * Paginated by `pageSize` (default 1000) and `skip`; `totalResultSize` counts every match. 404 for an unknown profile.
 */
export const getCustomerAchievements: OperationHandler<'getCustomerAchievements'> = (context, input) => {
  const { integrationId } = input;
  if (!context.state.profiles.has(integrationId)) throw notFound(`customer profile "${integrationId}"`);
  const campaignIds = idFilter('campaignIds', input.campaignIds);
  const achievementIds = idFilter('achievementIds', input.achievementIds);
  const statuses = new Set(input.achievementStatus ?? ['active']);
  const progressStatuses = input.currentProgressStatus && new Set<string>(input.currentProgressStatus);
  const matches = [...context.state.achievements.values()]
    .sort((a, b) => a.id - b.id)
    .filter((achievement) => !campaignIds || campaignIds.has(achievement.campaignId))
    .filter((achievement) => !achievementIds || achievementIds.has(achievement.id))
    .flatMap((achievement) => {
      const status = achievementAvailability(context, achievement);
      if (status === 'over' || !statuses.has(status)) return [];
      const entry = achievementStatusEntry(context, achievement, integrationId, status);
      return !progressStatuses || progressStatuses.has(entry.currentProgress?.status ?? 'not_started') ? [entry] : [];
    });
  const skip = input.skip ?? 0;
  return { totalResultSize: matches.length, data: matches.slice(skip, skip + (input.pageSize ?? 1000)) };
};
