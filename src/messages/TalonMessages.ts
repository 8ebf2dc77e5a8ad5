import type { CommonMessages } from './common.js';
import type { AchievementProgressMessages } from './achievementProgress.js';
import type { CartPromotionsMessages } from './cartPromotions.js';
import type { CouponCodeFormMessages } from './couponCodeForm.js';
import type { CouponWalletMessages } from './couponWallet.js';
import type { LinkLoyaltyCardMessages } from './linkLoyaltyCard.js';
import type { LoyaltyBalanceMessages } from './loyaltyBalance.js';
import type { LoyaltyCardBalanceMessages } from './loyaltyCardBalance.js';
import type { LoyaltyHistoryMessages } from './loyaltyHistory.js';
import type { ReferralCodeMessages } from './referralCode.js';

/** Every visible string of the components, by component. */
export interface TalonMessages {
  common: CommonMessages;
  achievementProgress: AchievementProgressMessages;
  cartPromotions: CartPromotionsMessages;
  couponCodeForm: CouponCodeFormMessages;
  couponWallet: CouponWalletMessages;
  linkLoyaltyCard: LinkLoyaltyCardMessages;
  loyaltyBalance: LoyaltyBalanceMessages;
  loyaltyCardBalance: LoyaltyCardBalanceMessages;
  loyaltyHistory: LoyaltyHistoryMessages;
  referralCode: ReferralCodeMessages;
}

/** Replacements for any of the strings, on `TalonProvider` (`messages`), by component. */
export type TalonMessagesOverrides = { [K in keyof TalonMessages]?: Partial<TalonMessages[K]> };
