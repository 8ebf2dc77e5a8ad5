import type { CommonMessages } from './commonMessages.js';
import type { AchievementProgressMessages } from '../AchievementProgress/messages.js';
import type { CartPromotionsMessages } from '../CartPromotions/messages.js';
import type { CouponCodeFormMessages } from '../CouponCodeForm/messages.js';
import type { CouponWalletMessages } from '../CouponWallet/messages.js';
import type { LinkLoyaltyCardMessages } from '../LinkLoyaltyCard/messages.js';
import type { LoyaltyBalanceMessages } from '../LoyaltyBalance/messages.js';
import type { LoyaltyCardBalanceMessages } from '../LoyaltyCardBalance/messages.js';
import type { LoyaltyHistoryMessages } from '../LoyaltyHistory/messages.js';
import type { ReferralCodeMessages } from '../ReferralCode/messages.js';

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
