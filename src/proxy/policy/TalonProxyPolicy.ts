import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationId } from '../../client/routes.js';
import type { AdditionalCost } from '../../schemas/AdditionalCost.js';
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
   * the fields a shopper may not set, the hooks (`priceCart`, `verifyCardLink`, ...). Refuses with 401 without a
   * shopper, and with 403 for an operation that has no binding.
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

/** A cart line as the browser may send it: which product, and how many. Everything else about it is the shop's. */
export type ShopperCartItem = Pick<CartItem, 'sku' | 'quantity'>;

/** What {@link PriceCart} may resolve to when it also sets the session's costs (shipping, say). */
export interface PricedCart {
  readonly cartItems: CartItem[];
  /** The session's `additionalCosts`, from your own rules: the browser may not set them. */
  readonly additionalCosts?: Record<string, AdditionalCost>;
}

/**
 * Fills a cart from your own catalog: it gets the browser's lines (only `sku` and `quantity`: the browser may send
 * nothing else in a cart item) and resolves to the items to send to Talon.One, each with its price and whatever rules
 * may match on (name, category, attributes), or to a {@link PricedCart} that also sets the session's costs.
 */
export type PriceCart = (
  items: ShopperCartItem[],
  context: PriceCartContext,
) => CartItem[] | PricedCart | Promise<CartItem[] | PricedCart>;

/** What {@link VerifyCardLink} is given. */
export interface CardLinkContext {
  readonly shopperId: string;
  readonly loyaltyProgramId: number;
  /** The card the browser asks to link (its `loyaltyCardId`). */
  readonly cardId: string;
  /** The browser's input: a proof you asked it to send along (a PIN, say) is in `input.body`; it goes no further. */
  readonly input: ProxyInput<'linkLoyaltyCardToProfile'>;
  readonly request: Request;
  readonly signal: AbortSignal;
}

/**
 * Whether the shopper may link this card: your check of a proof only its holder has (the PIN on the card, your record
 * of whom the card was issued to). Knowing a card's number is no proof: numbers are printed, sequential, shared.
 */
export type VerifyCardLink = (context: CardLinkContext) => boolean | Promise<boolean>;

/** What {@link AllowCouponReservation} is given. */
export interface CouponReservationContext {
  readonly shopperId: string;
  readonly couponValue: string;
  readonly request: Request;
  readonly signal: AbortSignal;
}

/**
 * Whether the shopper may reserve this coupon for themselves. A reservation of a coupon marked "reservation mandatory"
 * is a hard one: it lets the shopper redeem a code meant for the customers you reserved it for.
 */
export type AllowCouponReservation = (context: CouponReservationContext) => boolean | Promise<boolean>;

/** What {@link PreviewCampaigns} is given. */
export interface PreviewContext {
  readonly operationId: 'updateCustomerSessionV2' | 'trackEventV2';
  readonly shopperId: string;
  readonly request: Request;
}

/**
 * Whether this shopper may preview campaigns: a dry run with `evaluableCampaignIds` (which evaluates even disabled
 * campaigns), `now` (a future date) or `forceCompleteEvaluation`. For your staff on a staging storefront, say.
 */
export type PreviewCampaigns = (context: PreviewContext) => boolean | Promise<boolean>;

/**
 * Overrides of {@link defaultPolicy}, by operationId, and the hooks and allow-lists of the built-in bindings:
 *
 * ```ts
 * policy: {
 *   getReservedCustomers: 'allow',      // forwarded as sent
 *   createReferral: 'deny',             // 403
 *   trackEventV2: async (ctx) => {      // your own rule
 *     if (ctx.input.body.type !== 'product_viewed') throw new TalonProxyRefusal(403, 'Only product views');
 *     return ctx.bind();
 *   },
 *   priceCart: async (items) => items.map((item) => ({ ...item, ...(await catalog.itemOf(item.sku)) })),
 *   verifyCardLink: ({ shopperId, cardId }) => cards.issuedTo(cardId) === shopperId,
 * }
 * ```
 */
export type TalonProxyPolicy = { readonly [K in OperationId]?: PolicyRule<K> } & {
  /** Fills cart items (and session costs) from your catalog. Without it, Talon.One prices items from its catalog. */
  readonly priceCart?: PriceCart;
  /** Lets a shopper link a loyalty card after your check. Without it, `linkLoyaltyCardToProfile` is refused (403). */
  readonly verifyCardLink?: VerifyCardLink;
  /** Lets a shopper reserve the coupons you allow. Without it, `createCouponReservation` is refused (403). */
  readonly allowCouponReservation?: AllowCouponReservation;
  /** Session attributes the browser may set, by name (`['giftWrap']`). Default none: rules may trust attributes. */
  readonly sessionAttributes?: readonly string[];
  /**
   * Lets the browser set session `identifiers`. Default no: campaigns limit redemptions per identifier, and a browser
   * that picks its own evades the limit (or spends another's). Set them in your server instead.
   */
  readonly sessionIdentifiers?: boolean;
  /** Lets some shoppers preview campaigns (see {@link PreviewCampaigns}). Default: nobody. */
  readonly previewCampaigns?: PreviewCampaigns;
  /**
   * Operations whose answers keep other customers' identifiers (`['getReservedCustomers']`, say, for a rule of your
   * own). Default none: every answer has them replaced with `'[redacted]'`.
   */
  readonly revealCustomers?: readonly OperationId[];
};
