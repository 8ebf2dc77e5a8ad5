import { achievementHistory, progressView } from '../domain/achievementViews.js';
import { badParameter, notFound } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * The profile's periods in the achievement, newest first, each with its status as of now (a period that ended before
 * completion is `expired`). `startDate` and `endDate` keep the periods that began within them (inclusive).
 * Paginated by `pageSize` (default 1000) and `skip`. 404 for an unknown profile or achievement.
 */
export const getCustomerAchievementHistory: OperationHandler<'getCustomerAchievementHistory'> = (context, input) => {
  const { integrationId, achievementId } = input;
  if (!context.state.profiles.has(integrationId)) throw notFound(`customer profile "${integrationId}"`);
  const achievement = context.state.achievements.get(achievementId);
  if (!achievement) throw notFound(`achievement ${achievementId}`);
  const from = input.startDate === undefined ? undefined : Date.parse(input.startDate);
  const to = input.endDate === undefined ? undefined : Date.parse(input.endDate);
  if (from !== undefined && to !== undefined && to < from) {
    throw badParameter('endDate', 'endDate must not be before startDate');
  }
  const statuses = input.progressStatus && new Set<string>(input.progressStatus);
  const matches = achievementHistory(context, achievement, integrationId)
    .filter((record) => !statuses || statuses.has(record.status))
    .filter((record) => {
      const start = Date.parse(record.startDate);
      return (from === undefined || start >= from) && (to === undefined || start <= to);
    })
    .reverse();
  const skip = input.skip ?? 0;
  return {
    totalResultSize: matches.length,
    data: matches.slice(skip, skip + (input.pageSize ?? 1000)).map(progressView),
  };
};
