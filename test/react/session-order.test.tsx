// Talon.One wants one session's writes one after another: a second update sent before the first answered can be
// evaluated against a stale session, and the first answer, arriving last, would overwrite the newer cart.
import type { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { useReopenCustomerSession } from '../../src/react/hooks/useReopenCustomerSession.js';
import { useUpdateCustomerSession } from '../../src/react/hooks/useUpdateCustomerSession.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import { reopenSessionResponse, sessionState } from '../fixtures/integrationState.js';
import { server, url, startServer } from '../msw.js';
import { renderTalonHook } from './msw.js';

startServer();

const sessionKey = talonKeys.customerSession({ customerSessionId: 'session-1' });

/** Arrival and finish of each request at the server, by the first SKU of its cart. */
let events: string[] = [];
/** The bodies the server received, in order. */
let received: unknown[] = [];

beforeEach(() => {
  events = [];
  received = [];
  server.use(
    http.put(url('/v2/customer_sessions/session-1'), async ({ request }) => {
      const body = (await request.json()) as { customerSession: { cartItems: { sku: string }[] } };
      const skus = body.customerSession.cartItems.map((item) => item.sku);
      const name = skus[0] ?? 'empty';
      received.push(body);
      events.push(`start ${name}`);
      // The first cart takes longer to evaluate than the second.
      await delay(name === 'A' ? 100 : 10);
      events.push(`end ${name}`);
      if (name === 'FAIL') return HttpResponse.json({ message: 'invalid cart' }, { status: 400 });
      return HttpResponse.json(sessionState('session-1', 'shopper-1', skus));
    }),
    http.put(url('/v2/customer_sessions/session-1/reopen'), async () => {
      events.push('start reopen');
      await delay(10);
      events.push('end reopen');
      return HttpResponse.json(reopenSessionResponse);
    }),
  );
});

const update = (sku: string) => ({
  customerSessionId: 'session-1',
  body: { customerSession: { profileId: 'shopper-1', cartItems: [{ sku, quantity: 1, price: 10 }] } },
});

const cachedSkus = (queryClient: QueryClient) =>
  (
    queryClient.getQueryData(sessionKey) as { customerSession: { cartItems: { sku: string }[] } } | undefined
  )?.customerSession.cartItems.map((item) => item.sku);

describe('session writes run one after another', () => {
  it('two hook instances fired in the same tick: the second request arrives only after the first finished', async () => {
    const { result, queryClient } = renderTalonHook(() => ({
      a: useUpdateCustomerSession(),
      b: useUpdateCustomerSession(),
    }));
    act(() => {
      result.current.a.mutate(update('A'));
      result.current.b.mutate(update('B'));
    });
    await waitFor(() => expect(result.current.a.isSuccess && result.current.b.isSuccess).toBe(true));

    expect(events).toEqual(['start A', 'end A', 'start B', 'end B']);
    expect(received).toEqual([update('A').body, update('B').body]);
    // The newer cart is the one left in the cache.
    expect(cachedSkus(queryClient)).toEqual(['B']);
  });

  it('one hook instance called twice in the same tick: both bodies reach the server, in order', async () => {
    const { result, queryClient } = renderTalonHook(() => useUpdateCustomerSession());
    const done: Promise<unknown>[] = [];
    act(() => {
      done.push(result.current.mutateAsync(update('A')), result.current.mutateAsync(update('B')));
    });
    await act(() => Promise.all(done));

    expect(events).toEqual(['start A', 'end A', 'start B', 'end B']);
    expect(received).toEqual([update('A').body, update('B').body]);
    expect(cachedSkus(queryClient)).toEqual(['B']);
  });

  it('the queue is shared by every session write: a reopen waits for the update before it', async () => {
    const { result } = renderTalonHook(() => ({
      update: useUpdateCustomerSession(),
      reopen: useReopenCustomerSession(),
    }));
    const done: Promise<unknown>[] = [];
    act(() => {
      done.push(
        result.current.update.mutateAsync(update('A')),
        result.current.reopen.mutateAsync({ customerSessionId: 'session-1' }),
      );
    });
    await act(() => Promise.all(done));
    expect(events).toEqual(['start A', 'end A', 'start reopen', 'end reopen']);
  });

  it('a failed write does not block the next one', async () => {
    const { result } = renderTalonHook(() => useUpdateCustomerSession());
    let first: Promise<unknown> = Promise.resolve();
    let second: Promise<unknown> = Promise.resolve();
    act(() => {
      first = result.current.mutateAsync(update('FAIL'));
      second = result.current.mutateAsync(update('B'));
    });
    await act(async () => {
      await expect(first).rejects.toMatchObject({ status: 400 });
      await expect(second).resolves.toMatchObject({ customerSession: { integrationId: 'session-1' } });
    });
    expect(events).toEqual(['start FAIL', 'end FAIL', 'start B', 'end B']);
  });

  it('without the shared scope the two writes would overlap, and the older answer would win the cache', async () => {
    const { result, queryClient } = renderTalonHook(() => ({
      a: useUpdateCustomerSession(),
      b: useUpdateCustomerSession({ scope: { id: 'other' } }),
    }));
    act(() => {
      result.current.a.mutate(update('A'));
      result.current.b.mutate(update('B'));
    });
    await waitFor(() => expect(result.current.a.isSuccess && result.current.b.isSuccess).toBe(true));

    // B arrives while A is still being evaluated.
    expect(events.indexOf('start B')).toBeLessThan(events.indexOf('end A'));
    expect(events.at(-1)).toBe('end A');
    expect(received).toHaveLength(2);
    expect(cachedSkus(queryClient)).toEqual(['A']);
  });
});
