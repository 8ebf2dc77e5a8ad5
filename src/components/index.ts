'use client';
export { AchievementProgress, type AchievementProgressProps } from './AchievementProgress/AchievementProgress.js';
export type { AchievementProgressMessages } from '../messages/achievementProgress.js';
export type { AchievementStatus, AchievementView } from './AchievementProgress/AchievementProgress.js';
export { CartPromotions, type CartPromotionsProps } from './CartPromotions/CartPromotions.js';
export type { CartPromotionsMessages } from '../messages/cartPromotions.js';
export { CouponCodeForm, type CouponCodeFormProps } from './CouponCodeForm/CouponCodeForm.js';
export type { CouponCodeFormMessages } from '../messages/couponCodeForm.js';
export type { AppliedCodeContext, RenderCode } from './CouponCodeForm/CouponCodeForm.js';
export { CouponWallet, type CouponWalletProps } from './CouponWallet/CouponWallet.js';
export type { CouponWalletMessages } from '../messages/couponWallet.js';
export type { CouponGroup, CouponRenderContext, RenderCoupon } from './CouponWallet/CouponWallet.js';
export { LinkLoyaltyCard, type LinkLoyaltyCardProps } from './LinkLoyaltyCard/LinkLoyaltyCard.js';
export type { LinkLoyaltyCardMessages } from '../messages/linkLoyaltyCard.js';
export { LoyaltyBalance, type LoyaltyBalanceProps } from './LoyaltyBalance/LoyaltyBalance.js';
export type { LoyaltyBalanceMessages } from '../messages/loyaltyBalance.js';
export type { LoyaltyTierProgress } from './LoyaltyBalance/LoyaltyBalance.js';
export { LoyaltyCardBalance, type LoyaltyCardBalanceProps } from './LoyaltyCardBalance/LoyaltyCardBalance.js';
export type { LoyaltyCardBalanceMessages } from '../messages/loyaltyCardBalance.js';
export { LoyaltyHistory, type LoyaltyHistoryProps } from './LoyaltyHistory/LoyaltyHistory.js';
export type { LoyaltyHistoryMessages } from '../messages/loyaltyHistory.js';
export type {
  LoyaltyHistoryFilters,
  LoyaltyHistoryRowParts,
  LoyaltyHistoryTransaction,
} from './LoyaltyHistory/LoyaltyHistory.js';
export type { LoyaltyHistoryTypeFilter } from '../messages/loyaltyHistory.js';
export { ReferralCode, type ReferralCodeProps } from './ReferralCode/ReferralCode.js';
export type { ReferralCodeMessages } from '../messages/referralCode.js';
export type { CommonMessages } from '../messages/common.js';
export type { TalonMessages, TalonMessagesOverrides } from '../messages/TalonMessages.js';
export { ProgressBar, type ProgressBarProps } from './core/ProgressBar.js';
export type { HeadingLevel, MessagesProp, RootProps, StyleProps } from './core/StyleProps.js';
