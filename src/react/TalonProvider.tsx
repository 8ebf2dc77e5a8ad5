'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import { createTalonTransport, type TalonTransport } from '../client/createTalonTransport.js';
import type { TalonMessagesOverrides } from '../messages/TalonMessages.js';
import { TalonContext } from './TalonContext.js';

/** Props of `TalonProvider`: the proxy's `baseUrl`, or a client you built with `createTalonClient`. */
export type TalonProviderProps = ({ baseUrl: string; client?: never } | { client: TalonTransport; baseUrl?: never }) & {
  /** BCP 47 locale for numbers, points, money and dates. Defaults to the browser's. */
  locale?: string;
  /** ISO 4217 currency of the Talon.One Application, such as `EUR`. */
  currency?: string;
  /** Replacements for any visible string of the components, by component: `{ couponWallet: { title: 'Gutscheine' } }`. */
  messages?: TalonMessagesOverrides;
  /**
   * The `QueryClient` for the hooks below. Without it, the provider uses a `QueryClientProvider`'s above it, or else
   * its own, whose reads stay fresh for a minute (`staleTime: 60_000`).
   */
  queryClient?: QueryClient;
  children?: ReactNode;
};

// The writes mark stale what they change, so a read goes stale on its own only through changes made elsewhere (the
// shop's server closing a session, points from another channel): a minute is fresh enough for those, and long enough
// that data the server rendered and dehydrated is used after hydration instead of being fetched again at once.
const createOwnQueryClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });

/**
 * Connects the hooks below it to your Talon.One proxy. Uses the `queryClient` you pass, else the app's `QueryClient`
 * when one is above it (never replacing it), and creates one only when there is neither.
 *
 * @example
 * <TalonProvider baseUrl="/api/talon" locale="de-DE" currency="EUR">
 *   <Cart />
 * </TalonProvider>
 */
export function TalonProvider({
  baseUrl,
  client,
  locale,
  currency,
  messages,
  queryClient,
  children,
}: TalonProviderProps) {
  if (!client && !baseUrl) throw new Error('talon-react: <TalonProvider> needs a baseUrl (your proxy) or a client.');
  const transport = useMemo(() => client ?? createTalonTransport({ baseUrl: baseUrl as string }), [client, baseUrl]);
  const value = useMemo(() => ({ transport, locale, currency, messages }), [transport, locale, currency, messages]);
  const appQueryClient = useContext(QueryClientContext);
  // Created on the first render whatever the props, so that it is there if they change: unused, it holds no timers.
  const [ownQueryClient] = useState(createOwnQueryClient);
  const content = <TalonContext.Provider value={value}>{children}</TalonContext.Provider>;
  if (!queryClient && appQueryClient) return content;
  return <QueryClientProvider client={queryClient ?? ownQueryClient}>{content}</QueryClientProvider>;
}
