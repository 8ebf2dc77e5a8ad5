import type { Audience } from '../../schemas/Audience.js';
import type { SandboxContext } from '../SandboxContext.js';
import { notFound } from '../SandboxError.js';
import type { AudienceRecord } from '../SandboxState.js';
import { ensureProfile } from './profiles.js';

/** The audience's record; 404 for an unknown audience. */
export function getAudience(context: SandboxContext, audienceId: number): AudienceRecord {
  const audience = context.state.audiences.get(audienceId);
  if (!audience) throw notFound(`audience ${audienceId}`);
  return audience;
}

/** Integration IDs of the audience's members, sorted. */
export function audienceMembers(context: SandboxContext, audienceId: number): string[] {
  const members: string[] = [];
  for (const profile of context.state.profiles.values()) {
    if (audienceId in profile.audiences) members.push(profile.integrationId);
  }
  return members.sort();
}

/** Records that the audience's memberships changed now (`lastUpdate`). */
function touchAudience(context: SandboxContext, audienceId: number): void {
  const audience = getAudience(context, audienceId);
  context.state.audiences.set(audienceId, { ...audience, lastUpdate: context.now });
}

/** Adds the profile to the audience; false when it was a member already. 404 for an unknown audience. */
export function addToAudience(context: SandboxContext, integrationId: string, audienceId: number): boolean {
  getAudience(context, audienceId);
  const profile = ensureProfile(context, integrationId);
  if (audienceId in profile.audiences) return false;
  context.state.profiles.set(integrationId, {
    ...profile,
    audiences: { ...profile.audiences, [audienceId]: context.now },
  });
  touchAudience(context, audienceId);
  return true;
}

/** Removes the profile from the audience; false when it was not a member. 404 for an unknown audience. */
export function removeFromAudience(context: SandboxContext, integrationId: string, audienceId: number): boolean {
  getAudience(context, audienceId);
  const profile = context.state.profiles.get(integrationId);
  if (!profile || !(audienceId in profile.audiences)) return false;
  const { [audienceId]: _removed, ...audiences } = profile.audiences;
  context.state.profiles.set(integrationId, { ...profile, audiences });
  touchAudience(context, audienceId);
  return true;
}

/** The audience as the API shows it. */
export function audienceView(context: SandboxContext, audience: AudienceRecord): Audience {
  return {
    accountId: context.state.accountId,
    id: audience.id,
    created: audience.created,
    name: audience.name,
    ...(audience.description === undefined ? {} : { description: audience.description }),
    ...(audience.integration === undefined ? {} : { integration: audience.integration }),
    ...(audience.integrationId === undefined ? {} : { integrationId: audience.integrationId }),
    // Talon.One marks audiences that came with an integration ID as coming from another platform.
    createdIn3rdParty: audience.integrationId !== undefined,
    ...(audience.lastUpdate === undefined ? {} : { lastUpdate: audience.lastUpdate }),
  };
}
