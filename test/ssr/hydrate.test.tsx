// The browser half of SSR, in a DOM: `hydrateRoot` over the server's HTML, with the dehydrated cache. The markup must
// match (no recoverable hydration error) and the data must come from the page, not from a request.
import {
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
  type DehydratedState,
} from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { act } from '@testing-library/react';
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

const input = { loyaltyProgramId: 7, integrationId: 'shopper-1' };
const balancesPath = '/v1/loyalty_programs/7/profile/shopper-1/balances';
const balancesHtml = '<p>1250 active points</p>';

function Balances() {
  const { data, status } = useLoyaltyBalances(input);
  if (!data) return <p>{`no data: ${status}`}</p>;
  return <p>{`${data.balance?.activePoints} active points`}</p>;
}

function App({ queryClient, state }: { queryClient: QueryClient; state: DehydratedState }) {
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={state}>
        <TalonProvider baseUrl={BASE_URL}>
          <Balances />
        </TalonProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}

/** What the server sends: the HTML and the dehydrated cache, after one prefetch. */
async function serverRender() {
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(loyaltyBalancesQueryOptions(createTalonClient({ baseUrl: BASE_URL }), input));
  const state = JSON.parse(JSON.stringify(dehydrate(queryClient))) as DehydratedState;
  const html = renderToString(<App queryClient={queryClient} state={{ queries: [], mutations: [] }} />);
  return { html, state };
}

/** Hydrates the server's HTML in a fresh container; returns the recoverable errors React reported. */
async function hydrate(html: string, queryClient: QueryClient, state: DehydratedState) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, <App queryClient={queryClient} state={state} />, {
      onRecoverableError: (error) => errors.push(error),
    }),
  );
  // Lets a refetch on mount, if any, reach MSW and settle.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const after = container.innerHTML;
  act(() => root.unmount());
  container.remove();
  return { errors, html: after };
}

beforeEach(() => {
  server.use(http.get(url(balancesPath), () => HttpResponse.json(loyaltyBalances)));
});

it('hydrates the server HTML without a mismatch and without a request when the data is fresh', async () => {
  const { html, state } = await serverRender();
  expect(html).toBe(balancesHtml);
  expect(requests.map(describeRequest)).toEqual([`GET ${balancesPath}`]);

  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
  const hydrated = await hydrate(html, queryClient, state);

  expect(hydrated.errors).toEqual([]);
  expect(hydrated.html).toBe(balancesHtml);
  expect(queryClient.getQueryData(talonKeys.loyaltyBalances(input))).toEqual(loyaltyBalances);
  expect(requests.map(describeRequest)).toEqual([`GET ${balancesPath}`]);
});

it('refetches once on mount with the default staleTime of 0, keeping the markup', async () => {
  // TanStack Query's default, documented here so that the README can tell SSR apps to set a staleTime.
  const { html, state } = await serverRender();

  const hydrated = await hydrate(html, new QueryClient(), state);

  expect(hydrated.errors).toEqual([]);
  expect(hydrated.html).toBe(balancesHtml);
  expect(requests.map(describeRequest)).toEqual([`GET ${balancesPath}`, `GET ${balancesPath}`]);
});
