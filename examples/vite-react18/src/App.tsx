import { useSessionCoupons } from 'talon-react';
import { CartPromotions, CouponCodeForm, CouponWallet, LoyaltyBalance } from 'talon-react/components';
import { PointsBadge } from './PointsBadge';
import { shop } from './shop';
import { useMe } from './useMe';

export function App() {
  const me = useMe();
  const cart = useSessionCoupons(me.data?.cartId);
  if (me.isError) return <p role="alert">The shop could not be reached. Reload the page to try again.</p>;
  if (!me.data) return <p>Loading…</p>;
  const { shopperId, cartId } = me.data;
  return (
    <>
      <header className="shop-header">
        <strong>Example shop</strong>
        <PointsBadge integrationId={shopperId} />
      </header>
      <main className="shop-main">
        <LoyaltyBalance loyaltyProgramId={shop.loyaltyProgramId} integrationId={shopperId} />
        <CouponWallet integrationId={shopperId} cart={cart} />
        <section aria-labelledby="cart-title" className="shop-cart">
          <h2 id="cart-title">Your cart</h2>
          <CouponCodeForm customerSessionId={cartId} integrationId={shopperId} />
          <CartPromotions customerSessionId={cartId} headingLevel={3} />
        </section>
      </main>
    </>
  );
}
