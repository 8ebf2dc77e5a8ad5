import { audienceMembers, getAudience, removeFromAudience } from '../domain/audiences.js';
import type { OperationHandler } from './OperationHandler.js';

/** Deletes the audience and every profile's membership of it (204). 404 for an unknown audience. */
export const deleteAudienceV2: OperationHandler<'deleteAudienceV2'> = (context, { audienceId }) => {
  getAudience(context, audienceId);
  for (const integrationId of audienceMembers(context, audienceId)) {
    removeFromAudience(context, integrationId, audienceId);
  }
  context.state.audiences.delete(audienceId);
  return undefined;
};
