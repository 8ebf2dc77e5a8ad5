/** The words of {@link CouponCodeForm}. A rejection reason arrives already in words (`common.couponRejection`). */
export interface CouponCodeFormMessages {
  /** The text field's label. */
  label: string;
  /** The submit button. */
  submit: string;
  /** The submit button while a code is being applied. */
  applying: string;
  /** The error when the field is empty. */
  emptyCode: string;
  /** Heading of the codes the cart carries. */
  appliedTitle: string;
  /** A code Talon.One accepted. */
  statusAccepted: string;
  /** A code Talon.One rejected, and why. */
  statusRejected: (reason: string) => string;
  /** The button that takes a code out of the cart. */
  remove: string;
  /** Its accessible name: starts with the visible `remove` (WCAG 2.5.3, label in name). */
  removeLabel: (code: string) => string;
  /** The remove button while the code is being removed. */
  removing: string;
  /** Announced when a code was accepted. */
  accepted: (code: string) => string;
  /** Announced when a code was rejected. */
  rejected: (code: string, reason: string) => string;
  /** Announced when a code was removed. */
  removed: (code: string) => string;
  /** Announced when the write failed (network, server). */
  failed: (code: string) => string;
}

export const defaultCouponCodeFormMessages: CouponCodeFormMessages = {
  label: 'Coupon code',
  submit: 'Apply',
  applying: 'Applying…',
  emptyCode: 'Enter a coupon code.',
  appliedTitle: 'Codes in your cart',
  statusAccepted: 'Applied',
  statusRejected: (reason) => `Not applied: ${reason}`,
  remove: 'Remove',
  removeLabel: (code) => `Remove code ${code}`,
  removing: 'Removing…',
  accepted: (code) => `${code} was applied to your cart.`,
  rejected: (code, reason) => `${code} was not applied. ${reason}`,
  removed: (code) => `${code} was removed from your cart.`,
  failed: (code) => `${code} could not be changed in your cart. Please try again.`,
};
