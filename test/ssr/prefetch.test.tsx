// @vitest-environment node
// The SSR flow of an app: prefetch on the server with the query options, render to HTML, dehydrate the cache into the
// page, hydrate it into the browser's QueryClient. The data must come from the prefetch alone: rendering never fetches.
import {
  dehydrate,
  hashKey,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
  type DehydratedState,
} from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { renderToString } from 'react-dom/server';
import { createTalonClient } from '../../src/client/createTalonClient.js';
import { useLoyaltyBalances } from '../../src/react/hooks/useLoyaltyBalances.js';
import { loyaltyBalancesQueryOptions } from '../../src/react/queryOptions/loyaltyBalancesQueryOptions.js';
import { TalonProvider } from '../../src/react/TalonProvider.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { BASE_URL, describeRequest, requests, server, startServer, url } from '../msw.js';

startServer();

const input = { loyaltyProgramId: 7, integrationId: 'shopper-1', includeTiers: true };
const balancesPath = '/v1/loyalty_programs/7/profile/shopper-1/balances';
const balancesRequest = `GET ${balancesPath}?includeTiers=true`;
/** What `Balances` renders once it has the fixture's data. */
const balancesHtml = '<p>1250 active points, tier Silver</p>';

function Balances() {
  const { data, status } = useLoyaltyBalances(input);
  if (!data) return <p>{`no data: ${status}`}</p>;
  return <p>{`${data.balance?.activePoints} active points, tier ${data.balance?.currentTier?.name}`}</p>;
}

const serve = () => server.use(http.get(url(balancesPath), () => HttpResponse.json(loyaltyBalances)));

/** Lets a request that rendering might have started reach MSW before the log is read. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

it('runs without a DOM', () => {
  expect(typeof window).toBe('undefined');
});

it('renders nothing but the pending state when nothing was prefetched, and sends no request', async () => {
  serve();
  const queryClient = new QueryClient();

  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <TalonProvider baseUrl={BASE_URL}>
        <Balances />
      </TalonProvider>
    </QueryClientProvider>,
  );

  expect(html).toBe('<p>no data: pending</p>');
  expect(queryClient.isFetching()).toBe(0);
  await settle();
  expect(requests.map(describeRequest)).toEqual([]);
});

it('renders prefetched balances to HTML, then hydrates them into a fresh QueryClient without a request', async () => {
  serve();
  const key = talonKeys.loyaltyBalances(input);

  // Server: prefetch with a plain client, as a route loader or server component would.
  const serverQueryClient = new QueryClient();
  await serverQueryClient.prefetchQuery(loyaltyBalancesQueryOptions(createTalonClient({ baseUrl: BASE_URL }), input));
  expect(requests.map(describeRequest)).toEqual([balancesRequest]);
  expect(serverQueryClient.getQueryData(key)).toEqual(loyaltyBalances);

  const serverHtml = renderToString(
    <QueryClientProvider client={serverQueryClient}>
      <TalonProvider baseUrl={BASE_URL}>
        <Balances />
      </TalonProvider>
    </QueryClientProvider>,
  );

  expect(serverHtml).toBe(balancesHtml);
  expect(serverQueryClient.isFetching()).toBe(0);
  await settle();
  expect(requests.map(describeRequest)).toEqual([balancesRequest]);

  // The page carries the cache as JSON.
  const state = JSON.parse(JSON.stringify(dehydrate(serverQueryClient))) as DehydratedState;
  expect(state.queries).toHaveLength(1);
  const dehydrated = state.queries.find((query) => query.queryHash === hashKey(key));
  expect(dehydrated?.queryKey).toEqual(key);
  expect(dehydrated?.queryKey).toEqual([
    'talon',
    'loyalty_programs',
    7,
    'profile',
    'shopper-1',
    'balances',
    { includeTiers: true },
  ]);
  expect(dehydrated?.state.status).toBe('success');
  expect(dehydrated?.state.data).toEqual(loyaltyBalances);

  // Browser: a fresh QueryClient, filled only from the dehydrated state.
  const browserQueryClient = new QueryClient();
  const browserHtml = renderToString(
    <QueryClientProvider client={browserQueryClient}>
      <HydrationBoundary state={state}>
        <TalonProvider baseUrl={BASE_URL}>
          <Balances />
        </TalonProvider>
      </HydrationBoundary>
    </QueryClientProvider>,
  );

  expect(browserHtml).toBe(balancesHtml);
  expect(browserQueryClient.getQueryData(key)).toEqual(loyaltyBalances);
  expect(browserQueryClient.isFetching()).toBe(0);
  await settle();
  // Still only the server's prefetch.
  expect(requests.map(describeRequest)).toEqual([balancesRequest]);
});
