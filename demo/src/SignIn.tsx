import { useMutation, useQueryClient } from '@tanstack/react-query';
import { talonKeys } from 'talon-react';
import { demoApi, demoKeys } from './demoApi.js';
import { Layout } from './Layout.js';
import { useStore } from './StoreContext.js';

/**
 * Sign-in as one of the demo shoppers: the shop's server sets a signed cookie, which the proxy reads to know whose
 * loyalty, coupons and sessions the browser may touch.
 */
export function SignIn() {
  const { shoppers, name } = useStore();
  const queryClient = useQueryClient();
  const signIn = useMutation({
    mutationFn: demoApi.signIn,
    onSuccess: (me) => {
      // Nothing read for somebody else may show.
      queryClient.removeQueries({ queryKey: talonKeys.all });
      queryClient.setQueryData(demoKeys.me, me);
    },
  });

  return (
    <Layout>
      <div className="demo-sign-in">
        <h1>Welcome to the {name}</h1>
        <p>
          Choose a demo shopper. Each has a customer profile in Talon.One with loyalty points, coupons and achievements.
        </p>
        <ul className="demo-shoppers">
          {shoppers.map((shopper) => (
            <li key={shopper.id}>
              <button
                type="button"
                className="demo-button"
                disabled={signIn.isPending}
                onClick={() => signIn.mutate(shopper.id)}
              >
                Sign in as {shopper.name}
              </button>
            </li>
          ))}
        </ul>
        {signIn.isError && <p role="alert">{signIn.error.message}</p>}
      </div>
    </Layout>
  );
}
