import type { InventoryReferral } from '../../schemas/InventoryReferral.js';
import type { Referral } from '../../schemas/Referral.js';
import { addDuration } from '../duration.js';
import type { SandboxContext } from '../SandboxContext.js';
import { badRequest, notFound } from '../SandboxError.js';
import type { ReferralRecord } from '../SandboxState.js';
import { campaignStatus } from './couponCampaigns.js';
import { uniqueCode } from './coupons.js';
import { ensureProfile } from './profiles.js';

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
  const referral = context.state.referrals.get(code);
  if (!referral) return { ok: false, reason: 'ReferralNotFound' };
  const reject = (reason: ReferralRejection) => ({ ok: false as const, reason, referral });
  if (referral.advocateProfileIntegrationId === friendProfileId) return reject('ReferralRecipientIdSameAsAdvocate');
  if (campaignStatus(context, referral.campaignId) !== 'running') return reject('ReferralPartOfNotRunningCampaign');
  const now = Date.parse(context.now);
  if (referral.startDate !== undefined && Date.parse(referral.startDate) > now) {
    return reject('ReferralStartDateInFuture');
  }
  if (referral.expiryDate !== undefined && Date.parse(referral.expiryDate) <= now) return reject('ReferralExpired');
  if (referral.friendProfileIntegrationId !== undefined && referral.friendProfileIntegrationId !== friendProfileId) {
    return reject('ReferralRecipientDoesNotMatch');
  }
  if (referral.usageLimit > 0 && referral.usageCounter >= referral.usageLimit) return reject('ReferralLimitReached');
  const limit = context.state.campaigns.get(referral.campaignId)?.referralRedemptionLimit ?? 0;
  if (limit > 0) {
    let used = 0;
    for (const other of context.state.referrals.values()) {
      if (other.campaignId === referral.campaignId) used += other.usageCounter;
    }
    if (used >= limit) return reject('CampaignLimitReached');
  }
  return { ok: true, referral };
}

/** Counts one redemption by the friend. 404 for an unknown code. */
export function redeemReferral(context: SandboxContext, code: string, friendProfileId: string): void {
  const referral: ReferralRecord | undefined = context.state.referrals.get(code);
  if (!referral) throw notFound(`referral code "${code}"`);
  const redemptions = referral.redemptions;
  const tracked: ReferralRecord = {
    ...referral,
    usageCounter: referral.usageCounter + 1,
    redemptions: { ...redemptions, [friendProfileId]: (redemptions[friendProfileId] ?? 0) + 1 },
  };
  context.state.referrals.set(code, tracked);
}

/** Takes back one redemption. */
export function unredeemReferral(context: SandboxContext, code: string, friendProfileId: string): void {
  const referral: ReferralRecord | undefined = context.state.referrals.get(code);
  if (!referral) return;
  const { [friendProfileId]: count = 0, ...others } = referral.redemptions;
  const tracked: ReferralRecord = {
    ...referral,
    usageCounter: Math.max(0, referral.usageCounter - 1),
    redemptions: count > 1 ? { ...others, [friendProfileId]: count - 1 } : others,
  };
  context.state.referrals.set(code, tracked);
}

/**
 * A new referral code with the profile as advocate (the `createReferral` effect and `createReferral`); the advocate's
 * profile is created on first use. The code follows `pattern` (`#` is one of `characters`) and is unique. Referral
 * limits do not apply here, as Talon.One documents. 404 for an unknown campaign; 400 (pointer `/referralPattern`)
 * when the pattern has no unused code left.
 */
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
    pattern?: string;
    characters?: readonly string[];
  },
): ReferralRecord {
  const { state, now } = context;
  if (!state.campaigns.has(options.campaignId)) throw notFound(`campaign ${options.campaignId}`);
  ensureProfile(context, options.advocateProfileIntegrationId);
  const code = uniqueCode(context, (value) => state.referrals.has(value), options.pattern, options.characters);
  if (code === undefined) {
    throw badRequest(`referralPattern "${options.pattern ?? ''}" has no unused referral code left`, '/referralPattern');
  }
  const expiryDate =
    options.expiryDate ??
    (options.validFor === undefined ? undefined : addDuration(new Date(now), options.validFor).toISOString());
  return state.referrals.set(code, {
    id: context.nextId('referral'),
    created: now,
    campaignId: options.campaignId,
    redemptions: {},
    code,
    advocateProfileIntegrationId: options.advocateProfileIntegrationId,
    ...(options.friendProfileIntegrationId === undefined
      ? {}
      : { friendProfileIntegrationId: options.friendProfileIntegrationId }),
    usageLimit: options.usageLimit ?? 1,
    usageCounter: 0,
    ...(options.startDate === undefined ? {} : { startDate: options.startDate }),
    ...(expiryDate === undefined ? {} : { expiryDate }),
    attributes: options.attributes ?? {},
    ...(options.batchId === undefined ? {} : { batchId: options.batchId }),
  });
}

/** The referral as the API shows it. */
export function referralView(referral: ReferralRecord): Referral {
  return {
    id: referral.id,
    created: referral.created,
    ...(referral.startDate === undefined ? {} : { startDate: referral.startDate }),
    ...(referral.expiryDate === undefined ? {} : { expiryDate: referral.expiryDate }),
    usageLimit: referral.usageLimit,
    campaignId: referral.campaignId,
    advocateProfileIntegrationId: referral.advocateProfileIntegrationId,
    ...(referral.friendProfileIntegrationId === undefined
      ? {}
      : { friendProfileIntegrationId: referral.friendProfileIntegrationId }),
    attributes: { ...referral.attributes },
    code: referral.code,
    usageCounter: referral.usageCounter,
    ...(referral.batchId === undefined ? {} : { batchId: referral.batchId }),
  };
}

/** The profile's referral codes (it is their advocate) with the friends who redeemed each, oldest first. */
export function inventoryReferrals(context: SandboxContext, integrationId: string): InventoryReferral[] {
  const owned: ReferralRecord[] = [];
  for (const referral of context.state.referrals.values()) {
    if (referral.advocateProfileIntegrationId === integrationId) owned.push(referral);
  }
  return owned
    .sort((a, b) => a.id - b.id)
    .map((referral) => ({
      ...referralView(referral),
      referredCustomers: Object.keys(referral.redemptions).sort(),
    }));
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** 400 unless the start and expiry dates of new referral codes are RFC 3339 and in order. */
export function checkReferralDates(startDate: string | undefined, expiryDate: string | undefined): void {
  for (const [name, value] of [
    ['startDate', startDate],
    ['expiryDate', expiryDate],
  ] as const) {
    if (value !== undefined && (!rfc3339.test(value) || Number.isNaN(Date.parse(value)))) {
      throw badRequest(`${name} must be an RFC 3339 date-time, got "${value}"`, `/${name}`);
    }
  }
  if (startDate !== undefined && expiryDate !== undefined && Date.parse(expiryDate) <= Date.parse(startDate)) {
    throw badRequest('expiryDate must be after startDate', '/expiryDate');
  }
}
