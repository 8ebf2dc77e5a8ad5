// `talon-react/proxy`: the server-side handler between the browser and Talon.One. Server only: it holds the API key.
export { createTalonProxy, type TalonProxyHandler } from './createTalonProxy.js';
export type { TalonProxyOptions } from './TalonProxyOptions.js';
export { TalonProxyRefusal } from './TalonProxyRefusal.js';
export { defaultPolicy, type DefaultPolicy } from './policy/defaultPolicy.js';
export type {
  AllowCouponReservation,
  BindableOperationId,
  CardLinkContext,
  CouponReservationContext,
  PolicyContext,
  PolicyFunction,
  PolicyRule,
  PreviewCampaigns,
  PreviewContext,
  PriceCart,
  PriceCartContext,
  PricedCart,
  ShopperCartItem,
  TalonProxyPolicy,
  VerifyCardLink,
} from './policy/TalonProxyPolicy.js';
export { mintSessionId, type SessionIdOptions } from './sessions/mintSessionId.js';
export { verifySessionId } from './sessions/verifySessionId.js';
export type { RateLimitRule } from './limits/createRateLimit.js';
export type { StoreFailureMode } from './limits/guardStore.js';
export { forwardedClientIp } from './http/forwardedClientIp.js';
export { headerClientIp } from './http/headerClientIp.js';
export type { TalonProxyLogEntry, TalonProxyOutcome } from './logging/TalonProxyLogEntry.js';
export type { ProxyInput, ProxyOutput } from './operationTypes.js';
