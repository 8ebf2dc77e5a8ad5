import { plural } from './plural.js';
/**
 * The words of {@link CartPromotions}. Functions get their values already formatted (money in the provider's
 * currency, points and dates in its locale, rejection reasons in words); a count comes along where plurals need it.
 */
export interface CartPromotionsMessages {
  /** The heading. */
  title: string;
  /** No promotion applies to the cart. */
  empty: string;
  /** Heading of the discounts. */
  discountsTitle: string;
  /** A discount whose effect, rule and campaign have no name. */
  discountFallback: string;
  /** The sum of the discounts. */
  totalSaved: string;
  /** Heading of the items a campaign adds for free. */
  freeItemsTitle: string;
  /** A free item, when more than one unit comes. */
  freeItemQuantity: (name: string, quantity: string) => string;
  /** Heading of the loyalty points the order earns and spends. */
  pointsTitle: string;
  /** A number of points (`count` for plurals). */
  points: (points: string, count: number) => string;
  /** Points that become usable later (`addLoyaltyPoints` with a start date). */
  pointsFrom: (points: string, count: number, date: string) => string;
  /** The sum of the points earned, when several rules give points of one program. */
  pointsTotal: string;
  /** Points the order spends (`deductLoyaltyPoints`). */
  pointsSpent: string;
  /** Heading of the coupon and referral codes the cart carries. */
  codesTitle: string;
  /** An accepted code. */
  codeAccepted: (code: string) => string;
  /** A rejected code; `reason` is in words. */
  codeRejected: (code: string, reason: string) => string;
  /** Heading of the campaigns' notifications. */
  notificationsTitle: string;
}

export const defaultCartPromotionsMessages: CartPromotionsMessages = {
  title: 'Your savings',
  empty: 'No promotions apply to your cart yet.',
  discountsTitle: 'Discounts',
  discountFallback: 'Discount',
  totalSaved: 'Total saved',
  freeItemsTitle: 'Free items',
  freeItemQuantity: (name, quantity) => `${name} × ${quantity}`,
  pointsTitle: 'Loyalty points',
  points: (points, count) => plural('en', count, { one: `${points} point`, other: `${points} points` }),
  pointsFrom: (points, count, date) =>
    `${plural('en', count, { one: `${points} point`, other: `${points} points` })}, usable from ${date}`,
  pointsTotal: 'Points you will earn',
  pointsSpent: 'Points used',
  codesTitle: 'Codes',
  codeAccepted: (code) => `${code}: applied`,
  codeRejected: (code, reason) => `${code}: not applied. ${reason}`,
  notificationsTitle: 'Good to know',
};
