import { queryOptions } from '@tanstack/react-query';
import type { CheckoutResult, DemoApiErrorBody, Me, Product, StoreSettings } from '../shared/types.js';

/** A failed call of the demo's own server, with its message in words. */
class DemoApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DemoApiError';
  }
}

async function call<T>(path: string, body?: object): Promise<T> {
  const response = await fetch(
    `/demo-api/${path}`,
    body === undefined
      ? { headers: { Accept: 'application/json' } }
      : {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        },
  );
  const data = (await response.json().catch(() => undefined)) as T | DemoApiErrorBody | undefined;
  if (!response.ok) {
    const message = (data as DemoApiErrorBody | undefined)?.message;
    throw new DemoApiError(response.status, message ?? 'The shop did not answer. Please try again.');
  }
  return data as T;
}

/** The demo shop's own server (`/demo-api`): settings, catalog, sign-in, the shopper's cart and checkout. */
export const demoApi = {
  store: () => call<StoreSettings>('store'),
  products: () => call<Product[]>('products'),
  me: () => call<Me>('me'),
  signIn: (shopperId: string) => call<Me>('sign-in', { shopperId }),
  signOut: () => call<Me>('sign-out', {}),
  /** Starts the shopper's next order: a customer session ID minted for them. */
  newCart: () => call<Me>('cart', {}),
  checkout: (customerSessionId: string) => call<CheckoutResult>('checkout', { customerSessionId }),
};

/** Query keys of the demo's own reads, apart from the kit's `['talon', ...]` keys. */
export const demoKeys = {
  store: ['demo', 'store'] as const,
  products: ['demo', 'products'] as const,
  me: ['demo', 'me'] as const,
};

/** The signed-in shopper and their cart's session ID: read once, then set by sign-in, sign-out and new carts. */
export const meQuery = queryOptions({ queryKey: demoKeys.me, queryFn: demoApi.me, staleTime: Infinity });
