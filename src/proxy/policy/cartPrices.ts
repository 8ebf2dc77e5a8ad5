import type { AdditionalCost } from '../../schemas/AdditionalCost.js';
import type { CartItem } from '../../schemas/CartItem.js';
import { TalonProxyRefusal } from '../TalonProxyRefusal.js';
import type { PriceCart, PriceCartContext, PricedCart, ShopperCartItem } from './TalonProxyPolicy.js';

// What the browser says about a cart line: which product and how many. Price, name, category, attributes, sizes,
// catalog IDs, price types and returned quantities are what rules match on and discounts are computed from.
const shopperFields = new Set(['sku', 'quantity']);
const priceFields = new Set(['price', 'prices', 'additionalCosts', 'selectedPriceType']);

/**
 * Refuses (400) cart items with any field but `sku` and `quantity`, before anything goes upstream: the rest comes
 * from `policy.priceCart`, or from Talon.One's synced catalog without it.
 */
export function refuseBrowserItems(items: readonly CartItem[] | undefined): void {
  items?.forEach((item, index) => {
    const field = Object.keys(item).find((name) => !shopperFields.has(name) && item[name] !== undefined);
    if (field === undefined) return;
    const from = priceFields.has(field) ? 'prices come' : `${field} comes`;
    throw new TalonProxyRefusal(
      400,
      `cart items carry only sku and quantity: ${from} from the shop's catalog (policy.priceCart), not the browser`,
      { pointer: `/customerSession/cartItems/${index}/${field}` },
    );
  });
}

/** Refuses (400) session costs (shipping, say) from the browser: they are the shop's, like prices. */
export function refuseBrowserCosts(additionalCosts: Record<string, AdditionalCost> | undefined): void {
  if (additionalCosts === undefined) return;
  throw new TalonProxyRefusal(
    400,
    "additionalCosts are the shop's, like prices: policy.priceCart sets them, not the browser",
    { pointer: '/customerSession/additionalCosts' },
  );
}

const isPricedCart = (value: unknown): value is PricedCart =>
  typeof value === 'object' && value !== null && Array.isArray((value as PricedCart).cartItems);

/**
 * The cart to send: the browser's lines (`sku` and `quantity`) as `priceCart` fills them, with the session's costs if
 * it sets them; the lines as they are without `priceCart` (Talon.One prices them from its catalog).
 */
export async function priceItems(
  items: readonly CartItem[] | undefined,
  priceCart: PriceCart | undefined,
  context: PriceCartContext,
): Promise<PricedCart | undefined> {
  if (!items) return undefined;
  const lines: ShopperCartItem[] = items.map(({ sku, quantity }) => ({ sku, quantity }));
  if (!priceCart) return { cartItems: lines };
  const priced = await priceCart(lines, context);
  if (Array.isArray(priced)) return { cartItems: priced };
  if (isPricedCart(priced)) return priced;
  throw new TypeError('policy.priceCart must resolve to cart items or { cartItems, additionalCosts }');
}
