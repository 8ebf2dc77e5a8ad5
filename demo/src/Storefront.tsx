import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { talonKeys } from 'talon-react';
import type { CheckoutResult, Shopper, StoreSettings } from '../shared/types.js';
import { useCartSessionId } from './cart/useCartSessionId.js';
import { demoApi, demoKeys } from './demoApi.js';
import { Layout } from './Layout.js';
import { AchievementsPage } from './pages/AchievementsPage.js';
import { LoyaltyPage } from './pages/LoyaltyPage.js';
import { ReferralsPage } from './pages/ReferralsPage.js';
import { ShopPage } from './pages/ShopPage.js';
import { WalletPage } from './pages/WalletPage.js';
import { pages, useRoute } from './routes.js';
import { useStore } from './StoreContext.js';

/**
 * Marks stale what an order changes for the shopper: their inventory and achievements (`['talon',
 * 'customer_profiles', id]`), their points in the store's program and their cards' balances. The shop's server
 * closed the session, so the kit's own cache rules, which follow the browser's writes, cannot know.
 */
function refreshShopper(queryClient: QueryClient, shopperId: string, store: StoreSettings) {
  const { all } = talonKeys;
  void queryClient.invalidateQueries({ queryKey: [...all, 'customer_profiles', shopperId] });
  void queryClient.invalidateQueries({
    queryKey: [...all, 'loyalty_programs', store.loyaltyProgramId, 'profile', shopperId],
  });
  // The cards on the page are the shopper's own (the proxy shows no others).
  void queryClient.invalidateQueries({ queryKey: [...all, 'loyalty_programs', store.cardProgramId, 'cards'] });
}

/**
 * Moves the focus to the page's heading when the page changes, as a router would; on the first render only when the
 * focus was lost (the sign-in button that was clicked is gone).
 */
function usePageFocus(route: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!first.current || lost) heading.current?.focus();
    first.current = false;
  }, [route]);
  return heading;
}

/** The shop for a signed-in shopper: the pages, the current order's cart and checkout. */
export function Storefront({ shopper }: { shopper: Shopper }) {
  const store = useStore();
  const route = useRoute();
  const heading = usePageFocus(route);
  const queryClient = useQueryClient();
  const [cartId, renewCart] = useCartSessionId();
  const [order, setOrder] = useState<CheckoutResult>();

  const signOut = useMutation({
    mutationFn: demoApi.signOut,
    onSuccess: (me) => {
      queryClient.removeQueries({ queryKey: talonKeys.all });
      queryClient.setQueryData(demoKeys.me, me);
      window.location.hash = '';
    },
  });

  const onOrderPlaced = useCallback(
    (placed: CheckoutResult) => {
      renewCart(placed.nextCustomerSessionId);
      setOrder(placed);
      refreshShopper(queryClient, shopper.id, store);
    },
    [renewCart, queryClient, shopper.id, store],
  );
  const onCartClosed = useCallback(() => renewCart(), [renewCart]);
  const onShopping = useCallback(() => setOrder(undefined), []);
  const page = pages.find((candidate) => candidate.route === route) ?? pages[0];

  return (
    <Layout shopper={shopper} route={route} onSignOut={() => signOut.mutate()} signingOut={signOut.isPending}>
      <h1 ref={heading} tabIndex={-1} className="demo-page-title">
        {page.title}
      </h1>
      {signOut.isError && <p role="alert">{signOut.error.message}</p>}
      {route === 'shop' && cartId === undefined && <p role="status">Starting your cart…</p>}
      {route === 'shop' && cartId !== undefined && (
        // Keyed by the order: the next one starts afresh (cart, code form, checkout).
        <ShopPage
          key={cartId}
          shopper={shopper}
          cartId={cartId}
          order={order}
          onOrderPlaced={onOrderPlaced}
          onCartClosed={onCartClosed}
          onShopping={onShopping}
        />
      )}
      {route === 'wallet' && cartId !== undefined && <WalletPage shopper={shopper} cartId={cartId} />}
      {route === 'loyalty' && <LoyaltyPage shopper={shopper} />}
      {route === 'achievements' && <AchievementsPage shopper={shopper} />}
      {route === 'referrals' && <ReferralsPage shopper={shopper} />}
    </Layout>
  );
}
