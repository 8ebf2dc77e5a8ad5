import type { SandboxContext } from '../SandboxContext.js';

/** Adds the profile to the audience; false when it was a member already. 404 for an unknown audience. */
export function addToAudience(context: SandboxContext, integrationId: string, audienceId: number): boolean {
  void context;
  void integrationId;
  void audienceId;
  throw new Error('addToAudience: to do');
}

/** Removes the profile from the audience; false when it was not a member. 404 for an unknown audience. */
export function removeFromAudience(context: SandboxContext, integrationId: string, audienceId: number): boolean {
  void context;
  void integrationId;
  void audienceId;
  throw new Error('removeFromAudience: to do');
}
