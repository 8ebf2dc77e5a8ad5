import type { EffectType } from '../schemas/Effect.js';
import type { AddFreeItemEffectProps } from '../schemas/effects/AddFreeItemEffectProps.js';
import type { AddLoyaltyPointsEffectProps } from '../schemas/effects/AddLoyaltyPointsEffectProps.js';
import type { DeductLoyaltyPointsEffectProps } from '../schemas/effects/DeductLoyaltyPointsEffectProps.js';
import type { RejectCouponEffectProps } from '../schemas/effects/RejectCouponEffectProps.js';
import type { RollbackAddedLoyaltyPointsEffectProps } from '../schemas/effects/RollbackAddedLoyaltyPointsEffectProps.js';
import type { RollbackDeductedLoyaltyPointsEffectProps } from '../schemas/effects/RollbackDeductedLoyaltyPointsEffectProps.js';
import type { RollbackDiscountEffectProps } from '../schemas/effects/RollbackDiscountEffectProps.js';
import type { SetDiscountEffectProps } from '../schemas/effects/SetDiscountEffectProps.js';
import type { SetDiscountPerAdditionalCostEffectProps } from '../schemas/effects/SetDiscountPerAdditionalCostEffectProps.js';
import type { SetDiscountPerItemEffectProps } from '../schemas/effects/SetDiscountPerItemEffectProps.js';
import type { ShowNotificationEffectProps } from '../schemas/effects/ShowNotificationEffectProps.js';
import type { PickDeclared } from './PickDeclared.js';

// Entries pick their fields from the effect's props under the props' own names, so the Talon.One docs of each
// field apply as they are; only `rejectionReason` is shortened to `reason`.

/** The campaign and rule that produced an entry of the summary. */
export interface EffectOrigin {
  /** The ID of the campaign that triggered the effect. */
  campaignId: number;
  /** The name of the rule that triggered the effect. */
  ruleName: string;
}

/** The effect types that give a discount. */
export type DiscountEffectType = Extract<
  EffectType,
  'setDiscount' | 'setDiscountPerItem' | 'setDiscountPerAdditionalCost' | 'setDiscountPerAdditionalCostPerItem'
>;

/**
 * A discount given to the session, an item, an additional cost, or an item's additional cost, from one effect
 * of a {@link DiscountEffectType}. Fields the effect does not carry are absent.
 */
export interface CartDiscount
  extends
    EffectOrigin,
    PickDeclared<SetDiscountEffectProps, 'name' | 'value' | 'desiredValue'>,
    Partial<PickDeclared<SetDiscountPerItemEffectProps, 'position' | 'subPosition'>>,
    Partial<PickDeclared<SetDiscountPerAdditionalCostEffectProps, 'additionalCostId' | 'additionalCost'>> {
  /** Which effect gave the discount, and so which of the optional fields it has. */
  effectType: DiscountEffectType;
  /**
   * What the discount applies to: `cartItems`, `additionalCosts` or `sessionTotal` for `setDiscount`;
   * `price`, `additionalCosts` or `itemTotal` for `setDiscountPerItem`.
   */
  scope?: string;
}

/** A discount taken back (`rollbackDiscount`) because a closed session was cancelled or partly returned. */
export interface RolledBackDiscount
  extends
    EffectOrigin,
    PickDeclared<
      RollbackDiscountEffectProps,
      'name' | 'value' | 'scope' | 'cartItemPosition' | 'cartItemSubPosition' | 'additionalCostId' | 'additionalCost'
    > {}

/** A coupon or referral code that a campaign rejected (`rejectCoupon` or `rejectReferral`). */
export interface RejectedCode
  extends EffectOrigin, PickDeclared<RejectCouponEffectProps, 'value' | 'details' | 'campaignExclusionReason'> {
  /** The effect's `rejectionReason`, such as `CouponNotFound`, `CouponExpired` or `ReferralLimitReached`. */
  reason: string;
}

/** Loyalty points that the session earns (`addLoyaltyPoints`). */
export interface LoyaltyPointsAddition
  extends
    EffectOrigin,
    PickDeclared<
      AddLoyaltyPointsEffectProps,
      | 'name'
      | 'programId'
      | 'subLedgerId'
      | 'value'
      | 'desiredValue'
      | 'startDate'
      | 'expiryDate'
      | 'cardIdentifier'
      | 'cartItemPosition'
      | 'cartItemSubPosition'
      | 'transactionUUID'
    > {}

