import type { CartItem } from 'talon-react';
import { demoSeed } from 'talon-react/mock';
import type { Product } from '../shared/types.js';

/** The demo shop's catalog: what it sells and at which price. */
export interface Catalog {
  /** The products, in the order the storefront lists them. */
  readonly products: readonly Product[];
  /**
   * The cart as the shop vouches for it: each item's price, name and category from the catalog, whatever the browser
   * sent. An item of an unknown SKU keeps no price, so the proxy refuses the cart.
   */
  priceCart(items: readonly CartItem[]): CartItem[];
}

/**
 * The demo seed's catalog (`demoSeed().catalogs`), the same products the sandbox knows. A real shop reads its own
 * product database here; against a real Talon.One deployment this is still the demo's list of products.
 */
export function createCatalog(): Catalog {
  const items = demoSeed().catalogs?.flatMap((catalog) => catalog.items ?? []) ?? [];
  const products: Product[] = items.map((item) => ({
    sku: item.sku,
    name: item.product?.name ?? item.sku,
    price: item.price ?? 0,
    category: typeof item.attributes?.category === 'string' ? item.attributes.category : 'other',
  }));
  const bySku = new Map(products.map((product) => [product.sku, product]));
  return {
    products,
    priceCart: (cart) =>
      cart.map((item) => {
        const { price: _fromBrowser, ...rest } = item;
        const product = bySku.get(item.sku);
        // Name and category go along with the price: campaigns match items on them (drinks, shoes).
        return product ? { ...rest, price: product.price, name: product.name, category: product.category } : rest;
      }),
  };
}
