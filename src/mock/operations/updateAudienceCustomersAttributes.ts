import { audienceMembers, getAudience } from '../domain/audiences.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * Sets the given profile attributes on every member of the audience (204); the members' other attributes stay.
 * 404 for an unknown audience.
 */
export const updateAudienceCustomersAttributes: OperationHandler<'updateAudienceCustomersAttributes'> = (
  context,
  { audienceId, body },
) => {
  getAudience(context, audienceId);
  const { profiles } = context.state;
  for (const integrationId of audienceMembers(context, audienceId)) {
    const profile = profiles.get(integrationId);
    if (profile) profiles.set(integrationId, { ...profile, attributes: { ...profile.attributes, ...body } });
  }
  return undefined;
};
