import { useQuery } from '@tanstack/react-query';
import type { Me } from './shop';

async function fetchMe(): Promise<Me> {
  const response = await fetch('/api/me');
  if (!response.ok) throw new Error(`GET /api/me answered ${response.status}`);
  return (await response.json()) as Me;
}

/** The signed-in shopper and their cart: the shop's own endpoint, through the same QueryClient as the kit. */
export function useMe() {
  return useQuery({ queryKey: ['shop', 'me'], queryFn: fetchMe, staleTime: Infinity });
}
