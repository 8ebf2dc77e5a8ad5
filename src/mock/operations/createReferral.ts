import { checkReferralDates, createReferralCode, referralView } from '../domain/referrals.js';
import { badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * Creates a referral code of the campaign for the advocate (whose profile is created on first use). Referral limits do
 * not apply, as Talon.One documents. 404 for an unknown campaign.
 */
export const createReferral: OperationHandler<'createReferral'> = (context, input) => {
  const { body } = input;
  if (body.advocateProfileIntegrationId === '') {
    throw badRequest('advocateProfileIntegrationId must not be empty', '/advocateProfileIntegrationId');
  }
  checkReferralDates(body.startDate, body.expiryDate);
  const referral = createReferralCode(context, {
    campaignId: body.campaignId,
    advocateProfileIntegrationId: body.advocateProfileIntegrationId,
    ...(body.friendProfileIntegrationId === undefined
      ? {}
      : { friendProfileIntegrationId: body.friendProfileIntegrationId }),
    ...(body.usageLimit === undefined ? {} : { usageLimit: body.usageLimit }),
    ...(body.startDate === undefined ? {} : { startDate: body.startDate }),
    ...(body.expiryDate === undefined ? {} : { expiryDate: body.expiryDate }),
    ...(body.attributes === undefined ? {} : { attributes: body.attributes }),
  });
  return referralView(referral);
};
