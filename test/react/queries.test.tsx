import { skipToken, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { createTalonTransport } from '../../src/client/createTalonTransport.js';
import { TalonApiError } from '../../src/client/errors/TalonApiError.js';
import { TalonError } from '../../src/client/errors/TalonError.js';
import { TalonValidationError } from '../../src/client/errors/TalonValidationError.js';
import type { TalonQueryKey } from '../../src/react/core/operationKey.js';
import { useCustomerAchievementHistory } from '../../src/react/hooks/useCustomerAchievementHistory.js';
import { useCustomerAchievements } from '../../src/react/hooks/useCustomerAchievements.js';
import { useCustomerInventory } from '../../src/react/hooks/useCustomerInventory.js';
import { useCustomerSession } from '../../src/react/hooks/useCustomerSession.js';
import { useLoyaltyBalances } from '../../src/react/hooks/useLoyaltyBalances.js';
import { useLoyaltyCardBalances } from '../../src/react/hooks/useLoyaltyCardBalances.js';
import { useLoyaltyCardPoints } from '../../src/react/hooks/useLoyaltyCardPoints.js';
import { useLoyaltyCardTransactions } from '../../src/react/hooks/useLoyaltyCardTransactions.js';
import { useLoyaltyProfilePoints } from '../../src/react/hooks/useLoyaltyProfilePoints.js';
import { useLoyaltyProfileTransactions } from '../../src/react/hooks/useLoyaltyProfileTransactions.js';
import { useReservedCustomers } from '../../src/react/hooks/useReservedCustomers.js';
import { customerAchievementsInfiniteQueryOptions } from '../../src/react/queryOptions/customerAchievementsInfiniteQueryOptions.js';
import { customerSessionQueryOptions } from '../../src/react/queryOptions/customerSessionQueryOptions.js';
import { loyaltyBalancesQueryOptions } from '../../src/react/queryOptions/loyaltyBalancesQueryOptions.js';
import { reservedCustomersQueryOptions } from '../../src/react/queryOptions/reservedCustomersQueryOptions.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import { sessionResponse } from '../fixtures/integrationState.js';
import {
  cardTransactionsPage,
  loyaltyBalances,
  loyaltyCardBalances,
  loyaltyCardPointsPage,
  loyaltyProfilePointsPage,
  loyaltyProfileTransactionsPage,
} from '../fixtures/loyalty.js';
import {
  achievementHistoryPage,
  achievementsPage,
  customerInventory,
  reservedCustomers,
} from '../fixtures/profiles.js';
import { BASE_URL, requests, server, url, startServer } from '../msw.js';
import { createQueryClient, deferred, renderTalonHook } from './msw.js';

startServer();

/** One read: its hook, its key, an input, and what must reach the server. */
interface ReadCase<I, D> {
  useRead: (input: I) => UseQueryResult<D, TalonError>;
  key: (input: I) => TalonQueryKey;
  input: I;
  path: string;
  query: [string, string][];
  /** The key spelled out, to pin the key layout itself. */
  literalKey: unknown[];
  response: D;
}

const read = <I, D>(c: ReadCase<I, D>) => c as unknown as ReadCase<unknown, unknown>;

const reads: Record<string, ReadCase<unknown, unknown>> = {
  useCustomerSession: read({
    useRead: (input) => useCustomerSession(input),
    key: talonKeys.customerSession,
    input: { customerSessionId: 'session-1' },
    path: '/v2/customer_sessions/session-1',
    query: [],
    literalKey: ['talon', 'customer_sessions', 'session-1', {}],
    response: sessionResponse('session-1', 'shopper-1'),
  }),
  useCustomerInventory: read({
    useRead: (input) => useCustomerInventory(input),
    key: talonKeys.customerInventory,
    input: { integrationId: 'shopper-1', profile: true, loyalty: true },
    path: '/v1/customer_profiles/shopper-1/inventory',
    query: [
      ['profile', 'true'],
      ['loyalty', 'true'],
    ],
    literalKey: ['talon', 'customer_profiles', 'shopper-1', 'inventory', { profile: true, loyalty: true }],
    response: customerInventory,
  }),
  useCustomerAchievements: read({
    useRead: (input) => useCustomerAchievements(input),
    key: talonKeys.customerAchievements,
    input: { integrationId: 'shopper-1', campaignIds: ['101', '102'], pageSize: 10 },
    path: '/v1/customer_profiles/shopper-1/achievements',
    query: [
      ['campaignIds', '101,102'],
      ['pageSize', '10'],
    ],
    literalKey: [
      'talon',
      'customer_profiles',
      'shopper-1',
      'achievements',
      { campaignIds: ['101', '102'], pageSize: 10 },
    ],
    response: achievementsPage([1, 2]),
  }),
  useCustomerAchievementHistory: read({
    useRead: (input) => useCustomerAchievementHistory(input),
    key: talonKeys.customerAchievementHistory,
    input: { integrationId: 'shopper-1', achievementId: 3, progressStatus: ['completed', 'expired'] },
    path: '/v1/customer_profiles/shopper-1/achievements/3',
    query: [['progressStatus', 'completed,expired']],
    literalKey: [
      'talon',
      'customer_profiles',
      'shopper-1',
      'achievements',
      3,
      { progressStatus: ['completed', 'expired'] },
    ],
    response: achievementHistoryPage,
  }),
  useLoyaltyBalances: read({
    useRead: (input) => useLoyaltyBalances(input),
    key: talonKeys.loyaltyBalances,
    input: { loyaltyProgramId: 7, integrationId: 'shopper-1', includeTiers: true },
    path: '/v1/loyalty_programs/7/profile/shopper-1/balances',
    query: [['includeTiers', 'true']],
    literalKey: ['talon', 'loyalty_programs', 7, 'profile', 'shopper-1', 'balances', { includeTiers: true }],
    response: loyaltyBalances,
  }),
  useLoyaltyCardBalances: read({
    useRead: (input) => useLoyaltyCardBalances(input),
    key: talonKeys.loyaltyCardBalances,
    input: { loyaltyProgramId: 7, loyaltyCardId: 'CARD-1', subledgerId: ['a', 'b'] },
    path: '/v1/loyalty_programs/7/cards/CARD-1/balances',
    query: [
      ['subledgerId', 'a'],
      ['subledgerId', 'b'],
    ],
    literalKey: ['talon', 'loyalty_programs', 7, 'cards', 'CARD-1', 'balances', { subledgerId: ['a', 'b'] }],
    response: loyaltyCardBalances,
  }),
  useLoyaltyCardPoints: read({
    useRead: (input) => useLoyaltyCardPoints(input),
    key: talonKeys.loyaltyCardPoints,
    input: { loyaltyProgramId: 7, loyaltyCardId: 'CARD-1', status: 'active' },
    path: '/v1/loyalty_programs/7/cards/CARD-1/points',
    query: [['status', 'active']],
    literalKey: ['talon', 'loyalty_programs', 7, 'cards', 'CARD-1', 'points', { status: 'active' }],
    response: loyaltyCardPointsPage,
  }),
  useLoyaltyCardTransactions: read({
    useRead: (input) => useLoyaltyCardTransactions(input),
    key: talonKeys.loyaltyCardTransactions,
    input: { loyaltyProgramId: 7, loyaltyCardId: 'CARD-1', loyaltyTransactionType: 'session', pageSize: 5 },
    path: '/v1/loyalty_programs/7/cards/CARD-1/transactions',
    query: [
      ['loyaltyTransactionType', 'session'],
      ['pageSize', '5'],
    ],
    literalKey: [
      'talon',
      'loyalty_programs',
      7,
      'cards',
      'CARD-1',
      'transactions',
      { loyaltyTransactionType: 'session', pageSize: 5 },
    ],
    response: cardTransactionsPage([1, 2], false),
  }),
  useLoyaltyProfilePoints: read({
    useRead: (input) => useLoyaltyProfilePoints(input),
    key: talonKeys.loyaltyProfilePoints,
    input: { loyaltyProgramId: 7, integrationId: 'shopper-1', status: 'pending' },
    path: '/v1/loyalty_programs/7/profile/shopper-1/points',
    query: [['status', 'pending']],
    literalKey: ['talon', 'loyalty_programs', 7, 'profile', 'shopper-1', 'points', { status: 'pending' }],
    response: loyaltyProfilePointsPage,
  }),
  useLoyaltyProfileTransactions: read({
    useRead: (input) => useLoyaltyProfileTransactions(input),
    key: talonKeys.loyaltyProfileTransactions,
    input: { loyaltyProgramId: 7, integrationId: 'shopper-1', startDate: '2024-01-01T00:00:00Z' },
    path: '/v1/loyalty_programs/7/profile/shopper-1/transactions',
    query: [['startDate', '2024-01-01T00:00:00Z']],
    literalKey: [
      'talon',
      'loyalty_programs',
      7,
      'profile',
      'shopper-1',
      'transactions',
      { startDate: '2024-01-01T00:00:00Z' },
    ],
    response: loyaltyProfileTransactionsPage,
  }),
  useReservedCustomers: read({
    useRead: (input) => useReservedCustomers(input),
    key: talonKeys.reservedCustomers,
    input: { couponValue: 'SUMMER-50' },
    path: '/v1/coupon_reservations/customerprofiles/SUMMER-50',
    query: [],
    literalKey: ['talon', 'coupon_reservations', 'customerprofiles', 'SUMMER-50', {}],
    response: reservedCustomers(['shopper-1', 'shopper-2']),
  }),
};

describe('read hooks', () => {
  it('covers all 11 reads', () => {
    expect(Object.keys(reads)).toHaveLength(11);
    const keyNames = Object.keys(talonKeys).filter((name) => name !== 'all');
    expect(keyNames).toHaveLength(11);
  });

  describe.each(Object.entries(reads))('%s', (_name, c) => {
    it('GETs the right path and query, returns the parsed data and caches it under talonKeys', async () => {
      server.use(http.get(url(c.path), () => HttpResponse.json(c.response as JsonBodyType)));
      const { result, queryClient } = renderTalonHook(() => c.useRead(c.input));
      await waitFor(() => expect(result.current.isSuccess).toBe(true));

      expect(requests.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
        { method: 'GET', path: c.path, query: c.query },
      ]);
      expect(result.current.data).toEqual(c.response);
      expect(c.key(c.input)).toEqual(c.literalKey);
      expect(queryClient.getQueryData(c.key(c.input))).toEqual(c.response);
      expect(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.queryKey),
      ).toEqual([c.literalKey]);
    });

    it('with skipToken sends nothing, then fetches once the input is known', async () => {
      server.use(http.get(url(c.path), () => HttpResponse.json(c.response as JsonBodyType)));
      const { result, rerender } = renderTalonHook(({ input }: { input: unknown }) => c.useRead(input), {
        initialProps: { input: skipToken as unknown },
      });
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(result.current.fetchStatus).toBe('idle');
      expect(result.current.status).toBe('pending');
      expect(requests).toHaveLength(0);

      rerender({ input: c.input });
      await waitFor(() => expect(result.current.isSuccess).toBe(true));
      expect(result.current.data).toEqual(c.response);
      expect(requests.map((r) => r.path)).toEqual([c.path]);
    });
  });
});

