import { notFound } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * Deletes the personal data of a profile (204): its attributes and those of the entities that reference it, its
 * sessions and its events. The profile itself stays, with its ID, memberships, ledgers and codes. 404 for an unknown
 * profile.
 */
export const deleteCustomerData: OperationHandler<'deleteCustomerData'> = (context, { integrationId }) => {
  const { profiles, sessions, sessionsByProfile, events } = context.state;
  const profile = profiles.get(integrationId);
  if (!profile) throw notFound(`customer profile "${integrationId}"`);
  profiles.set(integrationId, { ...profile, attributes: {} });
  const sessionIds = sessionsByProfile.get(integrationId) ?? [];
  for (const sessionId of sessionIds) {
    const session = sessions.get(sessionId);
    if (session) sessions.set(sessionId, { ...session, attributes: {} });
  }
  // Collected first: setting rows while iterating the same table is not safe.
  const own = [...events.values()].filter(
    (event) =>
      event.profileId === integrationId || (event.sessionId !== undefined && sessionIds.includes(event.sessionId)),
  );
  for (const event of own) events.set(event.id, { ...event, attributes: {} });
  return undefined;
};
