import type { InventoryCoupon } from '../../schemas/InventoryCoupon.js';

/** The groups of the wallet, in the order they are shown. */
export const couponGroups = ['active', 'pending', 'used', 'expired', 'disabled'] as const;

/** A coupon's group: its inventory `state`. A state newer than the kit counts as `disabled` (not usable). */
export type CouponGroup = (typeof couponGroups)[number];

const known = new Set<string>(couponGroups);

/** The coupon's group. */
const groupOf = (coupon: InventoryCoupon): CouponGroup =>
  known.has(coupon.state) ? (coupon.state as CouponGroup) : 'disabled';

/** The coupons by group, each group in the inventory's order: one pass, whatever the number of coupons. */
export function groupCoupons(coupons: readonly InventoryCoupon[]): Record<CouponGroup, InventoryCoupon[]> {
  const groups: Record<CouponGroup, InventoryCoupon[]> = {
    active: [],
    pending: [],
    used: [],
    expired: [],
    disabled: [],
  };
  for (const coupon of coupons) groups[groupOf(coupon)].push(coupon);
  return groups;
}
