import type { QueryClient, QueryKey, UseMutationResult } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useCouponReservation } from '../../src/react/hooks/useCouponReservation.js';
import { useCreateAudience } from '../../src/react/hooks/useCreateAudience.js';
import { useCreateCouponReservation } from '../../src/react/hooks/useCreateCouponReservation.js';
import { useCreateReferral } from '../../src/react/hooks/useCreateReferral.js';
import { useCreateReferralsForMultipleAdvocates } from '../../src/react/hooks/useCreateReferralsForMultipleAdvocates.js';
import { useDeleteAudience } from '../../src/react/hooks/useDeleteAudience.js';
import { useDeleteAudienceMemberships } from '../../src/react/hooks/useDeleteAudienceMemberships.js';
import { useDeleteCouponReservation } from '../../src/react/hooks/useDeleteCouponReservation.js';
import { useDeleteCustomerData } from '../../src/react/hooks/useDeleteCustomerData.js';
import { useGenerateLoyaltyCard } from '../../src/react/hooks/useGenerateLoyaltyCard.js';
import { useLinkLoyaltyCardToProfile } from '../../src/react/hooks/useLinkLoyaltyCardToProfile.js';
import { useReopenCustomerSession } from '../../src/react/hooks/useReopenCustomerSession.js';
import { useReservedCustomers } from '../../src/react/hooks/useReservedCustomers.js';
import { useReturnCartItems } from '../../src/react/hooks/useReturnCartItems.js';
import { useSyncCatalog } from '../../src/react/hooks/useSyncCatalog.js';
import { useTrackEvent } from '../../src/react/hooks/useTrackEvent.js';
import { useUpdateAudience } from '../../src/react/hooks/useUpdateAudience.js';
import { useUpdateAudienceCustomersAttributes } from '../../src/react/hooks/useUpdateAudienceCustomersAttributes.js';
import { useUpdateCustomerProfile } from '../../src/react/hooks/useUpdateCustomerProfile.js';
import { useUpdateCustomerProfileAudiences } from '../../src/react/hooks/useUpdateCustomerProfileAudiences.js';
import { useUpdateCustomerProfiles } from '../../src/react/hooks/useUpdateCustomerProfiles.js';
import { useUpdateCustomerSession } from '../../src/react/hooks/useUpdateCustomerSession.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import { reopenSessionResponse, sessionResponse, sessionState } from '../fixtures/integrationState.js';
import { loyaltyBalances, loyaltyCard, loyaltyCardBalances, loyaltyProfilePointsPage } from '../fixtures/loyalty.js';
import { audience, catalog, coupon, createdReferralsPage, referral } from '../fixtures/management.js';
import {
  achievementsPage,
  customerInventory,
  customerProfileResponse,
  multipleProfilesResponse,
  reservedCustomers,
  trackEventResponse,
} from '../fixtures/profiles.js';
import { requests, server, url, startServer } from '../msw.js';
import { createQueryClient, isInvalidated, renderTalonHook, seed, snapshot } from './msw.js';

startServer();

