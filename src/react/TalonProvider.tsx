'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import { createTalonTransport, type TalonTransport } from '../client/createTalonTransport.js';
import type { TalonMessagesOverrides } from '../components/messages/TalonMessages.js';
import { TalonContext } from './TalonContext.js';

/** Props of `TalonProvider`: the proxy's `baseUrl`, or a client you built with `createTalonClient`. */
export type TalonProviderProps = ({ baseUrl: string; client?: never } | { client: TalonTransport; baseUrl?: never }) & {
  /** BCP 47 locale for numbers, points, money and dates. Defaults to the browser's. */
  locale?: string;
  /** ISO 4217 currency of the Talon.One Application, such as `EUR`. */
  currency?: string;
  /** Replacements for any visible string of the components, by component: `{ couponWallet: { title: 'Gutscheine' } }`. */
  messages?: TalonMessagesOverrides;
  children?: ReactNode;
};

/**
 * Connects the hooks below it to your Talon.One proxy. Uses the app's `QueryClient` when one is above it and
 * never replaces it; creates one only when there is none.
 *
 * @example
 * <TalonProvider baseUrl="/api/talon" locale="de-DE" currency="EUR">
 *   <Cart />
 * </TalonProvider>
 */
export function TalonProvider({ baseUrl, client, locale, currency, messages, children }: TalonProviderProps) {
  if (!client && !baseUrl) throw new Error('talon-react: <TalonProvider> needs a baseUrl (your proxy) or a client.');
  const transport = useMemo(() => client ?? createTalonTransport({ baseUrl: baseUrl as string }), [client, baseUrl]);
  const value = useMemo(() => ({ transport, locale, currency, messages }), [transport, locale, currency, messages]);
  const appQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => (appQueryClient ? undefined : new QueryClient()));
  const content = <TalonContext.Provider value={value}>{children}</TalonContext.Provider>;
  if (appQueryClient || !ownQueryClient) return content;
  return <QueryClientProvider client={ownQueryClient}>{content}</QueryClientProvider>;
}
