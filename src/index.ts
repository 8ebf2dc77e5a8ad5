export * from './client/index.js';
export * from './schemas/index.js';
export * from './effects/index.js';
export { TalonProvider, type TalonProviderProps } from './react/TalonProvider.js';
export type { TalonContextValue } from './react/TalonContext.js';
export { useTalonClient } from './react/useTalonClient.js';
export { useTalonContext } from './react/useTalonContext.js';
export { talonKeys, type TalonKeyFactory, type TalonKeys, type TalonReadKey } from './react/talonKeys.js';
export type { TalonQueryKey } from './react/core/operationKey.js';
export type { TalonQueryOptions } from './react/core/useTalonQuery.js';
export type { TalonInfiniteQueryOptions } from './react/core/useTalonInfiniteQuery.js';
export type { PagedInput, TalonInfiniteQueryOptionsFactory } from './react/core/talonInfiniteQueryOptions.js';
export type { TalonPrefetchOptions, TalonQueryOptionsFactory } from './react/core/talonQueryOptions.js';
export type { TalonMutationOptions, TalonMutationResult } from './react/core/useTalonMutation.js';
// Generated from the operations table by scripts/generate-react.mjs: a hook per operation, the reads' query options.
export * from './react/hooks/index.js';
export * from './react/queryOptions/index.js';
export { useCart, type Cart, type CartAddOptions, type CartOptions } from './react/cart/useCart.js';
export type { CartLine } from './react/cart/CartLine.js';
export { useCartSummary } from './react/cart/useCartSummary.js';
export {
  useSessionCoupons,
  type CouponOutcome,
  type SessionCouponStatus,
  type SessionCoupons,
} from './react/cart/useSessionCoupons.js';
export { useFormat, type TalonFormat } from './react/format/useFormat.js';
export { useCouponReservation, type CouponReservationResult } from './react/hooks/useCouponReservation.js';
// What the components read, for Server Components to prefetch: in this entry, not the components' 'use client' one,
// whose exports a Server Component can render but not call.
export { cartPromotionsQueries } from './components/CartPromotions/cartPromotionsQueries.js';
export { couponWalletQueries } from './components/CouponWallet/couponWalletQueries.js';
export { referralCodeQueries } from './components/ReferralCode/referralCodeQueries.js';
export { loyaltyBalanceQueries, type LoyaltyBalanceIds } from './components/LoyaltyBalance/loyaltyBalanceQueries.js';
// The components' words, by component: what `TalonProvider messages` and talon-react/locales/<lang> are made of.
export type { TalonMessages, TalonMessagesOverrides } from './messages/TalonMessages.js';
export type { CommonMessages } from './messages/common.js';
export { plural, type PluralForms } from './messages/plural.js';
