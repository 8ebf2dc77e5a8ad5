import type { InventoryCoupon } from '../../schemas/InventoryCoupon.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { CouponRecord } from '../SandboxState.js';
import { campaignStatus } from './couponCampaigns.js';
import { couponUsedUp, couponView } from './coupons.js';

/** A coupon's state for one profile, as the inventory shows it. */
export type InventoryCouponState = 'active' | 'used' | 'expired' | 'pending' | 'disabled';

/** Whether the coupon belongs in the profile's inventory: reserved (also implicitly), addressed to it, or redeemed. */
function isInInventory(coupon: CouponRecord, integrationId: string): boolean {
  return (
    coupon.implicitlyReserved ||
    coupon.reservedBy.includes(integrationId) ||
    coupon.recipientIntegrationId === integrationId ||
    (coupon.redemptions[integrationId] ?? 0) > 0
  );
}

/**
 * The coupon's state for the profile, in the order Talon.One's definitions imply: `disabled` (a disabled coupon or a
 * campaign that is not active; a scheduled campaign's coupons stay `active`), `pending` (start date ahead), `used`
 * (usage limit reached, the profile's limit in the campaign reached, or redeemed by the profile before it expired),
 * `expired` (never redeemed by the profile), else `active`.
 */
function inventoryCouponState(
  context: SandboxContext,
  coupon: CouponRecord,
  integrationId: string,
): InventoryCouponState {
  if (coupon.disabled || campaignStatus(context, coupon.campaignId) === 'stopped') return 'disabled';
  const now = Date.parse(context.now);
  if (coupon.startDate !== undefined && Date.parse(coupon.startDate) > now) return 'pending';
  const redeemedByProfile = (coupon.redemptions[integrationId] ?? 0) > 0;
  const expired = coupon.expiryDate !== undefined && Date.parse(coupon.expiryDate) <= now;
  if (couponUsedUp(coupon) || (expired && redeemedByProfile)) return 'used';
  if (redeemedByProfile && profileLimitReached(context, coupon.campaignId, integrationId)) return 'used';
  return expired ? 'expired' : 'active';
}

function profileLimitReached(context: SandboxContext, campaignId: number, integrationId: string): boolean {
  const limit = context.state.campaigns.get(campaignId)?.couponRedemptionsPerProfile ?? 0;
  if (limit <= 0) return false;
  let used = 0;
  for (const coupon of context.state.coupons.values()) {
    if (coupon.campaignId === campaignId) used += coupon.redemptions[integrationId] ?? 0;
  }
  return used >= limit;
}

/** The coupons of the profile's inventory, oldest first, each with its redemptions by the profile and its state. */
export function inventoryCoupons(context: SandboxContext, integrationId: string): InventoryCoupon[] {
  const coupons: CouponRecord[] = [];
  for (const coupon of context.state.coupons.values()) {
    if (isInInventory(coupon, integrationId)) coupons.push(coupon);
  }
  return coupons
    .sort((a, b) => a.id - b.id)
    .map((coupon) => ({
      ...couponView(coupon),
      profileRedemptionCount: coupon.redemptions[integrationId] ?? 0,
      state: inventoryCouponState(context, coupon, integrationId),
    }));
}
