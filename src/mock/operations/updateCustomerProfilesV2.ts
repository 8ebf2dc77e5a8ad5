import { ensureProfile, profileView } from '../domain/profiles.js';
import { badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

const maxProfiles = 1000;

/**
 * Creates or updates up to 1000 profiles, merging the given attributes into theirs. Does not run the Rule Engine, so
 * `lastActivity` stays. 204 unless `silent` is `no`, which answers the profiles in request order.
 */
export const updateCustomerProfilesV2: OperationHandler<'updateCustomerProfilesV2'> = (
  context,
  { silent = 'yes', body },
) => {
  const items = body.customerProfiles ?? [];
  if (items.length > maxProfiles) {
    throw badRequest(
      `customerProfiles holds ${items.length} profiles; at most ${maxProfiles} are allowed per request`,
      '/customerProfiles',
    );
  }
  const { profiles } = context.state;
  const updated = items.map((item, index) => {
    if (item.integrationId === '') {
      throw badRequest('integrationId must not be empty', `/customerProfiles/${index}/integrationId`);
    }
    const profile = ensureProfile(context, item.integrationId);
    return profiles.set(item.integrationId, {
      ...profile,
      attributes: { ...profile.attributes, ...item.attributes },
    });
  });
  if (silent === 'yes') return undefined;
  // A profile listed twice shows its final state both times.
  return {
    integrationStates: updated.map((record) => ({
      customerProfile: profileView(context, profiles.get(record.integrationId) ?? record),
    })),
  };
};
