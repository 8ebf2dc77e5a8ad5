import { audienceView, getAudience } from '../domain/audiences.js';
import type { OperationHandler } from './OperationHandler.js';

/** Renames the audience; its members stay. 404 for an unknown audience. */
export const updateAudienceV2: OperationHandler<'updateAudienceV2'> = (context, { audienceId, body }) => {
  const audience = getAudience(context, audienceId);
  return audienceView(context, context.state.audiences.set(audienceId, { ...audience, name: body.name }));
};
