// The query options outside the hooks: `useSuspenseQuery` with the provider's client, and `ensureQueryData` in a
// loader, both under the same keys as the hooks.
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Suspense } from 'react';
import { createTalonClient } from '../../src/client/createTalonClient.js';
import { TalonValidationError } from '../../src/client/errors/TalonValidationError.js';
import { customerInventoryQueryOptions } from '../../src/react/queryOptions/customerInventoryQueryOptions.js';
import { loyaltyBalancesQueryOptions } from '../../src/react/queryOptions/loyaltyBalancesQueryOptions.js';
import { TalonProvider } from '../../src/react/TalonProvider.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import { useTalonClient } from '../../src/react/useTalonClient.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { customerInventory } from '../fixtures/profiles.js';
import { BASE_URL, describeRequest, requests, server, startServer, url } from '../msw.js';

startServer();

const createQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });

describe('useSuspenseQuery(loyaltyBalancesQueryOptions(useTalonClient(), input))', () => {
  const input = { loyaltyProgramId: 7, integrationId: 'shopper-1' };
  const balancesPath = '/v1/loyalty_programs/7/profile/shopper-1/balances';

  function Balances() {
    const client = useTalonClient();
    const { data } = useSuspenseQuery(loyaltyBalancesQueryOptions(client, input));
    // No `if (!data)`: under Suspense the data is there on the first render that commits.
    return <p>{`${data.balance?.activePoints} active points`}</p>;
  }

  it('shows the fallback while the request is in flight, then the data', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(url(balancesPath), async () => {
        await held;
        return HttpResponse.json(loyaltyBalances);
      }),
    );
    const queryClient = createQueryClient();

    render(
      <QueryClientProvider client={queryClient}>
        <TalonProvider baseUrl={BASE_URL}>
          <Suspense fallback={<p>Loading balances</p>}>
            <Balances />
          </Suspense>
        </TalonProvider>
      </QueryClientProvider>,
    );

    expect(screen.getByText('Loading balances')).toBeInTheDocument();
    expect(screen.queryByText('1250 active points')).not.toBeInTheDocument();

    release();

    expect(await screen.findByText('1250 active points')).toBeInTheDocument();
    expect(screen.queryByText('Loading balances')).not.toBeInTheDocument();
    expect(requests.map(describeRequest)).toEqual([`GET ${balancesPath}`]);
    expect(queryClient.getQueryData(talonKeys.loyaltyBalances(input))).toEqual(loyaltyBalances);
  });
});

describe('queryClient.ensureQueryData(customerInventoryQueryOptions(client, input))', () => {
  const input = { integrationId: 'shopper-1' };
  const inventoryPath = '/v1/customer_profiles/shopper-1/inventory';
  const client = createTalonClient({ baseUrl: BASE_URL, retry: 0 });

  it('returns the parsed inventory and caches it under talonKeys.customerInventory, fetching once', async () => {
    server.use(http.get(url(inventoryPath), () => HttpResponse.json(customerInventory)));
    const queryClient = createQueryClient();
    const key = talonKeys.customerInventory(input);

    const data = await queryClient.ensureQueryData(customerInventoryQueryOptions(client, input));

    expect(data).toEqual(customerInventory);
    expect(key).toEqual(['talon', 'customer_profiles', 'shopper-1', 'inventory', {}]);
    expect(queryClient.getQueryData(key)).toBe(data);
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([key]);
    expect(requests.map(describeRequest)).toEqual([`GET ${inventoryPath}`]);

    // Cached: a second call resolves from the cache without a request.
    await expect(queryClient.ensureQueryData(customerInventoryQueryOptions(client, input))).resolves.toBe(data);
    expect(requests.map(describeRequest)).toEqual([`GET ${inventoryPath}`]);
  });

  it('rejects with a TalonValidationError, and caches no data, when the response does not match the schema', async () => {
    server.use(http.get(url(inventoryPath), () => HttpResponse.json({ ...customerInventory, coupons: 'not a list' })));
    const queryClient = createQueryClient();

    const error = await queryClient
      .ensureQueryData(customerInventoryQueryOptions(client, input))
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(TalonValidationError);
    expect(error).toMatchObject({ operation: 'getCustomerInventory', target: 'response' });
    expect(queryClient.getQueryData(talonKeys.customerInventory(input))).toBeUndefined();
    expect(requests.map(describeRequest)).toEqual([`GET ${inventoryPath}`]);
  });
});
