import type { Effect, KnownEffect } from '../schemas/Effect.js';
import type { RejectCouponEffectProps } from '../schemas/effects/RejectCouponEffectProps.js';
import type { RejectReferralEffectProps } from '../schemas/effects/RejectReferralEffectProps.js';
import type {
  CartDiscount,
  CartEffectsSummary,
  CartNotification,
  EffectOrigin,
  FreeItem,
  LoyaltyPointsAddition,
  LoyaltyPointsDeduction,
  RejectedCode,
  RolledBackDiscount,
  RolledBackLoyaltyPointsAddition,
  RolledBackLoyaltyPointsDeduction,
} from './CartEffectsSummary.js';
import { pickDefined } from './pickDefined.js';
import { sumDecimals } from './sumDecimals.js';

const origin = (effect: Effect): EffectOrigin => ({ campaignId: effect.campaignId, ruleName: effect.ruleName });

function rejection(effect: Effect, props: RejectCouponEffectProps | RejectReferralEffectProps): RejectedCode {
  return {
    ...origin(effect),
    value: props.value,
    reason: props.rejectionReason,
    ...pickDefined(props, ['details', 'campaignExclusionReason']),
  };
}

const net = (given: readonly { value: number }[], takenBack: readonly { value: number }[]) =>
  sumDecimals([...given.map((entry) => entry.value), ...takenBack.map((entry) => -entry.value)]);

const stillAccepted = (accepted: readonly string[], rolledBack: readonly string[]) =>
  [...new Set(accepted)].filter((code) => !rolledBack.includes(code));

/**
 * What a cart page shows of a session's effects: discounts and their total, coupons and referral codes
 * accepted and rejected, loyalty points earned and spent, free items, and notifications.
 *
 * Entries keep the order the effects came in, and carry the `campaignId` and `ruleName` that produced them.
 * Rollback effects (a closed session cancelled or partly returned) cancel what they roll back and are also
 * listed on their own: see {@link CartEffectsSummary}. Effect types a cart page does not show, and types newer
 * than the kit, are left out, never an error: read them with `effectsOfType`.
 *
 * Money and points are summed as the decimals Talon.One sent, exactly, and converted to a float once: no
 * rounding to cents (which JPY or KWD do not have), and no drift (`0.1 + 0.2` is `0.3`). Format them for
 * display with `Intl.NumberFormat` in the session's currency.
 *
 * @example
 * const { discounts, totalDiscount, rejectedCoupons } = summarizeEffects(session.effects);
 */
