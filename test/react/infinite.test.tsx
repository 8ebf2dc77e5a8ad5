import { skipToken } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { useCustomerAchievementHistoryInfinite } from '../../src/react/hooks/useCustomerAchievementHistoryInfinite.js';
import { useCustomerAchievementsInfinite } from '../../src/react/hooks/useCustomerAchievementsInfinite.js';
import { useLoyaltyCardPointsInfinite } from '../../src/react/hooks/useLoyaltyCardPointsInfinite.js';
import { useLoyaltyCardTransactionsInfinite } from '../../src/react/hooks/useLoyaltyCardTransactionsInfinite.js';
import { useLoyaltyProfilePointsInfinite } from '../../src/react/hooks/useLoyaltyProfilePointsInfinite.js';
import { useLoyaltyProfileTransactionsInfinite } from '../../src/react/hooks/useLoyaltyProfileTransactionsInfinite.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import {
  cardTransactionsPage,
  loyaltyCardPointsPage,
  loyaltyProfilePointsPage,
  loyaltyProfileTransactionsPage,
} from '../fixtures/loyalty.js';
import { achievementHistoryPage, achievementsPage } from '../fixtures/profiles.js';
import { requests, server, url, startServer } from '../msw.js';
import { renderTalonHook } from './msw.js';

startServer();

const cardPath = '/v1/loyalty_programs/7/cards/CARD-1/transactions';
const achievementsPath = '/v1/customer_profiles/shopper-1/achievements';

/** The `skip` and `pageSize` of every request, in order. */
const paging = () =>
  requests.map(({ query }) => {
    const params = Object.fromEntries(query);
    return { skip: params.skip, pageSize: params.pageSize };
  });

/** Serves pages from a script: the answer to the n-th request is `pages[n]`. */
function servePages(path: string, pages: JsonBodyType[]) {
  let n = 0;
  server.use(http.get(url(path), () => HttpResponse.json(pages[n++])));
}

/** Fetches the next page and waits until the hook renders it. */
async function nextPage(result: {
  current: { fetchNextPage: () => Promise<unknown>; data?: { pages: unknown[] }; isFetching: boolean };
}) {
  const before = result.current.data?.pages.length;
  await act(async () => {
    await result.current.fetchNextPage();
  });
  await waitFor(() => {
    expect(result.current.isFetching).toBe(false);
    expect(result.current.data?.pages.length).not.toBe(before);
  });
}