describe('query options', () => {
  const input = { loyaltyProgramId: 7, integrationId: 'shopper-1' };
  const path = '/v1/loyalty_programs/7/profile/shopper-1/balances';

  it('select shapes the data while the cache keeps the whole answer', async () => {
    server.use(http.get(url(path), () => HttpResponse.json(loyaltyBalances)));
    const { result, queryClient } = renderTalonHook(() =>
      useLoyaltyBalances(input, { select: (data) => data.balance?.activePoints }),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBe(1250);
    expect(queryClient.getQueryData(talonKeys.loyaltyBalances(input))).toEqual(loyaltyBalances);
  });

  it('enabled: false sends nothing until it turns true', async () => {
    server.use(http.get(url(path), () => HttpResponse.json(loyaltyBalances)));
    const { result, rerender } = renderTalonHook(
      ({ enabled }: { enabled: boolean }) => useLoyaltyBalances(input, { enabled }),
      {
        initialProps: { enabled: false },
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(result.current.fetchStatus).toBe('idle');
    expect(requests).toHaveLength(0);
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(loyaltyBalances);
    expect(requests).toHaveLength(1);
  });

  it('two hooks with the same input share one request and one cache entry', async () => {
    server.use(http.get(url(path), () => HttpResponse.json(loyaltyBalances)));
    const { result, queryClient } = renderTalonHook(() => [
      useLoyaltyBalances(input),
      useLoyaltyBalances({ ...input }),
    ]);
    await waitFor(() => expect(result.current.every((q) => q.isSuccess)).toBe(true));
    expect(requests).toHaveLength(1);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(1);
  });

  it('an HTTP error becomes a TalonApiError, a response off the spec a TalonValidationError', async () => {
    server.use(
      http.get(url(path), () =>
        HttpResponse.json({ message: 'profile not found', errors: [{ title: 'not found' }] }, { status: 404 }),
      ),
      http.get(url('/v1/loyalty_programs/7/profile/shopper-2/balances'), () =>
        HttpResponse.json({ balance: { activePoints: 'many' } }),
      ),
    );
    const { result } = renderTalonHook(() => [
      useLoyaltyBalances(input),
      useLoyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-2' }),
    ]);
    await waitFor(() => expect(result.current.every((q) => q.isError)).toBe(true));
    const [notFound, invalid] = result.current.map((q) => q.error);
    expect(notFound).toBeInstanceOf(TalonApiError);
    expect(notFound).toBeInstanceOf(TalonError);
    expect((notFound as TalonApiError).status).toBe(404);
    expect(notFound?.message).toContain('profile not found');
    expect(invalid).toBeInstanceOf(TalonValidationError);
    expect((invalid as TalonValidationError).target).toBe('response');
    // retry: false, and the transport does not retry a 404: one request each.
    expect(requests).toHaveLength(2);
  });

  it('an invalid input fails before anything is sent', async () => {
    const { result } = renderTalonHook(() => useLoyaltyBalances({ loyaltyProgramId: -1, integrationId: 'shopper-1' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(TalonValidationError);
    expect((result.current.error as TalonValidationError).target).toBe('request');
    expect(requests).toHaveLength(0);
  });
});

describe('*QueryOptions factories outside React', () => {
  const transport = createTalonTransport({ baseUrl: BASE_URL });
  let queryClient: QueryClient;
  beforeEach(() => {
    queryClient = createQueryClient();
  });

  it('fetchQuery reads and caches under the talonKeys key', async () => {
    const input = { loyaltyProgramId: 7, integrationId: 'shopper-1' };
    server.use(
      http.get(url('/v1/loyalty_programs/7/profile/shopper-1/balances'), () => HttpResponse.json(loyaltyBalances)),
    );
    const options = loyaltyBalancesQueryOptions(transport, input);
    expect(options.queryKey).toEqual(talonKeys.loyaltyBalances(input));
    await expect(queryClient.fetchQuery(options)).resolves.toEqual(loyaltyBalances);
    expect(queryClient.getQueryData(talonKeys.loyaltyBalances(input))).toEqual(loyaltyBalances);
    expect(requests).toHaveLength(1);
  });

  it('ensureQueryData reads once, then answers from the cache; a hook with staleTime uses it without a request', async () => {
    const input = { customerSessionId: 'session-1' };
    const session = sessionResponse('session-1', 'shopper-1');
    server.use(http.get(url('/v2/customer_sessions/session-1'), () => HttpResponse.json(session)));
    await expect(queryClient.ensureQueryData(customerSessionQueryOptions(transport, input))).resolves.toEqual(session);
    await expect(queryClient.ensureQueryData(customerSessionQueryOptions(transport, input))).resolves.toEqual(session);
    expect(requests).toHaveLength(1);

    const { result } = renderTalonHook(() => useCustomerSession(input, { staleTime: Infinity }), { queryClient });
    expect(result.current.data).toEqual(session);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(requests).toHaveLength(1);
  });

  it('prefetchQuery with a client built apart from the provider', async () => {
    server.use(
      http.get(url('/v1/coupon_reservations/customerprofiles/SUMMER-50'), () =>
        HttpResponse.json(reservedCustomers(['shopper-1'])),
      ),
    );
    await queryClient.prefetchQuery(reservedCustomersQueryOptions(transport, { couponValue: 'SUMMER-50' }));
    expect(queryClient.getQueryData(talonKeys.reservedCustomers({ couponValue: 'SUMMER-50' }))).toEqual(
      reservedCustomers(['shopper-1']),
    );
  });

  it('fetchInfiniteQuery reads the first page with skip=0 under the key plus "infinite"', async () => {
    const input = { integrationId: 'shopper-1', pageSize: 2 };
    server.use(
      http.get(url('/v1/customer_profiles/shopper-1/achievements'), () =>
        HttpResponse.json(achievementsPage([1, 2], 5)),
      ),
    );
    const options = customerAchievementsInfiniteQueryOptions(transport, input);
    expect(options.queryKey).toEqual([...talonKeys.customerAchievements(input), 'infinite']);
    const data = await queryClient.fetchInfiniteQuery(options);
    expect(data).toEqual({ pages: [achievementsPage([1, 2], 5)], pageParams: [0] });
    expect(requests.map((r) => r.query)).toEqual([
      [
        ['pageSize', '2'],
        ['skip', '0'],
      ],
    ]);
  });

  it('with skipToken the options cannot fetch', async () => {
    const options = loyaltyBalancesQueryOptions(transport, skipToken);
    expect(options.queryFn).toBe(skipToken);
    expect(options.queryKey).toEqual(['talon', 'getLoyaltyBalances', 'skipped']);
  });
});

describe('cancellation', () => {
  it('unmounting aborts the request in flight', async () => {
    const release = deferred();
    const arrived = deferred<AbortSignal>();
    server.use(
      http.get(url('/v1/loyalty_programs/7/profile/shopper-1/balances'), async ({ request }) => {
        arrived.resolve(request.signal);
        await release.promise;
        return HttpResponse.json(loyaltyBalances);
      }),
    );
    const { result, unmount, queryClient } = renderTalonHook(() =>
      useLoyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-1' }),
    );
    const signal = await arrived.promise;
    expect(signal.aborted).toBe(false);
    expect(result.current.fetchStatus).toBe('fetching');
    const onAbort = vi.fn();
    signal.addEventListener('abort', onAbort);

    act(() => unmount());
    await waitFor(() => expect(signal.aborted).toBe(true));
    expect(onAbort).toHaveBeenCalledTimes(1);
    release.resolve();

    // The cancelled query went back to where it was: no data, no error, not fetching.
    const key = talonKeys.loyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-1' });
    await waitFor(() => expect(queryClient.getQueryState(key)?.fetchStatus).toBe('idle'));
    expect(queryClient.getQueryState(key)).toMatchObject({ status: 'pending', data: undefined, error: null });
  });
});
