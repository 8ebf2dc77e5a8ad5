import { useFormat, type Cart } from 'talon-react';
import { CartPromotions, CouponCodeForm } from 'talon-react/components';
import type { CheckoutResult, Product, Shopper } from '../../shared/types.js';
import { useStore } from '../StoreContext.js';
import { CartLines } from './CartLines.js';
import { Checkout } from './Checkout.js';

/** Props of {@link CartPanel}. */
export interface CartPanelProps {
  cart: Cart;
  cartId: string;
  shopper: Shopper;
  products: ReadonlyMap<string, Product>;
  onOrderPlaced: (order: CheckoutResult) => void;
}

/** The cart: its lines, totals, the coupon code form, what the campaigns give, and checkout. */
export function CartPanel({ cart, cartId, shopper, products, onOrderPlaced }: CartPanelProps) {
  const { money } = useFormat();
  const { campaignNames, hints } = useStore();
  const subtotal = cart.session?.total ?? 0;
  const discount = cart.summary?.totalDiscount ?? 0;
  const empty = cart.lines.length === 0;

  return (
    <section className="demo-cart" aria-labelledby="cart-title" aria-busy={cart.updating || undefined}>
      <h2 id="cart-title">Your cart</h2>
      {cart.loadError ? (
        <div role="alert" className="demo-error">
          <p>Your cart could not load.</p>
          <button type="button" className="demo-button" onClick={cart.retry}>
            Try again
          </button>
        </div>
      ) : !cart.ready ? (
        <p role="status">Loading your cart…</p>
      ) : empty ? (
        <p>Your cart is empty.</p>
      ) : (
        <CartLines lines={cart.lines} products={products} onQuantity={cart.setQuantity} />
      )}
      {cart.error && (
        <p role="alert" className="demo-error">
          Your cart could not be updated. Please try again.
        </p>
      )}
      {!empty && (
        // Talon.One's figures: the cart as the shop priced it, less what the campaigns took off.
        <dl className="demo-totals" data-testid="cart-totals">
          <div>
            <dt>Subtotal</dt>
            <dd>{money(subtotal)}</dd>
          </div>
          <div>
            <dt>Discounts</dt>
            <dd>{money(-discount)}</dd>
          </div>
          <div className="demo-totals__total">
            <dt>Total</dt>
            <dd>{money(subtotal - discount)}</dd>
          </div>
        </dl>
      )}
      <div className="demo-cart__codes">
        <CouponCodeForm customerSessionId={cartId} integrationId={shopper.id} />
        <p className="demo-hint">
          Try {hints.validCoupon} (10% off) or {hints.expiredCoupon} (expired).
        </p>
      </div>
      <CartPromotions customerSessionId={cartId} campaignNames={campaignNames} headingLevel={3} />
      <Checkout cartId={cartId} disabled={empty || cart.updating || !cart.ready} onOrderPlaced={onOrderPlaced} />
    </section>
  );
}
