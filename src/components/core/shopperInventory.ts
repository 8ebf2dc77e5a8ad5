/**
 * What the shopper's components ask of the customer inventory: one input for all of them, so `CouponWallet` and
 * `ReferralCode` on one page share one cache entry and one request (Talon.One bills and rate-limits per call). The
 * inventory's `achievements` are not in it: they hold only achievements the shopper has progress in, without the
 * ones not started, so `AchievementProgress` reads `getCustomerAchievements` instead.
 */
export const shopperInventoryInput = (integrationId: string) => ({ integrationId, coupons: true, referrals: true });
