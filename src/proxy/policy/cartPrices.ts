import type { CartItem } from '../../schemas/CartItem.js';
import { TalonProxyRefusal } from '../TalonProxyRefusal.js';
import type { PriceCart, PriceCartContext } from './TalonProxyPolicy.js';

// Every field of a cart item through which the browser could set what something costs.
const priceFields = ['price', 'prices', 'additionalCosts'] as const;

const withoutPrices = (item: CartItem): CartItem => {
  const { price: _price, prices: _prices, additionalCosts: _additionalCosts, ...rest } = item;
  return rest as CartItem;
};

/**
 * Refuses browser-set prices before anything goes upstream, when there is no `priceCart` to replace them: Talon.One
 * then takes the prices from the synced catalog.
 */
export function refuseBrowserPrices(items: readonly CartItem[] | undefined, priceCart: PriceCart | undefined): void {
  if (!items || priceCart) return;
  items.forEach((item, index) => {
    const field = priceFields.find((name) => item[name] !== undefined);
    if (field === undefined) return;
    throw new TalonProxyRefusal(
      400,
      `cart items must not carry ${field}: prices come from the shop's catalog, not the browser`,
      { pointer: `/customerSession/cartItems/${index}/${field}` },
    );
  });
}

/** The items to send: priced by `priceCart` from the browser's items without their prices, or as they are. */
export async function priceItems(
  items: CartItem[] | undefined,
  priceCart: PriceCart | undefined,
  context: PriceCartContext,
): Promise<CartItem[] | undefined> {
  if (!items || !priceCart) return items;
  return priceCart(items.map(withoutPrices), context);
}
