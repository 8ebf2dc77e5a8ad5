import type { CustomerProfile } from '../../schemas/CustomerProfile.js';
import type { SandboxContext } from '../SandboxContext.js';
import { badRequest } from '../SandboxError.js';
import type { ProfileRecord } from '../SandboxState.js';

/** The profile, created empty on first use as Talon.One does (`""` is an anonymous session: no profile). */
export function ensureProfile(context: SandboxContext, integrationId: string): ProfileRecord {
  // Callers handle anonymous sessions themselves; reaching here with "" would create a profile nobody can address.
  if (integrationId === '') throw badRequest('A customer profile needs a non-empty integration ID');
  const { profiles } = context.state;
  return (
    profiles.get(integrationId) ??
    profiles.set(integrationId, {
      id: context.nextId('profile'),
      integrationId,
      created: context.now,
      attributes: {},
      closedSessions: 0,
      totalSales: 0,
      lastActivity: context.now,
      audiences: {},
      loyaltyPrograms: {},
    })
  );
}

/** The profile as the API shows it (`CustomerProfile`), with audience and loyalty memberships. */
export function profileView(context: SandboxContext, profile: ProfileRecord): CustomerProfile {
  const { audiences, accountId } = context.state;
  const audienceMemberships = Object.keys(profile.audiences)
    .map(Number)
    .sort((a, b) => a - b)
    .flatMap((id) => {
      // A membership of a deleted audience is not shown (deleting an audience also clears memberships).
      const audience = audiences.get(id);
      return audience ? [{ id, name: audience.name }] : [];
    });
  const loyaltyMemberships = Object.entries(profile.loyaltyPrograms)
    .map(([id, joined]) => ({ joined, loyaltyProgramId: Number(id) }))
    .sort((a, b) => a.loyaltyProgramId - b.loyaltyProgramId);
  return {
    id: profile.id,
    created: profile.created,
    integrationId: profile.integrationId,
    attributes: { ...profile.attributes },
    accountId,
    closedSessions: profile.closedSessions,
    totalSales: profile.totalSales,
    loyaltyMemberships,
    audienceMemberships,
    lastActivity: profile.lastActivity,
  };
}
