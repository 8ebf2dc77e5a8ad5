import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationId } from '../../client/routes.js';
import type { CartItem } from '../../schemas/CartItem.js';
import type { ProxyInput, ProxyOutput } from '../operationTypes.js';

/** The operations with a built-in binding to the shopper (see {@link defaultPolicy}): those that may say `'bind'`. */
export type BindableOperationId =
  | 'getCustomerSession'
  | 'updateCustomerSessionV2'
  | 'getCustomerInventory'
  | 'getCustomerAchievements'
  | 'getCustomerAchievementHistory'
  | 'getLoyaltyBalances'
  | 'getLoyaltyProgramProfilePoints'
  | 'getLoyaltyProgramProfileTransactions'
  | 'trackEventV2'
  | 'createCouponReservation'
  | 'deleteCouponReservation'
  | 'createReferral'
  | 'linkLoyaltyCardToProfile'
  | 'getLoyaltyCardBalances'
  | 'getLoyaltyCardPoints'
  | 'getLoyaltyCardTransactions';

/** What a custom policy function is given for one request. */
export interface PolicyContext<K extends OperationId = OperationId> {
  readonly operationId: K;
  /** The browser's input, already decoded and checked against the operation's schema. */
  readonly input: ProxyInput<K>;
  /** What `identify` returned: the shopper's integrationId (or guest id), or null. */
  readonly shopperId: string | null;
  /** The browser's request (headers, cookies), for your own checks. Nothing of it goes upstream. */
  readonly request: Request;
  /** Aborted when the browser goes away. */
  readonly signal: AbortSignal;
  /** Sends `input` (checked against the schema again) to Talon.One with the API key, and resolves to its answer. */
  forward(input: ProxyInput<K>): Promise<ProxyOutput<K>>;
  /**
   * Runs the built-in binding to the shopper on `input` (default: the browser's): ownership checks, forced fields,
   * prices. Refuses with 401 without a shopper, and with 403 for an operation that has no binding.
   */
  bind(input?: ProxyInput<K>): Promise<ProxyOutput<K>>;
  /** The API-keyed transport to Talon.One, for lookups of your own (`talon.request(getCustomerSession, ...)`). */
  readonly talon: TalonTransport;
}

/**
 * Your own rule for an operation: resolve to what the browser gets (usually `ctx.forward(...)` or `ctx.bind(...)`),
 * or throw a `TalonProxyRefusal` to refuse.
 */
export type PolicyFunction<K extends OperationId = OperationId> = (
  context: PolicyContext<K>,
) => Promise<ProxyOutput<K>>;

/**
 * How the proxy treats one operation: `'allow'` forwards it as the browser sent it (no shopper needed), `'deny'`
 * refuses it with 403, `'bind'` applies the built-in binding to the shopper, a function decides itself.
 */
export type PolicyRule<K extends OperationId> =
  'allow' | 'deny' | (K extends BindableOperationId ? 'bind' : never) | PolicyFunction<K>;

/** What {@link PriceCart} is given besides the items. */
export interface PriceCartContext {
  readonly shopperId: string;
  readonly customerSessionId: string;
  readonly request: Request;
  readonly signal: AbortSignal;
}

/**
 * Fills the prices of a cart from your own catalog. It gets the browser's items with `price`, `prices` and
 * `additionalCosts` removed (the browser must not set prices), and resolves to the items to send to Talon.One.
 */
export type PriceCart = (items: CartItem[], context: PriceCartContext) => CartItem[] | Promise<CartItem[]>;

/**
 * Overrides of {@link defaultPolicy}, by operationId, and the cart pricing hook:
 *
 * ```ts
 * policy: {
 *   getReservedCustomers: 'allow',      // forwarded as sent
 *   createReferral: 'deny',             // 403
 *   trackEventV2: async (ctx) => {      // your own rule
 *     if (ctx.input.body.type !== 'product_viewed') throw new TalonProxyRefusal(403, 'Only product views');
 *     return ctx.bind();
 *   },
 *   priceCart: async (items) => items.map((item) => ({ ...item, price: catalog.priceOf(item.sku) })),
 * }
 * ```
 */
export type TalonProxyPolicy = { readonly [K in OperationId]?: PolicyRule<K> } & {
  readonly priceCart?: PriceCart;
};
