import type { CustomerProfile } from '../../schemas/CustomerProfile.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { ProfileRecord } from '../SandboxState.js';

/** The profile, created empty on first use as Talon.One does (`""` is an anonymous session: no profile). */
export function ensureProfile(context: SandboxContext, integrationId: string): ProfileRecord {
  void context;
  void integrationId;
  throw new Error('ensureProfile: to do');
}

/** The profile as the API shows it (`CustomerProfile`), with audience and loyalty memberships. */
export function profileView(context: SandboxContext, profile: ProfileRecord): CustomerProfile {
  void context;
  void profile;
  throw new Error('profileView: to do');
}
