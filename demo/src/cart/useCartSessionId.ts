import { useCallback, useState } from 'react';

const storageKey = (shopperId: string) => `talon-demo:cart:${shopperId}`;

function read(shopperId: string): string | undefined {
  try {
    return localStorage.getItem(storageKey(shopperId)) ?? undefined;
  } catch {
    return undefined; // Storage off: the cart lasts as long as the page.
  }
}

function fresh(shopperId: string): string {
  // Unguessable, so nobody can reach another shopper's cart by its ID (the proxy refuses them anyway).
  const id = `demo-order-${crypto.randomUUID()}`;
  try {
    localStorage.setItem(storageKey(shopperId), id);
  } catch {
    // As above.
  }
  return id;
}

/**
 * The customer session ID of the shopper's current order: one per shopper and order, kept in localStorage so a
 * reload keeps the cart. `renew` starts the next order (after checkout, or when the session is no longer open).
 */
export function useCartSessionId(shopperId: string): [id: string, renew: () => void] {
  const [id, setId] = useState(() => read(shopperId) ?? fresh(shopperId));
  const renew = useCallback(() => setId(fresh(shopperId)), [shopperId]);
  return [id, renew];
}
