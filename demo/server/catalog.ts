import type { CartItem } from 'talon-react';
import { demoSeed } from 'talon-react/mock';
import type { ShopperCartItem } from 'talon-react/proxy';
import type { Product } from '../shared/types.js';

/** The demo shop's catalog: what it sells and at which price. */
export interface Catalog {
  /** The products, in the order the storefront lists them. */
  readonly products: readonly Product[];
  /**
   * The cart as the shop vouches for it (the proxy's `policy.priceCart`): the browser's lines, `sku` and `quantity`,
   * with each item's price, name and category from the catalog. A line of an unknown SKU goes on as it came, without
   * a price: Talon.One prices it from its own catalog, or refuses it.
   */
  priceCart(items: readonly ShopperCartItem[]): CartItem[];
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
      cart.map(({ sku, quantity }) => {
        const product = bySku.get(sku);
        // Name and category go along with the price: campaigns match items on them (drinks, shoes).
        return product
          ? { sku, quantity, price: product.price, name: product.name, category: product.category }
          : { sku, quantity };
      }),
  };
}
