/**
 * The words of {@link CouponWallet}. Functions get their values already formatted (dates in the shopper's locale,
 * money in the provider's currency, a rejection reason already in words).
 */
export interface CouponWalletMessages {
  /** The wallet's heading. */
  title: string;
  /** Nothing to show. */
  empty: string;
  /** Heading of the coupons that can be used now. */
  groupActive: string;
  /** Heading of the coupons that become valid later. */
  groupPending: string;
  /** Heading of the coupons already redeemed. */
  groupUsed: string;
  /** Heading of the coupons that expired unused. */
  groupExpired: string;
  /** Heading of the coupons of campaigns that are not running (shown with `showDisabled`). */
  groupDisabled: string;
  /** An active coupon's expiry. */
  validUntil: (date: string) => string;
  /** An active coupon without an expiry date. */
  noExpiry: string;
  /** A pending coupon's start. */
  validFrom: (date: string) => string;
  /** An expired coupon's expiry. */
  expiredOn: (date: string) => string;
  /** The campaign a coupon belongs to, when `campaignNames` names it. */
  campaign: (name: string) => string;
  /** The value left on a coupon with a discount limit (a gift card): both amounts formatted as money. */
  valueLeft: (remaining: string, limit: string) => string;
  /** Uses left of a coupon that can be redeemed several times. */
  usesLeft: (count: string, n: number) => string;
  /** The copy button's accessible name: starts with the visible `common.copy` (WCAG 2.5.3, label in name). */
  copyLabel: (code: string) => string;
  /** Announced after a copy. */
  copiedCode: (code: string) => string;
  /** The apply button. */
  apply: string;
  /** The apply button's accessible name: starts with the visible `apply`. */
  applyLabel: (code: string) => string;
  /** The apply button while the code is being applied. */
  applying: string;
  /** The button that takes an applied code out of the cart. */
  remove: string;
  /** Its accessible name: starts with the visible `remove`. */
  removeLabel: (code: string) => string;
  /** The button while the code is being removed. */
  removing: string;
  /** Shown on a coupon the cart carries and accepted. */
  inCart: string;
  /** Shown on a coupon the cart carries but rejected; `reason` is in words. */
  notAppliedInCart: (reason: string) => string;
  /** Announced when a code was accepted. */
  accepted: (code: string) => string;
  /** Announced when a code was rejected; `reason` is in words (`common.couponRejection`). */
  rejected: (code: string, reason: string) => string;
  /** Announced when a code was removed. */
  removed: (code: string) => string;
  /** Announced when the write failed (network, server). */
  failed: (code: string) => string;
  /** The cart could not be read, so codes cannot be applied. */
  cartError: string;
}

export const defaultCouponWalletMessages: CouponWalletMessages = {
  title: 'Your coupons',
  empty: 'You have no coupons yet.',
  groupActive: 'Ready to use',
  groupPending: 'Coming soon',
  groupUsed: 'Used',
  groupExpired: 'Expired',
  groupDisabled: 'Unavailable',
  validUntil: (date) => `Valid until ${date}`,
  noExpiry: 'No expiry date',
  validFrom: (date) => `Valid from ${date}`,
  expiredOn: (date) => `Expired on ${date}`,
  campaign: (name) => name,
  valueLeft: (remaining, limit) => `${remaining} left of ${limit}`,
  usesLeft: (count) => `Uses left: ${count}`,
  copyLabel: (code) => `Copy code ${code}`,
  copiedCode: (code) => `Code ${code} copied.`,
  apply: 'Apply to cart',
  applyLabel: (code) => `Apply to cart: code ${code}`,
  applying: 'Applying…',
  remove: 'Remove from cart',
  removeLabel: (code) => `Remove from cart: code ${code}`,
  removing: 'Removing…',
  inCart: 'In your cart',
  notAppliedInCart: (reason) => `In your cart, not applied: ${reason}`,
  accepted: (code) => `${code} was applied to your cart.`,
  rejected: (code, reason) => `${code} was not applied. ${reason}`,
  removed: (code) => `${code} was removed from your cart.`,
  failed: (code) => `${code} could not be changed in your cart. Please try again.`,
  cartError: 'Your cart could not be loaded, so codes cannot be applied right now.',
};
