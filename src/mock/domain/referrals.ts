import type { Referral } from '../../schemas/Referral.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { ReferralRecord } from '../SandboxState.js';

/** Why a referral code cannot be redeemed: Talon.One's rejection reasons. */
export type ReferralRejection =
  | 'ReferralNotFound'
  | 'ReferralRecipientIdSameAsAdvocate'
  | 'ReferralPartOfNotRunningCampaign'
  | 'ReferralLimitReached'
  | 'CampaignLimitReached'
  | 'ReferralRecipientDoesNotMatch'
  | 'ReferralExpired'
  | 'ReferralStartDateInFuture';

/** Whether `friendProfileId` may redeem the code now. */
export function checkReferral(
  context: SandboxContext,
  code: string,
  friendProfileId: string,
): { ok: true; referral: ReferralRecord } | { ok: false; reason: ReferralRejection; referral?: ReferralRecord } {
  void context;
  void code;
  void friendProfileId;
  throw new Error('checkReferral: to do');
}

/** Counts one redemption by the friend. */
export function redeemReferral(context: SandboxContext, code: string, friendProfileId: string): void {
  void context;
  void code;
  void friendProfileId;
  throw new Error('redeemReferral: to do');
}

/** Takes back one redemption. */
export function unredeemReferral(context: SandboxContext, code: string, friendProfileId: string): void {
  void context;
  void code;
  void friendProfileId;
  throw new Error('unredeemReferral: to do');
}

/** A new referral code with the profile as advocate (the `createReferral` effect and `createReferral`). */
export function createReferralCode(
  context: SandboxContext,
  options: {
    campaignId: number;
    advocateProfileIntegrationId: string;
    friendProfileIntegrationId?: string;
    usageLimit?: number;
    startDate?: string;
    expiryDate?: string;
    validFor?: string;
    attributes?: Record<string, unknown>;
    batchId?: string;
  },
): ReferralRecord {
  void context;
  void options;
  throw new Error('createReferralCode: to do');
}

/** The referral as the API shows it. */
export function referralView(referral: ReferralRecord): Referral {
  void referral;
  throw new Error('referralView: to do');
}
