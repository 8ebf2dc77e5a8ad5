import type { IntegrationEventV2Request } from '../../schemas/IntegrationEventV2Request.js';
import type { TrackEventV2Response } from '../../schemas/TrackEventV2Response.js';
import { runRules } from '../campaigns/runRules.js';
import { ensureProfile } from '../domain/profiles.js';
import { recordEvent, responseParts, touchProfile, withoutPersisting } from '../sessions/sessions.js';
import type { SandboxContext } from '../SandboxContext.js';
import { badParameter, badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

function track(context: SandboxContext, profileId: string, body: IntegrationEventV2Request): TrackEventV2Response {
  // Created on first use, without a customer_profile_created event (as Talon.One documents).
  ensureProfile(context, profileId);
  const attributes = { ...body.attributes };
  const { evaluation, effects, createdCoupons, createdReferrals } = runRules(
    context,
    {
      kind: 'event',
      eventType: body.type,
      profileId,
      cartItems: [],
      couponCodes: [],
      loyaltyCards: body.loyaltyCards ?? [],
      attributes,
      evaluableCampaignIds: body.evaluableCampaignIds,
    },
    { ruleFailureReasons: body.responseContent?.includes('ruleFailureReasons') ?? false },
  );
  touchProfile(context, profileId);
  const event = recordEvent(context, {
    type: body.type,
    profileId,
    ...(body.storeIntegrationId === undefined ? {} : { storeIntegrationId: body.storeIntegrationId }),
    attributes,
    effects,
  });
  return {
    effects,
    createdCoupons,
    createdReferrals,
    ...responseParts(context, body.responseContent, { profileId, evaluation, event }),
  };
}

/**
 * Tracks a custom event: campaigns with an `event` condition on its type fire, and their side effects are committed
 * at once (unless `dry`). `silent` (default `yes`) answers 204; `no` answers the effects.
 */
export const trackEventV2: OperationHandler<'trackEventV2'> = (context, input) => {
  const { body, dry = false, silent = 'yes', forceCompleteEvaluation = false } = input;
  if (forceCompleteEvaluation && !dry) {
    throw badParameter('forceCompleteEvaluation', 'forceCompleteEvaluation requires dry=true');
  }
  const profileId = body.profileId ?? '';
  if (profileId === '') {
    throw badRequest(
      'profileId is required: Talon.One needs the customer profile of an event, although the schema does not mark it required',
      '/profileId',
    );
  }
  if (body.type.startsWith('talon_')) {
    throw badRequest(`type "${body.type}" is reserved: names starting with talon_ belong to built-in events`, '/type');
  }
  const run = () => track(context, profileId, body);
  const result = dry ? withoutPersisting(context, run) : run();
  return silent === 'no' ? result : undefined;
};
