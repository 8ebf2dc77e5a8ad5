// The components' English words, for the stories' play functions to expect. The kit exports no English messages
// object yet (its locales are issue 12 part 4); this file is the stories' one import of the kit's sources, to go
// when an English locale entry exists.
export { defaultAchievementProgressMessages } from '../../src/components/AchievementProgress/messages.js';
export { defaultCartPromotionsMessages } from '../../src/components/CartPromotions/messages.js';
export { defaultCouponCodeFormMessages } from '../../src/components/CouponCodeForm/messages.js';
export { defaultCouponWalletMessages } from '../../src/components/CouponWallet/messages.js';
export { defaultLinkLoyaltyCardMessages } from '../../src/components/LinkLoyaltyCard/messages.js';
export { defaultLoyaltyBalanceMessages } from '../../src/components/LoyaltyBalance/messages.js';
export { defaultLoyaltyHistoryMessages } from '../../src/components/LoyaltyHistory/messages.js';
export { defaultReferralCodeMessages } from '../../src/components/ReferralCode/messages.js';
