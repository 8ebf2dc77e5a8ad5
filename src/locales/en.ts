import { defaultAchievementProgressMessages } from '../messages/achievementProgress.js';
import { defaultCartPromotionsMessages } from '../messages/cartPromotions.js';
import { defaultCommonMessages } from '../messages/common.js';
import { defaultCouponCodeFormMessages } from '../messages/couponCodeForm.js';
import { defaultCouponWalletMessages } from '../messages/couponWallet.js';
import { defaultLinkLoyaltyCardMessages } from '../messages/linkLoyaltyCard.js';
import { defaultLoyaltyBalanceMessages } from '../messages/loyaltyBalance.js';
import { defaultLoyaltyCardBalanceMessages } from '../messages/loyaltyCardBalance.js';
import { defaultLoyaltyHistoryMessages } from '../messages/loyaltyHistory.js';
import { defaultReferralCodeMessages } from '../messages/referralCode.js';
import type { TalonMessages } from '../messages/TalonMessages.js';

/** English: the components' built-in words, as one object (the base of every other locale's completeness test). */
export const en: TalonMessages = {
  common: defaultCommonMessages,
  achievementProgress: defaultAchievementProgressMessages,
  cartPromotions: defaultCartPromotionsMessages,
  couponCodeForm: defaultCouponCodeFormMessages,
  couponWallet: defaultCouponWalletMessages,
  linkLoyaltyCard: defaultLinkLoyaltyCardMessages,
  loyaltyBalance: defaultLoyaltyBalanceMessages,
  loyaltyCardBalance: defaultLoyaltyCardBalanceMessages,
  loyaltyHistory: defaultLoyaltyHistoryMessages,
  referralCode: defaultReferralCodeMessages,
};
