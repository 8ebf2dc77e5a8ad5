export type {
  CartDiscount,
  CartEffectsSummary,
  CartNotification,
  DiscountEffectType,
  EffectOrigin,
  FreeItem,
  LoyaltyPointsAddition,
  LoyaltyPointsDeduction,
  LoyaltyPointsSummary,
  RejectedCode,
  RolledBackDiscount,
  RolledBackLoyaltyPointsAddition,
  RolledBackLoyaltyPointsDeduction,
} from './CartEffectsSummary.js';
export { effectsOfType } from './effectsOfType.js';
export { isEffectOfType } from './isEffectOfType.js';
export { summarizeEffects } from './summarizeEffects.js';
