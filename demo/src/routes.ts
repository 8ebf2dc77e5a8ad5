import { useSyncExternalStore } from 'react';

/** The storefront's pages, as hash routes (`#/loyalty`): no router needed for five pages. */
export const pages = [
  { route: 'shop', label: 'Shop', title: 'Shop' },
  { route: 'wallet', label: 'Coupons', title: 'Coupons' },
  { route: 'loyalty', label: 'Loyalty', title: 'Loyalty' },
  { route: 'achievements', label: 'Achievements', title: 'Achievements' },
  { route: 'referrals', label: 'Refer a friend', title: 'Refer a friend' },
] as const;

export type Route = (typeof pages)[number]['route'];

const routes = new Set<string>(pages.map((page) => page.route));

function currentRoute(): Route {
  const name = window.location.hash.replace(/^#\/?/, '');
  return routes.has(name) ? (name as Route) : 'shop';
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The page the URL's hash names; `shop` for any other hash. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute);
}
