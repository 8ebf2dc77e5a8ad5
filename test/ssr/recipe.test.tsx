// The README's "Server rendering" recipe, end to end in one DOM: the server prefetches with the kit's query options
// and dehydrates; the page renders `<TalonProvider>` (in the app's layout) around `<HydrationBoundary>` and a hook, to
// HTML on the server and again in the browser by `hydrateRoot`. The browser must show the server's data and send
// nothing: no refetch right after hydration.
import { dehydrate, HydrationBoundary, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createTalonClient } from '../../src/client/createTalonClient.js';
import { useLoyaltyBalances } from '../../src/react/hooks/useLoyaltyBalances.js';
import { loyaltyBalancesQueryOptions } from '../../src/react/queryOptions/loyaltyBalancesQueryOptions.js';
import { TalonProvider } from '../../src/react/TalonProvider.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { BASE_URL, describeRequest, requests, server, startServer, url } from '../msw.js';

startServer();

const input = { loyaltyProgramId: 7, integrationId: 'shopper-42', includeTiers: true };
const balancesRequest = 'GET /v1/loyalty_programs/7/profile/shopper-42/balances?includeTiers=true';
const balancesHtml = '<p>1250 points</p>';

function Points() {
  const { data } = useLoyaltyBalances(input);
  return <p>{data ? `${data.balance?.activePoints} points` : 'Loading…'}</p>;
}

/** The app's layout: a client component around every page. */
function Layout({ queryClient, children }: { queryClient?: QueryClient; children: ReactNode }) {
  return queryClient ? (
    <TalonProvider baseUrl={BASE_URL} queryClient={queryClient}>
      {children}
    </TalonProvider>
  ) : (
    <TalonProvider baseUrl={BASE_URL}>{children}</TalonProvider>
  );
}

/** The page's server half: prefetch, then the part of the tree that hydrates the cache. */
async function serverPage() {
  const queryClient = new QueryClient();
  const talon = createTalonClient({ baseUrl: BASE_URL, headers: { cookie: 'session=shopper-42' } });
  await queryClient.prefetchQuery(loyaltyBalancesQueryOptions(talon, input));
  // What the page carries to the browser: JSON.
  return JSON.parse(JSON.stringify(dehydrate(queryClient))) as DehydratedState;
}

const page = (state: DehydratedState, queryClient?: QueryClient) => (
  <Layout queryClient={queryClient}>
    <HydrationBoundary state={state}>
      <Points />
    </HydrationBoundary>
  </Layout>
);

/** Server HTML, then `hydrateRoot` over it; lets a refetch on mount, if any, reach MSW before it returns. */
async function renderAndHydrate(browserQueryClient?: QueryClient) {
  const state = await serverPage();
  const html = renderToString(page(state));
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, page(state, browserQueryClient), { onRecoverableError: (error) => errors.push(error) }),
  );
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const hydratedHtml = container.innerHTML;
  act(() => root.unmount());
  container.remove();
  return { html, hydratedHtml, errors };
}

beforeEach(() => {
  server.use(
    http.get(url('/v1/loyalty_programs/7/profile/shopper-42/balances'), () => HttpResponse.json(loyaltyBalances)),
  );
});

it("with TalonProvider's own QueryClient: the server's data on screen, and no request after hydration", async () => {
  const { html, hydratedHtml, errors } = await renderAndHydrate();

  expect(html).toBe(balancesHtml);
  expect(errors).toEqual([]);
  expect(hydratedHtml).toBe(balancesHtml);
  // The server's prefetch, and nothing from the browser.
  expect(requests.map(describeRequest)).toEqual([balancesRequest]);
});

it("with the app's QueryClient passed as `queryClient` (a staleTime above 0): no request after hydration", async () => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });

  const { hydratedHtml, errors } = await renderAndHydrate(queryClient);

  expect(errors).toEqual([]);
  expect(hydratedHtml).toBe(balancesHtml);
  expect(queryClient.getQueryData(talonKeys.loyaltyBalances(input))).toEqual(loyaltyBalances);
  expect(requests.map(describeRequest)).toEqual([balancesRequest]);
});

it("with a QueryClient of TanStack's default staleTime 0 the browser fetches again at once (why the recipe says so)", async () => {
  const { hydratedHtml } = await renderAndHydrate(new QueryClient());

  expect(hydratedHtml).toBe(balancesHtml);
  expect(requests.map(describeRequest)).toEqual([balancesRequest, balancesRequest]);
});
