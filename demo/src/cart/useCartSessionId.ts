import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Me } from '../../shared/types.js';
import { demoApi, demoKeys, meQuery } from '../demoApi.js';

/**
 * The customer session ID of the shopper's current order, as the shop's server minted it for them (`Me`): the proxy
 * lets a shopper create a session only under such an ID. Undefined while the next one is being started. `renew`
 * starts the next order: with the ID checkout answered (`nextCustomerSessionId`), at once; without one (the session
 * was closed elsewhere), by asking the shop's server for a new cart.
 */
export function useCartSessionId(): [id: string | undefined, renew: (next?: string) => void] {
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const setCart = useCallback((next: Me) => queryClient.setQueryData<Me>(demoKeys.me, next), [queryClient]);
  const { mutate: newCart, isPending } = useMutation({ mutationFn: demoApi.newCart, onSuccess: setCart });
  const renew = useCallback(
    (next?: string) => {
      const current = queryClient.getQueryData<Me>(demoKeys.me);
      if (next !== undefined && current) setCart({ ...current, customerSessionId: next });
      else newCart();
    },
    [queryClient, setCart, newCart],
  );
  return [isPending ? undefined : me?.customerSessionId, renew];
}