// The cache a shop has after a while: two shoppers' reads, their sessions, a card and two coupons' reservations.
const keys = {
  inventory1: talonKeys.customerInventory({ integrationId: 'shopper-1' }),
  inventory1Full: talonKeys.customerInventory({ integrationId: 'shopper-1', profile: true, loyalty: true }),
  achievements1: talonKeys.customerAchievements({ integrationId: 'shopper-1' }),
  achievements1Infinite: [...talonKeys.customerAchievements({ integrationId: 'shopper-1', pageSize: 2 }), 'infinite'],
  balances1: talonKeys.loyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-1' }),
  points1: talonKeys.loyaltyProfilePoints({ loyaltyProgramId: 7, integrationId: 'shopper-1' }),
  session1: talonKeys.customerSession({ customerSessionId: 'session-1' }),
  inventory2: talonKeys.customerInventory({ integrationId: 'shopper-2' }),
  achievements2: talonKeys.customerAchievements({ integrationId: 'shopper-2' }),
  balances2: talonKeys.loyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-2' }),
  session2: talonKeys.customerSession({ customerSessionId: 'session-2' }),
  card1: talonKeys.loyaltyCardBalances({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-1' }),
  card1Transactions: talonKeys.loyaltyCardTransactions({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-1' }),
  card2: talonKeys.loyaltyCardBalances({ loyaltyProgramId: 7, loyaltyCardId: 'CARD-2' }),
  reserved1: talonKeys.reservedCustomers({ couponValue: 'SUMMER-50' }),
  reserved2: talonKeys.reservedCustomers({ couponValue: 'WINTER-10' }),
} satisfies Record<string, QueryKey>;

type KeyName = keyof typeof keys;
const keyNames = Object.keys(keys) as KeyName[];

function seedAll(queryClient: QueryClient) {
  seed(queryClient, [
    [keys.inventory1, customerInventory],
    [keys.inventory1Full, customerInventory],
    [keys.achievements1, achievementsPage([1])],
    [keys.achievements1Infinite, { pages: [achievementsPage([1])], pageParams: [0] }],
    [keys.balances1, loyaltyBalances],
    [keys.points1, loyaltyProfilePointsPage],
    [keys.session1, sessionResponse('session-1', 'shopper-1')],
    [keys.inventory2, customerInventory],
    [keys.achievements2, achievementsPage([2])],
    [keys.balances2, loyaltyBalances],
    [keys.session2, sessionResponse('session-2', 'shopper-2')],
    [keys.card1, loyaltyCardBalances],
    [keys.card1Transactions, { hasMore: false, data: [] }],
    [keys.card2, loyaltyCardBalances],
    [keys.reserved1, reservedCustomers(['shopper-1'])],
    [keys.reserved2, reservedCustomers(['shopper-2'])],
  ]);
}

/** The names of the seeded keys that are now marked stale, in the order of `keys`. */
const invalidated = (queryClient: QueryClient) => keyNames.filter((name) => isInvalidated(queryClient, keys[name]));

const profile1Reads: KeyName[] = [
  'inventory1',
  'inventory1Full',
  'achievements1',
  'achievements1Infinite',
  'balances1',
  'points1',
];
const profile2Reads: KeyName[] = ['inventory2', 'achievements2', 'balances2'];

/** Renders a write hook over a seeded cache. */
function renderWrite<T>(useHook: () => T) {
  const queryClient = createQueryClient();
  seedAll(queryClient);
  return renderTalonHook(useHook, { queryClient });
}

type AnyMutation = UseMutationResult<unknown, unknown, never, unknown>;

async function run(result: { current: unknown }, input: unknown) {
  let data: unknown;
  await act(async () => {
    data = await (result.current as AnyMutation).mutateAsync(input as never);
  });
  return data;
}

const bodies: unknown[] = [];
beforeEach(() => {
  bodies.length = 0;
});

/** Answers `method path` with `response` (or 204), recording the request body. */
function answer(method: 'get' | 'put' | 'post' | 'delete', path: string, response?: unknown) {
  server.use(
    http[method](url(path), async ({ request }) => {
      const text = await request.text();
      bodies.push(text ? JSON.parse(text) : undefined);
      return response === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(response);
    }),
  );
}

describe('useUpdateCustomerSession', () => {
  const input = {
    customerSessionId: 'session-1',
    body: { customerSession: { profileId: 'shopper-1', cartItems: [{ sku: 'SW-1', quantity: 1, price: 10 }] } },
  };

  it("writes the returned session into its query and invalidates that profile's reads, not another's", async () => {
    const state = sessionState('session-1', 'shopper-1', ['SW-1']);
    answer('put', '/v2/customer_sessions/session-1', state);
    const { result, queryClient } = renderWrite(() => useUpdateCustomerSession());
    const data = await run(result, input);

    expect(data).toEqual(state);
    expect(bodies).toEqual([input.body]);
    expect(queryClient.getQueryData(talonKeys.customerSession({ customerSessionId: 'session-1' }))).toEqual({
      customerSession: state.customerSession,
      effects: state.effects,
    });
    // The session was written, not marked stale; only shopper-1's inventory, achievements and loyalty were.
    expect(invalidated(queryClient)).toEqual(profile1Reads);
    expect(queryClient.getQueryData(keys.session2)).toEqual(sessionResponse('session-2', 'shopper-2'));
  });

  it('with dry: true changes nothing in the cache', async () => {
    answer('put', '/v2/customer_sessions/session-1', sessionState('session-1', 'shopper-1', ['SW-1']));
    const { result, queryClient } = renderWrite(() => useUpdateCustomerSession());
    const before = snapshot(queryClient);
    await run(result, { ...input, dry: true });
    expect(requests.map((r) => r.query)).toEqual([[['dry', 'true']]]);
    expect(snapshot(queryClient)).toEqual(before);
    expect(invalidated(queryClient)).toEqual([]);
  });

  it('invalidates the session when the answer leaves it out, and uses the request profile', async () => {
    answer('put', '/v2/customer_sessions/session-2', { effects: [], createdCoupons: [], createdReferrals: [] });
    const { result, queryClient } = renderWrite(() => useUpdateCustomerSession());
    await run(result, { customerSessionId: 'session-2', body: { customerSession: { profileId: 'shopper-2' } } });
    expect(invalidated(queryClient)).toEqual([...profile2Reads, 'session2']);
    expect(queryClient.getQueryData(keys.session2)).toEqual(sessionResponse('session-2', 'shopper-2'));
  });

  it("still runs the caller's onSuccess, after the cache is updated", async () => {
    const state = sessionState('session-1', 'shopper-1', ['SW-1']);
    answer('put', '/v2/customer_sessions/session-1', state);
    let cachedAtOnSuccess: unknown;
    const onSuccess = vi.fn(() => {
      cachedAtOnSuccess = queryClient.getQueryData(keys.session1);
    });
    const { result, queryClient } = renderWrite(() => useUpdateCustomerSession({ onSuccess }));
    await run(result, input);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess.mock.calls[0]?.slice(0, 2)).toEqual([state, input]);
    expect(cachedAtOnSuccess).toEqual({ customerSession: state.customerSession, effects: state.effects });
  });

  it('a failed write changes nothing and reports the error', async () => {
    server.use(
      http.put(url('/v2/customer_sessions/session-1'), () => HttpResponse.json({ message: 'bad' }, { status: 400 })),
    );
    const onSuccess = vi.fn();
    const { result, queryClient } = renderWrite(() => useUpdateCustomerSession({ onSuccess }));
    const before = snapshot(queryClient);
    await act(async () => {
      await expect(result.current.mutateAsync(input)).rejects.toMatchObject({ status: 400 });
    });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(snapshot(queryClient)).toEqual(before);
  });
});

describe('useReturnCartItems', () => {
  const input = {
    customerSessionId: 'session-1',
    body: { return: { returnedCartItems: [{ position: 0, quantity: 1 }] } },
  };

  it("writes the returned session and invalidates that profile's reads", async () => {
    const state = sessionState('session-1', 'shopper-1', ['SW-1']);
    answer('post', '/v2/customer_sessions/session-1/returns', state);
    const { result, queryClient } = renderWrite(() => useReturnCartItems());
    await run(result, input);
    expect(bodies).toEqual([input.body]);
    expect(queryClient.getQueryData(keys.session1)).toEqual({ customerSession: state.customerSession, effects: [] });
    expect(invalidated(queryClient)).toEqual(profile1Reads);
  });

  it('with dry: true changes nothing in the cache', async () => {
    answer('post', '/v2/customer_sessions/session-1/returns', sessionState('session-1', 'shopper-1', ['SW-1']));
    const { result, queryClient } = renderWrite(() => useReturnCartItems());
    const before = snapshot(queryClient);
    await run(result, { ...input, dry: true });
    expect(requests.map((r) => r.query)).toEqual([[['dry', 'true']]]);
    expect(snapshot(queryClient)).toEqual(before);
  });
});

describe('useReopenCustomerSession', () => {
  it("invalidates the session and its cached shopper's reads", async () => {
    answer('put', '/v2/customer_sessions/session-1/reopen', reopenSessionResponse);
    const { result, queryClient } = renderWrite(() => useReopenCustomerSession());
    await expect(run(result, { customerSessionId: 'session-1' })).resolves.toEqual(reopenSessionResponse);
    expect(invalidated(queryClient)).toEqual([...profile1Reads, 'session1']);
  });

  it('invalidates only the session when it is not cached', async () => {
    answer('put', '/v2/customer_sessions/session-9/reopen', reopenSessionResponse);
    const queryClient = createQueryClient();
    seed(queryClient, [[keys.inventory1, customerInventory]]);
    const { result } = renderTalonHook(() => useReopenCustomerSession(), { queryClient });
    await run(result, { customerSessionId: 'session-9' });
    expect(isInvalidated(queryClient, keys.inventory1)).toBe(false);
  });
});

describe('useDeleteCustomerData', () => {
  it("removes every read of that profile, its sessions included, and keeps another profile's", async () => {
    answer('delete', '/v1/customer_data/shopper-1');
    const { result, queryClient } = renderWrite(() => useDeleteCustomerData());
    await run(result, { integrationId: 'shopper-1' });
    const left = keyNames.filter((name) => queryClient.getQueryState(keys[name]) !== undefined);
    expect(left).toEqual(keyNames.filter((name) => ![...profile1Reads, 'session1'].includes(name)));
    expect(left.filter((name) => isInvalidated(queryClient, keys[name]))).toEqual([]);
    expect(queryClient.getQueryData(keys.session2)).toEqual(sessionResponse('session-2', 'shopper-2'));
  });
});

describe('coupon reservations', () => {
  const input = { couponValue: 'SUMMER-50', body: { integrationIDs: ['shopper-2'] } };

  it("useCreateCouponReservation invalidates the coupon's reserved customers and those profiles' reads", async () => {
    answer('post', '/v1/coupon_reservations/SUMMER-50', coupon);
    const { result, queryClient } = renderWrite(() => useCreateCouponReservation());
    await expect(run(result, input)).resolves.toEqual(coupon);
    expect(bodies).toEqual([{ integrationIDs: ['shopper-2'] }]);
    expect(invalidated(queryClient)).toEqual([...profile2Reads, 'reserved1']);
  });

  it('useDeleteCouponReservation does the same', async () => {
    answer('delete', '/v1/coupon_reservations/SUMMER-50');
    const { result, queryClient } = renderWrite(() => useDeleteCouponReservation());
    await expect(run(result, input)).resolves.toBeUndefined();
    expect(bodies).toEqual([{ integrationIDs: ['shopper-2'] }]);
    expect(invalidated(queryClient)).toEqual([...profile2Reads, 'reserved1']);
  });

  it('useCouponReservation: reserve and release send the right requests and refresh the list', async () => {
    let reserved: string[] = [];
    const sent: { method: string; body: unknown }[] = [];
    server.use(
      http.get(url('/v1/coupon_reservations/customerprofiles/SUMMER-50'), () =>
        HttpResponse.json(reservedCustomers(reserved)),
      ),
      http.post(url('/v1/coupon_reservations/SUMMER-50'), async ({ request }) => {
        const body = (await request.json()) as { integrationIDs: string[] };
        sent.push({ method: 'POST', body });
        reserved = [...reserved, ...body.integrationIDs];
        return HttpResponse.json(coupon);
      }),
      http.delete(url('/v1/coupon_reservations/SUMMER-50'), async ({ request }) => {
        const body = (await request.json()) as { integrationIDs: string[] };
        sent.push({ method: 'DELETE', body });
        reserved = reserved.filter((id) => !body.integrationIDs.includes(id));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { result } = renderTalonHook(() => useCouponReservation('SUMMER-50'));
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    expect(result.current.query.data).toEqual(reservedCustomers([]));

    let reservedCoupon: unknown;
    await act(async () => {
      reservedCoupon = await result.current.reserve(['shopper-1', 'shopper-2']);
    });
    expect(reservedCoupon).toEqual(coupon);
    await waitFor(() => expect(result.current.query.data).toEqual(reservedCustomers(['shopper-1', 'shopper-2'])));

    await act(async () => {
      await expect(result.current.release(['shopper-1'])).resolves.toBeUndefined();
    });
    await waitFor(() => expect(result.current.query.data).toEqual(reservedCustomers(['shopper-2'])));
    await waitFor(() => expect(result.current.isUpdating).toBe(false));
    expect(result.current.updateError).toBeNull();

    expect(sent).toEqual([
      { method: 'POST', body: { integrationIDs: ['shopper-1', 'shopper-2'] } },
      { method: 'DELETE', body: { integrationIDs: ['shopper-1'] } },
    ]);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/coupon_reservations/customerprofiles/SUMMER-50',
      'POST /v1/coupon_reservations/SUMMER-50',
      'GET /v1/coupon_reservations/customerprofiles/SUMMER-50',
      'DELETE /v1/coupon_reservations/SUMMER-50',
      'GET /v1/coupon_reservations/customerprofiles/SUMMER-50',
    ]);
  });

  it("useCouponReservation leaves TanStack Query's result untouched: the actions are beside it", async () => {
    server.use(
      http.get(url('/v1/coupon_reservations/customerprofiles/SUMMER-50'), () =>
        HttpResponse.json(reservedCustomers(['shopper-1'])),
      ),
    );
    const { result } = renderTalonHook(() => ({
      reservation: useCouponReservation('SUMMER-50'),
      plain: useReservedCustomers({ couponValue: 'SUMMER-50' }),
    }));
    await waitFor(() => expect(result.current.reservation.query.isSuccess).toBe(true));
    const { query } = result.current.reservation;
    expect(Object.keys(query).sort()).toEqual(Object.keys(result.current.plain).sort());
    expect(query).not.toHaveProperty('reserve');
    expect(query.data).toEqual(reservedCustomers(['shopper-1']));
    expect(Object.keys(result.current.reservation).sort()).toEqual([
      'isUpdating',
      'query',
      'release',
      'reserve',
      'updateError',
    ]);
  });

  it('useCouponReservation reports a failed reserve in updateError', async () => {
    server.use(
      http.get(url('/v1/coupon_reservations/customerprofiles/SUMMER-50'), () =>
        HttpResponse.json(reservedCustomers([])),
      ),
      http.post(url('/v1/coupon_reservations/SUMMER-50'), () =>
        HttpResponse.json({ message: 'limit reached' }, { status: 400 }),
      ),
    );
    const { result } = renderTalonHook(() => useCouponReservation('SUMMER-50'));
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    await act(async () => {
      await expect(result.current.reserve(['shopper-1'])).rejects.toMatchObject({ status: 400 });
    });
    await waitFor(() =>
      expect(result.current.updateError).toMatchObject({ status: 400, operation: 'createCouponReservation' }),
    );
  });
});

describe('writes that mark profiles stale', () => {
  it("useCreateReferral invalidates the advocate's reads", async () => {
    answer('post', '/v1/referrals', referral);
    const { result, queryClient } = renderWrite(() => useCreateReferral());
    await run(result, { body: { campaignId: 102, advocateProfileIntegrationId: 'shopper-1' } });
    expect(invalidated(queryClient)).toEqual(profile1Reads);
  });

  it("useCreateReferralsForMultipleAdvocates invalidates every advocate's reads", async () => {
    answer('post', '/v1/referrals_for_multiple_advocates', createdReferralsPage);
    const { result, queryClient } = renderWrite(() => useCreateReferralsForMultipleAdvocates());
    await run(result, {
      body: { campaignId: 102, usageLimit: 1, advocateProfileIntegrationIds: ['shopper-1', 'shopper-2'] },
    });
    expect(invalidated(queryClient)).toEqual([...profile1Reads, ...profile2Reads]);
  });

  it("useLinkLoyaltyCardToProfile invalidates the card's reads and the profile's, not another card's", async () => {
    answer('post', '/v2/loyalty_programs/7/cards/CARD-1/link_profile', loyaltyCard);
    const { result, queryClient } = renderWrite(() => useLinkLoyaltyCardToProfile());
    await run(result, { loyaltyProgramId: 7, loyaltyCardId: 'CARD-1', body: { integrationId: 'shopper-2' } });
    expect(bodies).toEqual([{ integrationId: 'shopper-2' }]);
    expect(invalidated(queryClient)).toEqual([...profile2Reads, 'card1', 'card1Transactions']);
  });

  it('useGenerateLoyaltyCard invalidates the profiles the card is linked to', async () => {
    answer('post', '/v1/loyalty_programs/7/cards', loyaltyCard);
    const { result, queryClient } = renderWrite(() => useGenerateLoyaltyCard());
    await run(result, { loyaltyProgramId: 7, body: { customerProfileIds: ['shopper-2'] } });
    expect(invalidated(queryClient)).toEqual(profile2Reads);
  });

  it("useTrackEvent invalidates the event profile's reads; dry: true nothing", async () => {
    answer('post', '/v2/events', trackEventResponse);
    const { result, queryClient } = renderWrite(() => useTrackEvent());
    const before = snapshot(queryClient);
    await run(result, { dry: true, body: { type: 'viewed_product', profileId: 'shopper-2' } });
    expect(snapshot(queryClient)).toEqual(before);
    await run(result, { body: { type: 'viewed_product', profileId: 'shopper-2' } });
    expect(invalidated(queryClient)).toEqual(profile2Reads);
    expect(bodies).toEqual([
      { type: 'viewed_product', profileId: 'shopper-2' },
      { type: 'viewed_product', profileId: 'shopper-2' },
    ]);
  });

  it('useTrackEvent without a profile invalidates nothing', async () => {
    answer('post', '/v2/events', trackEventResponse);
    const { result, queryClient } = renderWrite(() => useTrackEvent());
    await run(result, { body: { type: 'anonymous_visit' } });
    expect(invalidated(queryClient)).toEqual([]);
  });

  it("useUpdateCustomerProfile invalidates that profile's reads; dry: true nothing", async () => {
    answer('put', '/v2/customer_profiles/shopper-1', customerProfileResponse);
    const { result, queryClient } = renderWrite(() => useUpdateCustomerProfile());
    const before = snapshot(queryClient);
    await run(result, { integrationId: 'shopper-1', dry: true, body: { attributes: { Name: 'Ada' } } });
    expect(snapshot(queryClient)).toEqual(before);
    await expect(run(result, { integrationId: 'shopper-1', body: { attributes: { Name: 'Ada' } } })).resolves.toEqual(
      customerProfileResponse,
    );
    expect(invalidated(queryClient)).toEqual(profile1Reads);
  });

  it("useUpdateCustomerProfiles invalidates each profile's reads", async () => {
    answer('put', '/v2/customer_profiles', multipleProfilesResponse);
    const { result, queryClient } = renderWrite(() => useUpdateCustomerProfiles());
    await run(result, { body: { customerProfiles: [{ integrationId: 'shopper-2', attributes: {} }] } });
    expect(invalidated(queryClient)).toEqual(profile2Reads);
  });

  it("useUpdateCustomerProfileAudiences invalidates each listed profile's reads", async () => {
    answer('post', '/v2/customer_audiences');
    const { result, queryClient } = renderWrite(() => useUpdateCustomerProfileAudiences());
    await run(result, { body: { data: [{ action: 'add', profileIntegrationId: 'shopper-1', audienceId: 42 }] } });
    expect(invalidated(queryClient)).toEqual(profile1Reads);
  });
});

describe('audience writes', () => {
  // Every profile's inventory and achievements (under customer_profiles) and every reservation list go stale;
  // cards and sessions do not.
  const everyProfile: KeyName[] = [
    'inventory1',
    'inventory1Full',
    'achievements1',
    'achievements1Infinite',
    'inventory2',
    'achievements2',
    'reserved1',
    'reserved2',
  ];

  it.each([
    {
      name: 'useUpdateAudience',
      use: useUpdateAudience,
      method: 'put',
      path: '/v2/audiences/42',
      input: { audienceId: 42, body: { name: 'VIPs' } },
      response: audience,
    },
    {
      name: 'useDeleteAudience',
      use: useDeleteAudience,
      method: 'delete',
      path: '/v2/audiences/42',
      input: { audienceId: 42 },
      response: undefined,
    },
    {
      name: 'useDeleteAudienceMemberships',
      use: useDeleteAudienceMemberships,
      method: 'delete',
      path: '/v2/audiences/42/memberships',
      input: { audienceId: 42 },
      response: undefined,
    },
    {
      name: 'useUpdateAudienceCustomersAttributes',
      use: useUpdateAudienceCustomersAttributes,
      method: 'put',
      path: '/v2/audience_customers/42/attributes',
      input: { audienceId: 42, body: { tier: 'gold' } },
      response: undefined,
    },
  ] as const)('$name invalidates every cached profile', async ({ use, method, path, input, response }) => {
    answer(method, path, response);
    const { result, queryClient } = renderWrite(() => (use as () => unknown)());
    await run(result, input);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`${method.toUpperCase()} ${path}`]);
    expect(invalidated(queryClient)).toEqual(everyProfile);
    expect(isInvalidated(queryClient, keys.card1)).toBe(false);
    expect(isInvalidated(queryClient, keys.session1)).toBe(false);
  });
});

describe('writes that change no cached read', () => {
  it('useCreateAudience and useSyncCatalog leave the cache as it was', async () => {
    answer('post', '/v2/audiences', audience);
    answer('put', '/v1/catalogs/1/sync', catalog);
    const { result, queryClient } = renderWrite(() => ({ audience: useCreateAudience(), sync: useSyncCatalog() }));
    const before = snapshot(queryClient);
    let created: unknown;
    let synced: unknown;
    await act(async () => {
      created = await result.current.audience.mutateAsync({ body: { name: 'VIP customers' } });
      synced = await result.current.sync.mutateAsync({
        catalogId: 1,
        body: { actions: [{ type: 'ADD', payload: { sku: 'SW-1', price: 10 } }] },
      });
    });
    expect(created).toEqual(audience);
    expect(synced).toEqual(catalog);
    expect(snapshot(queryClient)).toEqual(before);
  });
});
