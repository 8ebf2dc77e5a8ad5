import { createContext, useContext } from 'react';
import type { StoreSettings } from '../shared/types.js';

/** The store's settings, from `/demo-api/store`. */
export const StoreContext = createContext<StoreSettings | undefined>(undefined);

/** The store's settings; only below `StoreContext.Provider`. */
export function useStore(): StoreSettings {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore needs the StoreContext provider (App).');
  return store;
}