/** Loyalty points that the session spends (`deductLoyaltyPoints`). */
export interface LoyaltyPointsDeduction
  extends
    EffectOrigin,
    PickDeclared<
      DeductLoyaltyPointsEffectProps,
      'name' | 'ruleTitle' | 'programId' | 'subLedgerId' | 'value' | 'cardIdentifier' | 'transactionUUID'
    > {}

/** Earned points taken back (`rollbackAddedLoyaltyPoints`) because a closed session was cancelled. */
export interface RolledBackLoyaltyPointsAddition
  extends
    EffectOrigin,
    PickDeclared<
      RollbackAddedLoyaltyPointsEffectProps,
      | 'programId'
      | 'subLedgerId'
      | 'value'
      | 'cardIdentifier'
      | 'cartItemPosition'
      | 'cartItemSubPosition'
      | 'transactionUUID'
    > {}

/** Spent points given back (`rollbackDeductedLoyaltyPoints`) because a closed session was cancelled. */
export interface RolledBackLoyaltyPointsDeduction
  extends
    EffectOrigin,
    PickDeclared<
      RollbackDeductedLoyaltyPointsEffectProps,
      'programId' | 'subLedgerId' | 'value' | 'startDate' | 'expiryDate' | 'cardIdentifier' | 'transactionUUID'
    > {}

/**
 * The loyalty points the session earns and spends, in every program and subledger.
 *
 * The totals add points of every program together: when a cart earns in several programs, group `added` and
 * `deducted` by `programId` instead.
 */
export interface LoyaltyPointsSummary {
  added: LoyaltyPointsAddition[];
  deducted: LoyaltyPointsDeduction[];
  rolledBackAdditions: RolledBackLoyaltyPointsAddition[];
  rolledBackDeductions: RolledBackLoyaltyPointsDeduction[];
  /** Points earned, net of the rolled-back additions. */
  pointsAdded: number;
  /** Points spent, net of the rolled-back deductions (the points given back). */
  pointsDeducted: number;
}

/** An item a campaign adds to the cart for free (`addFreeItem`). */
export interface FreeItem
  extends EffectOrigin, PickDeclared<AddFreeItemEffectProps, 'sku' | 'name' | 'desiredQuantity'> {}

/** A message a campaign asks the storefront to show (`showNotification`). */
export interface CartNotification
  extends EffectOrigin, PickDeclared<ShowNotificationEffectProps, 'notificationType' | 'title' | 'body'> {}

/**
 * What a cart page shows of a session's effects: see `summarizeEffects`.
 *
 * Rollback effects come when a closed session is cancelled or partly returned. Each cancels what it rolls
 * back: the totals are net of it, and a rolled-back code leaves the accepted list. Each rollback is also listed
 * under its own `rolledBack*` field, so an order page can show what was reversed.
 */
export interface CartEffectsSummary {
  /** One entry per discount effect, in the order the effects came. */
  discounts: CartDiscount[];
  rolledBackDiscounts: RolledBackDiscount[];
  /** The value of `discounts`, less that of `rolledBackDiscounts`, summed exactly as decimals. */
  totalDiscount: number;
  /** The codes of accepted coupons that no `rollbackCoupon` took back, each once. */
  acceptedCoupons: string[];
  /** One entry per `rejectCoupon` effect: a code several campaigns reject appears once per campaign. */
  rejectedCoupons: RejectedCode[];
  /** The codes whose redemption a `rollbackCoupon` cancelled, each once. */
  rolledBackCoupons: string[];
  /** The accepted referral codes that no `rollbackReferral` took back, each once. */
  acceptedReferrals: string[];
  /** One entry per `rejectReferral` effect. */
  rejectedReferrals: RejectedCode[];
  /** The referral codes whose redemption a `rollbackReferral` cancelled, each once. */
  rolledBackReferrals: string[];
  loyalty: LoyaltyPointsSummary;
  /** One entry per `addFreeItem` effect. */
  freeItems: FreeItem[];
  notifications: CartNotification[];
}
