import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { cookies, headers } from 'next/headers';
import { cartPromotionsQueries, loyaltyBalanceQueries } from 'talon-react';
import { CartPromotions, CouponCodeForm, LoyaltyBalance } from 'talon-react/components';
import { cartCookie, shop } from '../../lib/shop';
import { shopperOf } from '../../lib/shopper';
import { serverTalonClient } from '../../lib/talon';

// The cart: codes go in with CouponCodeForm, CartPromotions shows what they do, LoyaltyBalance the points. Every cart
// update marks the shopper's loyalty stale, so the balance is fetched again after each code.
export default async function CartPage() {
  const shopperId = await shopperOf(await headers());
  const cartId = (await cookies()).get(cartCookie)?.value;
  if (!shopperId || !cartId) return <p>Sign in to fill a cart.</p>;
  const talon = await serverTalonClient();
  const balance = { loyaltyProgramId: shop.loyaltyProgramId, integrationId: shopperId };
  const cart = { customerSessionId: cartId };

  // A new cart does not exist at Talon.One until its first code: that prefetch fails (404) and is left out.
  const queryClient = new QueryClient();
  await Promise.all(
    [...loyaltyBalanceQueries(talon, balance), ...cartPromotionsQueries(talon, cart)].map((query) =>
      queryClient.prefetchQuery(query),
    ),
  );

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <h1>Your cart</h1>
      <CouponCodeForm customerSessionId={cartId} integrationId={shopperId} />
      <CartPromotions {...cart} />
      <LoyaltyBalance {...balance} headingLevel={2} />
    </HydrationBoundary>
  );
}
