import { audienceMembers, getAudience, removeFromAudience } from '../domain/audiences.js';
import type { OperationHandler } from './OperationHandler.js';

/** Removes every member from the audience, which stays (204). 404 for an unknown audience. */
export const deleteAudienceMembershipsV2: OperationHandler<'deleteAudienceMembershipsV2'> = (
  context,
  { audienceId },
) => {
  getAudience(context, audienceId);
  for (const integrationId of audienceMembers(context, audienceId)) {
    removeFromAudience(context, integrationId, audienceId);
  }
  return undefined;
};
