import type { Coupon } from '../../schemas/Coupon.js';
import { addDuration } from '../duration.js';
import type { SandboxContext } from '../SandboxContext.js';
import { notFound } from '../SandboxError.js';
import type { CouponRecord } from '../SandboxState.js';
import { campaignStatus } from './couponCampaigns.js';
import { ensureProfile } from './profiles.js';

/** Why a code cannot be redeemed: Talon.One's rejection reasons. */
export type CouponRejection =
  | 'CouponNotFound'
  | 'CouponPartOfNotRunningCampaign'
  | 'CouponLimitReached'
  | 'CampaignLimitReached'
  | 'ProfileLimitReached'
  | 'CouponRecipientDoesNotMatch'
  | 'CouponExpired'
  | 'CouponStartDateInFuture'
  | 'CouponReservationRequired'
  | 'ProfileRequired';

/** How often the coupons of a campaign were redeemed: by anyone, and by one profile. */
function campaignRedemptions(context: SandboxContext, campaignId: number, profileId: string) {
  let total = 0;
  let byProfile = 0;
  for (const coupon of context.state.coupons.values()) {
    if (coupon.campaignId !== campaignId) continue;
    total += coupon.usageCounter;
    byProfile += coupon.redemptions[profileId] ?? 0;
  }
  return { total, byProfile };
}

/** True when the coupon's own usage limit is used up (`0` is unlimited). */
export function couponUsedUp(coupon: CouponRecord): boolean {
  return coupon.usageLimit > 0 && coupon.usageCounter >= coupon.usageLimit;
}

/** True when no one else may reserve the coupon through the `reserveCoupon` effect (`0` or absent is unlimited). */
export function couponReservationLimitReached(coupon: CouponRecord): boolean {
  return (
    coupon.reservationLimit !== undefined &&
    coupon.reservationLimit > 0 &&
    coupon.reservedBy.length >= coupon.reservationLimit
  );
}

/**
 * Whether `profileId` (`""` when anonymous) may redeem the code now: found, not disabled, campaign running, dates,
 * recipient, hard reservation, usage limit, the campaign's and the profile's limits.
 *
 * A disabled coupon answers `CouponPartOfNotRunningCampaign`: Talon.One has no reason of its own for it, and the
 * inventory shows such a coupon as `disabled`, the state it documents as "part of a non-active campaign".
 */
export function checkCoupon(
  context: SandboxContext,
  value: string,
  profileId: string,
): { ok: true; coupon: CouponRecord } | { ok: false; reason: CouponRejection; coupon?: CouponRecord } {
  const coupon = context.state.coupons.get(value);
  if (!coupon) return { ok: false, reason: 'CouponNotFound' };
  const reject = (reason: CouponRejection) => ({ ok: false as const, reason, coupon });
  if (coupon.disabled) return reject('CouponPartOfNotRunningCampaign');
  if (campaignStatus(context, coupon.campaignId) !== 'running') return reject('CouponPartOfNotRunningCampaign');
  const now = Date.parse(context.now);
  if (coupon.startDate !== undefined && Date.parse(coupon.startDate) > now) return reject('CouponStartDateInFuture');
  if (coupon.expiryDate !== undefined && Date.parse(coupon.expiryDate) <= now) return reject('CouponExpired');
  if (coupon.recipientIntegrationId !== undefined && coupon.recipientIntegrationId !== profileId) {
    return reject('CouponRecipientDoesNotMatch');
  }
  if (coupon.isReservationMandatory && !coupon.reservedBy.includes(profileId)) {
    return reject(profileId === '' ? 'ProfileRequired' : 'CouponReservationRequired');
  }
  if (couponUsedUp(coupon)) return reject('CouponLimitReached');
  const campaign = context.state.campaigns.get(coupon.campaignId);
  const campaignLimit = campaign?.couponRedemptionLimit ?? 0;
  const perProfile = campaign?.couponRedemptionsPerProfile ?? 0;
  if (campaignLimit > 0 || perProfile > 0) {
    // A limit per profile cannot be kept without a profile to count against.
    if (perProfile > 0 && profileId === '') return reject('ProfileRequired');
    const used = campaignRedemptions(context, coupon.campaignId, profileId);
    if (campaignLimit > 0 && used.total >= campaignLimit) return reject('CampaignLimitReached');
    if (perProfile > 0 && used.byProfile >= perProfile) return reject('ProfileLimitReached');
  }
  return { ok: true, coupon };
}

function requireCoupon(context: SandboxContext, value: string): CouponRecord {
  const coupon = context.state.coupons.get(value);
  if (!coupon) throw notFound(`coupon "${value}"`);
  return coupon;
}

/** Counts one redemption of the coupon by the profile (`""`: anonymous, counted on the coupon only). */
export function redeemCoupon(context: SandboxContext, value: string, profileId: string): void {
  const coupon = requireCoupon(context, value);
  context.state.coupons.set(value, {
    ...coupon,
    usageCounter: coupon.usageCounter + 1,
    redemptions:
      profileId === ''
        ? coupon.redemptions
        : { ...coupon.redemptions, [profileId]: (coupon.redemptions[profileId] ?? 0) + 1 },
  });
}