describe('hasMore paging (useLoyaltyCardTransactionsInfinite)', () => {
  const input = { loyaltyProgramId: 7, loyaltyCardId: 'CARD-1', pageSize: 3 };

  it('asks for skip = rows received so far, passes pageSize through, and stops on hasMore: false', async () => {
    // The server sends fewer rows than asked on the second page: skip must count rows, not pageSize.
    servePages(cardPath, [
      cardTransactionsPage([1, 2, 3], true),
      cardTransactionsPage([4, 5], true),
      cardTransactionsPage([6], false),
    ]);
    const { result, queryClient } = renderTalonHook(() => useLoyaltyCardTransactionsInfinite(input));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(true);

    await nextPage(result);
    expect(result.current.hasNextPage).toBe(true);
    await nextPage(result);
    expect(result.current.hasNextPage).toBe(false);

    expect(paging()).toEqual([
      { skip: '0', pageSize: '3' },
      { skip: '3', pageSize: '3' },
      { skip: '5', pageSize: '3' },
    ]);
    expect(requests.every((r) => r.path === cardPath)).toBe(true);
    expect(result.current.data?.pages.flatMap((page) => page.data.map((row) => row.id))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.current.data?.pageParams).toEqual([0, 3, 5]);

    const key = [...talonKeys.loyaltyCardTransactions(input), 'infinite'];
    expect(key).toEqual([
      'talon',
      'loyalty_programs',
      7,
      'cards',
      'CARD-1',
      'transactions',
      { pageSize: 3 },
      'infinite',
    ]);
    expect(queryClient.getQueryData(key)).toEqual(result.current.data);

    // Past the last page, fetchNextPage sends nothing.
    await act(async () => {
      await result.current.fetchNextPage();
    });
    expect(requests).toHaveLength(3);
  });

  it('stops on an empty page even when it says hasMore', async () => {
    servePages(cardPath, [cardTransactionsPage([1, 2, 3], true), cardTransactionsPage([], true)]);
    const { result } = renderTalonHook(() => useLoyaltyCardTransactionsInfinite(input));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await nextPage(result);
    expect(result.current.hasNextPage).toBe(false);
    expect(paging()).toEqual([
      { skip: '0', pageSize: '3' },
      { skip: '3', pageSize: '3' },
    ]);
  });

  it('a single page with hasMore: false has no next page', async () => {
    servePages(cardPath, [cardTransactionsPage([1], false)]);
    const { result } = renderTalonHook(() =>
      useLoyaltyCardTransactionsInfinite({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-1' }),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(false);
    // No pageSize given: none is sent.
    expect(paging()).toEqual([{ skip: '0', pageSize: undefined }]);
  });
});

describe('totalResultSize paging (useCustomerAchievementsInfinite)', () => {
  const input = { integrationId: 'shopper-1', pageSize: 2 };

  it('asks for skip = rows received so far and stops when totalResultSize is reached', async () => {
    servePages(achievementsPath, [achievementsPage([1, 2], 5), achievementsPage([3], 5), achievementsPage([4, 5], 5)]);
    const { result } = renderTalonHook(() => useCustomerAchievementsInfinite(input));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(true);
    await nextPage(result);
    expect(result.current.hasNextPage).toBe(true);
    await nextPage(result);
    expect(result.current.hasNextPage).toBe(false);

    expect(paging()).toEqual([
      { skip: '0', pageSize: '2' },
      { skip: '2', pageSize: '2' },
      { skip: '3', pageSize: '2' },
    ]);
    expect(result.current.data?.pages.flatMap((page) => page.data.map((row) => row.id))).toEqual([1, 2, 3, 4, 5]);
  });

  it('has no next page when the first page holds them all', async () => {
    servePages(achievementsPath, [achievementsPage([1, 2], 2)]);
    const { result } = renderTalonHook(() => useCustomerAchievementsInfinite(input));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(false);
  });

  it('stops on an empty page before totalResultSize is reached', async () => {
    servePages(achievementsPath, [achievementsPage([1, 2], 10), achievementsPage([], 10)]);
    const { result } = renderTalonHook(() => useCustomerAchievementsInfinite(input));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await nextPage(result);
    expect(result.current.hasNextPage).toBe(false);
    expect(requests).toHaveLength(2);
  });

  it('with skipToken sends nothing', async () => {
    const { result } = renderTalonHook(() => useCustomerAchievementsInfinite(skipToken));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(result.current.fetchStatus).toBe('idle');
    expect(requests).toHaveLength(0);
  });
});

/** What the table below reads of an infinite hook's result. */
type Paged = () => { isSuccess: boolean; hasNextPage: boolean };

describe('the other paginated hooks', () => {
  it.each<{ name: string; path: string; page: JsonBodyType; use: Paged; key: unknown[] }>([
    {
      name: 'useLoyaltyCardPointsInfinite',
      path: '/v1/loyalty_programs/7/cards/CARD-1/points',
      page: loyaltyCardPointsPage,
      use: () => useLoyaltyCardPointsInfinite({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-1', pageSize: 1 }),
      key: [...talonKeys.loyaltyCardPoints({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-1', pageSize: 1 }), 'infinite'],
    },
    {
      name: 'useLoyaltyProfilePointsInfinite',
      path: '/v1/loyalty_programs/7/profile/shopper-1/points',
      page: loyaltyProfilePointsPage,
      use: () => useLoyaltyProfilePointsInfinite({ loyaltyProgramId: 7, integrationId: 'shopper-1', pageSize: 1 }),
      key: [
        ...talonKeys.loyaltyProfilePoints({ loyaltyProgramId: 7, integrationId: 'shopper-1', pageSize: 1 }),
        'infinite',
      ],
    },
    {
      name: 'useLoyaltyProfileTransactionsInfinite',
      path: '/v1/loyalty_programs/7/profile/shopper-1/transactions',
      page: loyaltyProfileTransactionsPage,
      use: () =>
        useLoyaltyProfileTransactionsInfinite({ loyaltyProgramId: 7, integrationId: 'shopper-1', pageSize: 1 }),
      key: [
        ...talonKeys.loyaltyProfileTransactions({ loyaltyProgramId: 7, integrationId: 'shopper-1', pageSize: 1 }),
        'infinite',
      ],
    },
    {
      name: 'useCustomerAchievementHistoryInfinite',
      path: '/v1/customer_profiles/shopper-1/achievements/3',
      page: achievementHistoryPage,
      use: () => useCustomerAchievementHistoryInfinite({ integrationId: 'shopper-1', achievementId: 3, pageSize: 1 }),
      key: [
        ...talonKeys.customerAchievementHistory({ integrationId: 'shopper-1', achievementId: 3, pageSize: 1 }),
        'infinite',
      ],
    },
  ])('$name pages with skip and caches under the key plus "infinite"', async ({ path, page, use, key }) => {
    // The last page of every fixture ends the list (hasMore: false, or totalResultSize reached).
    servePages(path, [page]);
    const { result, queryClient } = renderTalonHook(use);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(false);
    expect(requests.map((r) => ({ path: r.path, query: r.query }))).toEqual([
      {
        path,
        query: [
          ['pageSize', '1'],
          ['skip', '0'],
        ],
      },
    ]);
    expect(queryClient.getQueryData(key)).toEqual({ pages: [page], pageParams: [0] });
  });
});