export function summarizeEffects(effects: readonly Effect[] | undefined): CartEffectsSummary {
  const discounts: CartDiscount[] = [];
  const rolledBackDiscounts: RolledBackDiscount[] = [];
  const acceptedCoupons: string[] = [];
  const rejectedCoupons: RejectedCode[] = [];
  const rolledBackCoupons: string[] = [];
  const acceptedReferrals: string[] = [];
  const rejectedReferrals: RejectedCode[] = [];
  const rolledBackReferrals: string[] = [];
  const added: LoyaltyPointsAddition[] = [];
  const deducted: LoyaltyPointsDeduction[] = [];
  const rolledBackAdditions: RolledBackLoyaltyPointsAddition[] = [];
  const rolledBackDeductions: RolledBackLoyaltyPointsDeduction[] = [];
  const freeItems: FreeItem[] = [];
  const notifications: CartNotification[] = [];

  for (const effect of effects ?? []) {
    // Parsing checked the props of every type the kit knows; any other type falls through to `default`.
    const known = effect as KnownEffect;
    switch (known.effectType) {
      case 'setDiscount':
        discounts.push({
          effectType: known.effectType,
          ...origin(known),
          ...pickDefined(known.props, ['name', 'value', 'desiredValue', 'scope']),
        });
        break;
      case 'setDiscountPerItem':
        discounts.push({
          effectType: known.effectType,
          ...origin(known),
          ...pickDefined(known.props, ['name', 'value', 'desiredValue', 'scope', 'position', 'subPosition']),
        });
        break;
      case 'setDiscountPerAdditionalCost':
        discounts.push({
          effectType: known.effectType,
          ...origin(known),
          ...pickDefined(known.props, ['name', 'value', 'desiredValue', 'additionalCostId', 'additionalCost']),
        });
        break;
      case 'setDiscountPerAdditionalCostPerItem':
        discounts.push({
          effectType: known.effectType,
          ...origin(known),
          ...pickDefined(known.props, [
            'name',
            'value',
            'desiredValue',
            'position',
            'subPosition',
            'additionalCostId',
            'additionalCost',
          ]),
        });
        break;
      case 'rollbackDiscount':
        rolledBackDiscounts.push({
          ...origin(known),
          ...pickDefined(known.props, [
            'name',
            'value',
            'scope',
            'cartItemPosition',
            'cartItemSubPosition',
            'additionalCostId',
            'additionalCost',
          ]),
        });
        break;
      case 'acceptCoupon':
        acceptedCoupons.push(known.props.value);
        break;
      case 'rejectCoupon':
        rejectedCoupons.push(rejection(known, known.props));
        break;
      case 'rollbackCoupon':
        rolledBackCoupons.push(known.props.value);
        break;
      case 'acceptReferral':
        acceptedReferrals.push(known.props.value);
        break;
      case 'rejectReferral':
        rejectedReferrals.push(rejection(known, known.props));
        break;
      case 'rollbackReferral':
        rolledBackReferrals.push(known.props.value);
        break;
      case 'addLoyaltyPoints':
        added.push({
          ...origin(known),
          ...pickDefined(known.props, [
            'name',
            'programId',
            'subLedgerId',
            'value',
            'desiredValue',
            'startDate',
            'expiryDate',
            'cardIdentifier',
            'cartItemPosition',
            'cartItemSubPosition',
            'transactionUUID',
          ]),
        });
        break;
      case 'deductLoyaltyPoints':
        deducted.push({
          ...origin(known),
          ...pickDefined(known.props, [
            'name',
            'ruleTitle',
            'programId',
            'subLedgerId',
            'value',
            'cardIdentifier',
            'transactionUUID',
          ]),
        });
        break;
      case 'rollbackAddedLoyaltyPoints':
        rolledBackAdditions.push({
          ...origin(known),
          ...pickDefined(known.props, [
            'programId',
            'subLedgerId',
            'value',
            'cardIdentifier',
            'cartItemPosition',
            'cartItemSubPosition',
            'transactionUUID',
          ]),
        });
        break;
      case 'rollbackDeductedLoyaltyPoints':
        rolledBackDeductions.push({
          ...origin(known),
          ...pickDefined(known.props, [
            'programId',
            'subLedgerId',
            'value',
            'startDate',
            'expiryDate',
            'cardIdentifier',
            'transactionUUID',
          ]),
        });
        break;
      case 'addFreeItem':
        freeItems.push({ ...origin(known), ...pickDefined(known.props, ['sku', 'name', 'desiredQuantity']) });
        break;
      case 'showNotification':
        notifications.push({ ...origin(known), ...pickDefined(known.props, ['notificationType', 'title', 'body']) });
        break;
      default:
        break;
    }
  }

  return {
    discounts,
    rolledBackDiscounts,
    totalDiscount: net(discounts, rolledBackDiscounts),
    acceptedCoupons: stillAccepted(acceptedCoupons, rolledBackCoupons),
    rejectedCoupons,
    rolledBackCoupons: [...new Set(rolledBackCoupons)],
    acceptedReferrals: stillAccepted(acceptedReferrals, rolledBackReferrals),
    rejectedReferrals,
    rolledBackReferrals: [...new Set(rolledBackReferrals)],
    loyalty: {
      added,
      deducted,
      rolledBackAdditions,
      rolledBackDeductions,
      pointsAdded: net(added, rolledBackAdditions),
      pointsDeducted: net(deducted, rolledBackDeductions),
    },
    freeItems,
    notifications,
  };
}
