'use client';
import { isServer, QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { TalonProvider } from 'talon-react';
import { shop } from '../lib/shop';
import { talonBasePath } from '../lib/paths';

// What the server prefetched stays fresh for a minute: the browser does not fetch it again right after hydration.
const makeQueryClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });

let browserQueryClient: QueryClient | undefined;

/** One QueryClient per server render (never shared between visitors), one for the whole visit in the browser. */
function getQueryClient() {
  if (isServer) return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <TalonProvider baseUrl={talonBasePath} queryClient={getQueryClient()} locale={shop.locale} currency={shop.currency}>
      {children}
    </TalonProvider>
  );
}
