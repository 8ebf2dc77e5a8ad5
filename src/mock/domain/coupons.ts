import type { Coupon } from '../../schemas/Coupon.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { CouponRecord } from '../SandboxState.js';

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

/**
 * Whether `profileId` (`""` when anonymous) may redeem the code now: found, not disabled, campaign running, dates,
 * recipient, hard reservation, usage limit, the campaign's and the profile's limits.
 */
export function checkCoupon(
  context: SandboxContext,
  value: string,
  profileId: string,
): { ok: true; coupon: CouponRecord } | { ok: false; reason: CouponRejection; coupon?: CouponRecord } {
  void context;
  void value;
  void profileId;
  throw new Error('checkCoupon: to do');
}

/** Counts one redemption of the coupon by the profile. */
export function redeemCoupon(context: SandboxContext, value: string, profileId: string): void {
  void context;
  void value;
  void profileId;
  throw new Error('redeemCoupon: to do');
}

/** Takes back one redemption (a cancelled, returned or reopened session). */
export function unredeemCoupon(context: SandboxContext, value: string, profileId: string): void {
  void context;
  void value;
  void profileId;
  throw new Error('unredeemCoupon: to do');
}

/** A new coupon of the campaign for the profile (the `createCoupon` effect). */
export function createCoupon(
  context: SandboxContext,
  options: { campaignId: number; recipientIntegrationId: string; usageLimit?: number; validFor?: string },
): CouponRecord {
  void context;
  void options;
  throw new Error('createCoupon: to do');
}

/** Reserves the coupon for the profile; false when it was reserved already. 404 for an unknown coupon. */
export function reserveCoupon(context: SandboxContext, value: string, integrationId: string): boolean {
  void context;
  void value;
  void integrationId;
  throw new Error('reserveCoupon: to do');
}

/** The coupon as the API shows it. */
export function couponView(coupon: CouponRecord): Coupon {
  void coupon;
  throw new Error('couponView: to do');
}
