'use client';
export { AchievementProgress, type AchievementProgressProps } from './AchievementProgress/AchievementProgress.js';
export type { AchievementProgressMessages } from './AchievementProgress/messages.js';
export type { AchievementStatus, AchievementView } from './AchievementProgress/AchievementProgress.js';
export { CartPromotions, type CartPromotionsProps } from './CartPromotions/CartPromotions.js';
export type { CartPromotionsMessages } from './CartPromotions/messages.js';
export { CouponCodeForm, type CouponCodeFormProps } from './CouponCodeForm/CouponCodeForm.js';
export type { CouponCodeFormMessages } from './CouponCodeForm/messages.js';
export type { AppliedCodeContext, RenderCode } from './CouponCodeForm/CouponCodeForm.js';
export { CouponWallet, type CouponWalletProps } from './CouponWallet/CouponWallet.js';
export type { CouponWalletMessages } from './CouponWallet/messages.js';
export type { CouponGroup, CouponRenderContext, RenderCoupon } from './CouponWallet/CouponWallet.js';
export { LinkLoyaltyCard, type LinkLoyaltyCardProps } from './LinkLoyaltyCard/LinkLoyaltyCard.js';
export type { LinkLoyaltyCardMessages } from './LinkLoyaltyCard/messages.js';
export { LoyaltyBalance, type LoyaltyBalanceProps } from './LoyaltyBalance/LoyaltyBalance.js';
export type { LoyaltyBalanceMessages } from './LoyaltyBalance/messages.js';
export type { LoyaltyTierProgress } from './LoyaltyBalance/LoyaltyBalance.js';
export { LoyaltyCardBalance, type LoyaltyCardBalanceProps } from './LoyaltyCardBalance/LoyaltyCardBalance.js';
export type { LoyaltyCardBalanceMessages } from './LoyaltyCardBalance/messages.js';
export { LoyaltyHistory, type LoyaltyHistoryProps } from './LoyaltyHistory/LoyaltyHistory.js';
export type { LoyaltyHistoryMessages } from './LoyaltyHistory/messages.js';
export type {
  LoyaltyHistoryFilters,
  LoyaltyHistoryRowParts,
  LoyaltyHistoryTransaction,
} from './LoyaltyHistory/LoyaltyHistory.js';
export type { LoyaltyHistoryTypeFilter } from './LoyaltyHistory/messages.js';
export { ReferralCode, type ReferralCodeProps } from './ReferralCode/ReferralCode.js';
export type { ReferralCodeMessages } from './ReferralCode/messages.js';
export type { CommonMessages } from './messages/commonMessages.js';
export type { TalonMessages, TalonMessagesOverrides } from './messages/TalonMessages.js';
export { ProgressBar, type ProgressBarProps } from './core/ProgressBar.js';
export type { HeadingLevel, MessagesProp, RootProps, StyleProps } from './core/StyleProps.js';
