import type { Product } from '../../shared/types.js';
import { useFormat } from 'talon-react';

/** Props of {@link ProductList}. */
export interface ProductListProps {
  products: readonly Product[];
  /** How many of each SKU the cart holds. */
  quantities: ReadonlyMap<string, number>;
  /** Adding waits until the cart's session has been read. */
  disabled: boolean;
  onAdd: (sku: string) => void;
}

/** The catalog: each product with its price and an "Add to cart" button described by the product's name. */
export function ProductList({ products, quantities, disabled, onAdd }: ProductListProps) {
  const { money } = useFormat();
  return (
    <section aria-labelledby="products-title">
      <h2 id="products-title">Products</h2>
      <ul className="demo-products">
        {products.map((product) => {
          const nameId = `product-${product.sku}`;
          const inCart = quantities.get(product.sku) ?? 0;
          return (
            <li key={product.sku} className="demo-product" data-sku={product.sku}>
              <h3 id={nameId} className="demo-product__name">
                {product.name}
              </h3>
              <p className="demo-product__category">{product.category}</p>
              <p className="demo-product__price">{money(product.price)}</p>
              <button
                type="button"
                className="demo-button"
                aria-describedby={nameId}
                disabled={disabled}
                onClick={() => onAdd(product.sku)}
              >
                Add to cart
              </button>
              {inCart > 0 && <p className="demo-product__in-cart">{inCart} in your cart</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
