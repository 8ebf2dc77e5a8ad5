/**
 * A campaign of the sandbox: plain JSON data, so a test or a story can describe its own. Each rule fires when all its
 * conditions hold; its effects then come back in Talon.One's shape. Coupons and referrals are accepted or rejected
 * automatically: a rule with `couponValid` accepts a valid code of this campaign, and any code the session carries
 * that no rule accepted is rejected with Talon.One's reason.
 */
export interface SandboxCampaign {
  id: number;
  name: string;
  description?: string;
  /** Only `enabled` campaigns run. Default `enabled`. */
  state?: 'enabled' | 'disabled' | 'archived';
  /** RFC 3339. The campaign runs from this time on. */
  startTime?: string;
  /** RFC 3339. The campaign stops running at this time. */
  endTime?: string;
  tags?: string[];
  /** How many coupon redemptions the whole campaign allows (`CampaignLimitReached` after). */
  couponRedemptionLimit?: number;
  /** How many referral redemptions the whole campaign allows. */
  referralRedemptionLimit?: number;
  /** How many times one profile may redeem coupons of this campaign (`ProfileLimitReached` after). */
  couponRedemptionsPerProfile?: number;
  rules: SandboxRule[];
}

/** One rule: when every condition holds, every effect applies. */
export interface SandboxRule {
  title: string;
  conditions?: SandboxCondition[];
  effects: SandboxEffect[];
}

/** Selects cart items: by SKU, by an attribute's value, or both. */
export interface SandboxItemFilter {
  sku?: string;
  attribute?: { name: string; value: string | number | boolean };
}

/** A condition of a rule. */
export type SandboxCondition =
  /** The session carries a valid coupon code of this campaign. */
  | { type: 'couponValid' }
  /** The session carries a valid referral code of this campaign. */
  | { type: 'referralValid' }
  /** The sum of price x quantity of the cart items is at least `amount`. */
  | { type: 'cartSubtotalAtLeast'; amount: number }
  /** The cart holds at least `count` units in all. */
  | { type: 'cartItemCountAtLeast'; count: number }
  /** The cart holds at least `minQuantity` (default 1) units of items that match. */
  | { type: 'itemInCart'; item: SandboxItemFilter; minQuantity?: number }
  /** The profile is a member of the audience. */
  | { type: 'profileInAudience'; audienceId: number }
  /** The event being evaluated is of this type (custom events from `trackEventV2`). */
  | { type: 'event'; eventType: string }
  /** A profile attribute equals the value. */
  | { type: 'profileAttribute'; name: string; value: string | number | boolean }
  /** A session attribute equals the value. */
  | { type: 'sessionAttribute'; name: string; value: string | number | boolean };

/**
 * An effect of a rule. Durations are ISO 8601 (`P30D`, `PT12H`). Side effects (points, usage counters, progress,
 * created codes, reservations, audiences) are committed when the session closes or when an event is tracked; an open
 * session only shows them.
 */
export type SandboxEffect =
  /** `setDiscount` on the session, or `setDiscountPerItem` on each matching item when `items` is given. */
  | { type: 'percentDiscount'; name?: string; percent: number; items?: SandboxItemFilter }
  /** `setDiscount` of a fixed amount, or per matching item line when `items` is given. Never more than the price. */
  | { type: 'fixedDiscount'; name?: string; amount: number; items?: SandboxItemFilter }
  /** `addFreeItem`. */
  | { type: 'freeItem'; sku: string; name?: string }
  /**
   * `addLoyaltyPoints`: a fixed number of points, or a percentage of the subtotal (of the matching items when
   * `items` is given, one effect per item then). For a card-based program the points go to the session's card.
   */
  | {
      type: 'addLoyaltyPoints';
      programId: number;
      points?: number;
      percentOfSubtotal?: number;
      items?: SandboxItemFilter;
      subledgerId?: string;
      /** Points stay pending this long before they become active. */
      pendingDuration?: string;
      /** Points expire this long after they become active. Default: never. */
      expiryDuration?: string;
      name?: string;
    }
  /** `deductLoyaltyPoints` from the profile's (or session card's) balance. */
  | { type: 'deductLoyaltyPoints'; programId: number; points: number; subledgerId?: string; name?: string }
  /** `reserveCoupon`: reserves an existing coupon for the profile. */
  | { type: 'reserveCoupon'; couponValue: string }
  /** `couponCreated`: a new coupon of `campaignId` (default this campaign) for the profile. */
  | { type: 'createCoupon'; campaignId?: number; usageLimit?: number; validFor?: string }
  /** `referralCreated`: a new referral code of `campaignId` (default this campaign) with the profile as advocate. */
  | { type: 'createReferral'; campaignId?: number; usageLimit?: number; validFor?: string }
  /** `increaseAchievementProgress` by `delta` (default 1). */
  | { type: 'increaseAchievementProgress'; achievementId: number; delta?: number }
  /** `showNotification`. */
  | { type: 'showNotification'; title: string; body: string; notificationType?: string }
  /** `addToAudience`. */
  | { type: 'addToAudience'; audienceId: number }
  /** `removeFromAudience`. */
  | { type: 'removeFromAudience'; audienceId: number }
  /** `customEffect` with the given name and payload. */
  | { type: 'customEffect'; name: string; payload: Record<string, unknown> };
