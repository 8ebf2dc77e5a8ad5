// Helpers of the React tests (see ../msw.ts for the server): a QueryClient we can inspect, and a wrapper that puts
// <TalonProvider baseUrl=...> under it.
import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { renderHook, type RenderHookOptions } from '@testing-library/react';
import type { ReactNode } from 'react';
import { TalonProvider } from '../../src/react/TalonProvider.js';
import { BASE_URL } from '../msw.js';

/** A QueryClient that never retries and never drops an unused query, so the tests can read the cache. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

function createWrapper(queryClient: QueryClient) {
  return function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <TalonProvider baseUrl={BASE_URL}>{children}</TalonProvider>
      </QueryClientProvider>
    );
  };
}

/** `renderHook` under our QueryClient and `TalonProvider`; returns the QueryClient too. */
export function renderTalonHook<Result, Props>(
  hook: (props: Props) => Result,
  options: Omit<RenderHookOptions<Props>, 'wrapper'> & { queryClient?: QueryClient } = {},
) {
  const { queryClient = createQueryClient(), ...rest } = options;
  const rendered = renderHook(hook, { ...rest, wrapper: createWrapper(queryClient) });
  return { ...rendered, queryClient };
}

/** Puts `data` in the cache under each key, as if it had been read. */
export function seed(queryClient: QueryClient, entries: [QueryKey, unknown][]) {
  for (const [key, data] of entries) queryClient.setQueryData(key, data);
}

/** True when the key's query is cached and marked stale by an invalidation. */
export const isInvalidated = (queryClient: QueryClient, key: QueryKey) => {
  const state = queryClient.getQueryState(key);
  if (!state) throw new Error(`no query cached under ${JSON.stringify(key)}`);
  return state.isInvalidated;
};

/** Every cached query's key, data and staleness, to compare the whole cache before and after. */
export const snapshot = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .getAll()
    .map((query) => ({ key: query.queryKey, data: query.state.data, isInvalidated: query.state.isInvalidated }));

/** A promise with its resolve exposed, to hold a handler until the test lets it go. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
