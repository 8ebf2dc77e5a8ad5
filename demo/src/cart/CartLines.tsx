import type { Product } from '../../shared/types.js';
import { useFormat, type CartLine } from 'talon-react';

/** Props of {@link CartLines}. */
export interface CartLinesProps {
  lines: readonly CartLine[];
  products: ReadonlyMap<string, Product>;
  onQuantity: (sku: string, quantity: number) => void;
}

/** The cart's lines: product, quantity with one-more and one-less buttons, a remove button and the line's price. */
export function CartLines({ lines, products, onQuantity }: CartLinesProps) {
  const { money } = useFormat();
  return (
    <ul className="demo-lines" aria-label="Items in your cart">
      {lines.map(({ sku, quantity }) => {
        const product = products.get(sku);
        const name = product?.name ?? sku;
        return (
          <li key={sku} className="demo-line" data-sku={sku}>
            <span className="demo-line__name">{name}</span>
            <span className="demo-line__quantity">
              <button
                type="button"
                className="demo-icon-button"
                aria-label={`One less ${name}`}
                onClick={() => onQuantity(sku, quantity - 1)}
              >
                −
              </button>
              <output aria-label={`Quantity of ${name}`}>{quantity}</output>
              <button
                type="button"
                className="demo-icon-button"
                aria-label={`One more ${name}`}
                onClick={() => onQuantity(sku, quantity + 1)}
              >
                +
              </button>
            </span>
            <span className="demo-line__price">{product ? money(product.price * quantity) : ''}</span>
            <button
              type="button"
              className="demo-button demo-button--quiet"
              aria-label={`Remove ${name}`}
              onClick={() => onQuantity(sku, 0)}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}
