import { useQuery } from '@tanstack/react-query';
import { TalonProvider } from 'talon-react';
import { demoApi, demoKeys, meQuery } from './demoApi.js';
import { Layout } from './Layout.js';
import { SignIn } from './SignIn.js';
import { StoreContext } from './StoreContext.js';
import { Storefront } from './Storefront.js';

/**
 * The demo storefront: the store's settings and the signed-in shopper from the shop's own server, then either the
 * sign-in page or the shop. The kit talks to Talon.One through the proxy on `/api/talon`.
 */
export function App() {
  const store = useQuery({ queryKey: demoKeys.store, queryFn: demoApi.store, staleTime: Infinity });
  const me = useQuery(meQuery);

  if (store.isError || me.isError) {
    return (
      <Layout>
        <p role="alert">The shop could not load. Is `npm start` still running?</p>
      </Layout>
    );
  }
  if (!store.data || !me.data) {
    return (
      <Layout>
        <p role="status">Loading the shop…</p>
      </Layout>
    );
  }
  const { shopper } = me.data;
  return (
    <StoreContext.Provider value={store.data}>
      <TalonProvider baseUrl="/api/talon" locale={store.data.locale} currency={store.data.currency}>
        {/* A new shopper gets a new tree: no cart or page state carries over. */}
        {shopper ? <Storefront key={shopper.id} shopper={shopper} /> : <SignIn />}
      </TalonProvider>
    </StoreContext.Provider>
  );
}
