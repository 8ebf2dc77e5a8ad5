import { createContext, useContext, useMemo } from 'react';
import type { StoreSettings } from '../shared/types.js';

/** The store's settings, from `/demo-api/store`. */
export const StoreContext = createContext<StoreSettings | undefined>(undefined);

/** The store's settings; only below `StoreContext.Provider`. */
export function useStore(): StoreSettings {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore needs the StoreContext provider (App).');
  return store;
}

/** Formats an amount in the store's currency and locale. */
export function useMoney(): (amount: number) => string {
  const { locale, currency } = useStore();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    return (amount: number) => format.format(amount);
  }, [locale, currency]);
}
