// Rendering under the app's QueryClient and a TalonProvider on the page-relative proxy path, as a storefront does.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { render } from 'vitest-browser-react';
import { TalonProvider } from '../../src/index.js';
import { BASE_PATH } from './worker.js';

/** A QueryClient that never retries and never drops an unused query, so the tests can read the cache. */
function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/** Renders `ui` under `<QueryClientProvider>` and `<TalonProvider baseUrl="/api/talon">`. */
export async function renderWithTalon(ui: ReactNode, queryClient = createQueryClient()) {
  const screen = await render(
    <QueryClientProvider client={queryClient}>
      <TalonProvider baseUrl={BASE_PATH}>{ui}</TalonProvider>
    </QueryClientProvider>,
  );
  return { screen, queryClient };
}
