import { useMutation } from '@tanstack/react-query';
import type { CheckoutResult } from '../../shared/types.js';
import { demoApi } from '../demoApi.js';

/** Props of {@link Checkout}. */
export interface CheckoutProps {
  cartId: string;
  disabled: boolean;
  onOrderPlaced: (order: CheckoutResult) => void;
}

/**
 * The "Place order" button. The shop's server closes the session through Talon.One (the browser may not: the proxy
 * refuses it), which is when the order earns its points and moves the achievements.
 */
export function Checkout({ cartId, disabled, onOrderPlaced }: CheckoutProps) {
  const placeOrder = useMutation({ mutationFn: demoApi.checkout, onSuccess: onOrderPlaced });
  return (
    <div className="demo-checkout">
      <button
        type="button"
        className="demo-button demo-button--primary"
        disabled={disabled || placeOrder.isPending}
        onClick={() => placeOrder.mutate(cartId)}
      >
        {placeOrder.isPending ? 'Placing your order…' : 'Place order'}
      </button>
      {placeOrder.isError && (
        <p role="alert" className="demo-error">
          {placeOrder.error.message}
        </p>
      )}
    </div>
  );
}
