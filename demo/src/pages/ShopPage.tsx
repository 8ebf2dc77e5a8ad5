import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useCart } from 'talon-react';
import type { CheckoutResult, Shopper } from '../../shared/types.js';
import { CartPanel } from '../cart/CartPanel.js';
import { demoApi, demoKeys } from '../demoApi.js';
import { OrderPlaced } from './OrderPlaced.js';
import { ProductList } from './ProductList.js';

/** Props of {@link ShopPage}. */
export interface ShopPageProps {
  shopper: Shopper;
  cartId: string;
  /** The order just placed, shown until the shopper shops on. */
  order: CheckoutResult | undefined;
  onOrderPlaced: (order: CheckoutResult) => void;
  /** The cart's session is no longer open (placed elsewhere, say): start a new order. */
  onCartClosed: () => void;
  onShopping: () => void;
}

/** The products and the cart. */
export function ShopPage({ shopper, cartId, order, onOrderPlaced, onCartClosed, onShopping }: ShopPageProps) {
  const products = useQuery({ queryKey: demoKeys.products, queryFn: demoApi.products, staleTime: Infinity });
  const cart = useCart(cartId, { profileId: shopper.id });
  const bySku = useMemo(() => new Map(products.data?.map((product) => [product.sku, product])), [products.data]);
  const quantities = useMemo(() => new Map(cart.lines.map((line) => [line.sku, line.quantity])), [cart.lines]);

  const state = cart.session?.state;
  useEffect(() => {
    if (state !== undefined && state !== 'open') onCartClosed();
  }, [state, onCartClosed]);

  const add = (sku: string) => {
    onShopping();
    cart.add(sku);
  };

  return (
    <div className="demo-shop">
      <OrderPlaced order={order} />
      <div className="demo-shop__columns">
        {products.data ? (
          <ProductList products={products.data} quantities={quantities} disabled={!cart.ready} onAdd={add} />
        ) : products.isError ? (
          <p role="alert">The products could not load.</p>
        ) : (
          <p role="status">Loading the products…</p>
        )}
        <CartPanel cart={cart} cartId={cartId} shopper={shopper} products={bySku} onOrderPlaced={onOrderPlaced} />
      </div>
    </div>
  );
}
