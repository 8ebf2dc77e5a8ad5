import { useEffect, useRef } from 'react';
import type { CheckoutResult } from '../../shared/types.js';
import { useFormat } from 'talon-react';

/**
 * The confirmation of the order just placed. It takes the focus when it appears: the "Place order" button the
 * shopper pressed is gone with the cart, and this is what they want to read next.
 */
export function OrderPlaced({ order }: { order: CheckoutResult | undefined }) {
  const { money } = useFormat();
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    if (order) region.current?.focus();
  }, [order]);
  if (!order) return null;
  return (
    <section ref={region} tabIndex={-1} aria-label="Order placed" className="demo-order">
      <p>
        <strong>Thank you, your order is placed.</strong> You paid {money(order.paid)}
        {order.discount > 0 ? ` and saved ${money(order.discount)}` : ''}.
      </p>
      <p>
        It earned you {order.points} loyalty points. See them on <a href="#/loyalty">your loyalty page</a>, and your
        progress on <a href="#/achievements">your achievements</a>.
      </p>
    </section>
  );
}
