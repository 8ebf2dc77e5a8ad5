import type { CustomerProfileIntegrationRequestV2 } from '../../schemas/CustomerProfileIntegrationRequestV2.js';
import type { CustomerProfileIntegrationResponseV2 } from '../../schemas/CustomerProfileIntegrationResponseV2.js';
import { runRules } from '../campaigns/runRules.js';
import { addToAudience, removeFromAudience } from '../domain/audiences.js';
import { ensureProfile } from '../domain/profiles.js';
import { recordEvent, responseParts, touchProfile, withoutPersisting } from '../sessions/sessions.js';
import type { SandboxContext } from '../SandboxContext.js';
import { badParameter, badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

function update(
  context: SandboxContext,
  integrationId: string,
  body: CustomerProfileIntegrationRequestV2,
  runRuleEngine: boolean,
): CustomerProfileIntegrationResponseV2 {
  const profile = ensureProfile(context, integrationId);
  if (body.attributes !== undefined) {
    context.state.profiles.set(integrationId, {
      ...profile,
      attributes: { ...profile.attributes, ...body.attributes },
    });
  }
  for (const audienceId of body.audiencesChanges?.adds ?? []) addToAudience(context, integrationId, audienceId);
  for (const audienceId of body.audiencesChanges?.deletes ?? []) removeFromAudience(context, integrationId, audienceId);
  // Without responseContent, the profile is what the caller wants back (and all it can have without the Rule Engine).
  const content = body.responseContent ?? ['customerProfile'];
  if (!runRuleEngine) {
    return {
      effects: [],
      createdCoupons: [],
      createdReferrals: [],
      ...responseParts(context, content, { profileId: integrationId }),
    };
  }
  const { evaluation, effects, createdCoupons, createdReferrals } = runRules(
    context,
    {
      kind: 'profile',
      profileId: integrationId,
      cartItems: [],
      couponCodes: [],
      loyaltyCards: [],
      attributes: {},
      evaluableCampaignIds: body.evaluableCampaignIds,
    },
    { ruleFailureReasons: content.includes('ruleFailureReasons') },
  );
  touchProfile(context, integrationId);
  const event = recordEvent(context, {
    type: 'talon_customer_profile_updated',
    profileId: integrationId,
    attributes: { ...body.attributes },
    effects,
  });
  return {
    effects,
    createdCoupons,
    createdReferrals,
    ...responseParts(context, content, { profileId: integrationId, evaluation, event }),
  };
}

/**
 * Creates or updates a profile: attributes merged, audiences joined and left (404 for an unknown audience). With
 * `runRuleEngine`, campaigns whose rules look only at the profile run and commit at once (unless `dry`).
 */
export const updateCustomerProfileV2: OperationHandler<'updateCustomerProfileV2'> = (context, input) => {
  const { integrationId, body, runRuleEngine = false, dry = false } = input;
  if (dry && !runRuleEngine) throw badParameter('dry', 'dry only works with runRuleEngine=true');
  if (body.responseContent !== undefined && !runRuleEngine) {
    throw badRequest('responseContent can only be used with runRuleEngine=true', '/responseContent');
  }
  const run = () => update(context, integrationId, body, runRuleEngine);
  return dry ? withoutPersisting(context, run) : run();
};