/** Takes back one redemption (a cancelled, returned or reopened session). */
export function unredeemCoupon(context: SandboxContext, value: string, profileId: string): void {
  const coupon = context.state.coupons.get(value);
  // The coupon may have been deleted since; there is nothing left to take back then.
  if (!coupon) return;
  const { [profileId]: count = 0, ...others } = coupon.redemptions;
  context.state.coupons.set(value, {
    ...coupon,
    usageCounter: Math.max(0, coupon.usageCounter - 1),
    redemptions: count > 1 ? { ...others, [profileId]: count - 1 } : others,
  });
}

/** A code that no coupon (or referral, when asked) has yet. */
export function uniqueCode(
  context: SandboxContext,
  taken: (code: string) => boolean,
  pattern?: string,
  characters?: readonly string[],
): string | undefined {
  // Bounded: a pattern with few combinations left must fail, not loop forever.
  for (let attempt = 0; attempt < 100; attempt++) {
    const code = context.code(pattern, characters);
    if (!taken(code)) return code;
  }
  return undefined;
}

/** A new coupon of the campaign for the profile (the `createCoupon` effect). 404 for an unknown campaign. */
export function createCoupon(
  context: SandboxContext,
  options: { campaignId: number; recipientIntegrationId: string; usageLimit?: number; validFor?: string },
): CouponRecord {
  const { state, now } = context;
  if (!state.campaigns.has(options.campaignId)) throw notFound(`campaign ${options.campaignId}`);
  const value = uniqueCode(context, (code) => state.coupons.has(code));
  if (value === undefined) throw new Error('createCoupon: no unused coupon code left for the default pattern');
  return state.coupons.set(value, {
    id: context.nextId('coupon'),
    created: now,
    campaignId: options.campaignId,
    value,
    usageLimit: options.usageLimit ?? 1,
    usageCounter: 0,
    discountCounter: 0,
    ...(options.validFor === undefined
      ? {}
      : { expiryDate: addDuration(new Date(now), options.validFor).toISOString() }),
    isReservationMandatory: false,
    implicitlyReserved: false,
    recipientIntegrationId: options.recipientIntegrationId,
    reservedBy: [],
    redemptions: {},
    disabled: false,
    attributes: {},
  });
}

/**
 * Reserves the coupon for the profile (created on first use); false when it was reserved already, or when its
 * reservation limit is reached. `ignoreLimit` is for `createCouponReservation`, which overrides that limit; the
 * `reserveCoupon` effect keeps it. 404 for an unknown coupon.
 */
export function reserveCoupon(
  context: SandboxContext,
  value: string,
  integrationId: string,
  options: { ignoreLimit?: boolean } = {},
): boolean {
  const coupon = requireCoupon(context, value);
  if (coupon.reservedBy.includes(integrationId)) return false;
  if (!options.ignoreLimit && couponReservationLimitReached(coupon)) return false;
  ensureProfile(context, integrationId);
  context.state.coupons.set(value, { ...coupon, reservedBy: [...coupon.reservedBy, integrationId] });
  return true;
}

/** Removes the profiles' reservations of the coupon; 404 for an unknown coupon. */
export function unreserveCoupon(context: SandboxContext, value: string, integrationIds: readonly string[]): void {
  const coupon = requireCoupon(context, value);
  const removed = new Set(integrationIds);
  const reservedBy = coupon.reservedBy.filter((id) => !removed.has(id));
  if (reservedBy.length !== coupon.reservedBy.length) context.state.coupons.set(value, { ...coupon, reservedBy });
}

/** The coupon as the API shows it. */
export function couponView(coupon: CouponRecord): Coupon {
  return {
    id: coupon.id,
    created: coupon.created,
    campaignId: coupon.campaignId,
    value: coupon.value,
    usageLimit: coupon.usageLimit,
    ...(coupon.discountLimit === undefined
      ? {}
      : {
          discountLimit: coupon.discountLimit,
          discountRemainder: Math.max(0, Math.round((coupon.discountLimit - coupon.discountCounter) * 100) / 100),
        }),
    ...(coupon.reservationLimit === undefined ? {} : { reservationLimit: coupon.reservationLimit }),
    ...(coupon.startDate === undefined ? {} : { startDate: coupon.startDate }),
    ...(coupon.expiryDate === undefined ? {} : { expiryDate: coupon.expiryDate }),
    usageCounter: coupon.usageCounter,
    discountCounter: coupon.discountCounter,
    reservationCounter: coupon.reservedBy.length,
    attributes: { ...coupon.attributes },
    ...(coupon.referralId === undefined ? {} : { referralId: coupon.referralId }),
    ...(coupon.recipientIntegrationId === undefined ? {} : { recipientIntegrationId: coupon.recipientIntegrationId }),
    isReservationMandatory: coupon.isReservationMandatory,
    implicitlyReserved: coupon.implicitlyReserved,
  };
}
