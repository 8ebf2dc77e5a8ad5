import { QueryClient, QueryClientProvider, skipToken, useQueryClient } from '@tanstack/react-query';
import { render, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { createTalonClient } from '../../src/client/createTalonClient.js';
import { routes } from '../../src/client/routes.js';
import { useLoyaltyBalances } from '../../src/react/hooks/useLoyaltyBalances.js';
import { useUpdateCustomerSession } from '../../src/react/hooks/useUpdateCustomerSession.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import { TalonProvider } from '../../src/react/TalonProvider.js';
import { useTalonClient } from '../../src/react/useTalonClient.js';
import { useTalonContext } from '../../src/react/useTalonContext.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { BASE_URL, requests, server, url, startServer } from '../msw.js';
import { createQueryClient } from './msw.js';

startServer();

const input = { loyaltyProgramId: 7, integrationId: 'shopper-1' };
const balancesPath = '/v1/loyalty_programs/7/profile/shopper-1/balances';

beforeEach(() => {
  server.use(http.get(url(balancesPath), () => HttpResponse.json(loyaltyBalances)));
});

// React reports errors thrown while rendering on console.error; the tests expect them.
const silenceConsoleError = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);
afterEach(() => vi.restoreAllMocks());

describe('TalonProvider', () => {
  it("uses the app's QueryClient when one is above it: the hook's data lands in that client's cache", async () => {
    const queryClient = createQueryClient();
    const { result } = renderHook(() => ({ query: useLoyaltyBalances(input), queryClient: useQueryClient() }), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <QueryClientProvider client={queryClient}>
          <TalonProvider baseUrl={BASE_URL}>{children}</TalonProvider>
        </QueryClientProvider>
      ),
    });
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    expect(result.current.queryClient).toBe(queryClient);
    expect(queryClient.getQueryData(talonKeys.loyaltyBalances(input))).toEqual(loyaltyBalances);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(1);
  });

  it('creates its own QueryClient when there is none, and keeps it across renders', async () => {
    const { result, rerender } = renderHook(
      () => ({ query: useLoyaltyBalances(input), queryClient: useQueryClient() }),
      {
        wrapper: ({ children }: { children?: ReactNode }) => (
          <TalonProvider baseUrl={BASE_URL}>{children}</TalonProvider>
        ),
      },
    );
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    expect(result.current.query.data).toEqual(loyaltyBalances);
    const own = result.current.queryClient;
    expect(own).toBeInstanceOf(QueryClient);
    expect(own.getQueryData(talonKeys.loyaltyBalances(input))).toEqual(loyaltyBalances);
    rerender();
    expect(result.current.queryClient).toBe(own);
    expect(requests).toHaveLength(1);
  });

  it('uses the queryClient passed to it, over one above it', async () => {
    const above = createQueryClient();
    const passed = createQueryClient();
    const { result } = renderHook(() => ({ query: useLoyaltyBalances(input), queryClient: useQueryClient() }), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <QueryClientProvider client={above}>
          <TalonProvider baseUrl={BASE_URL} queryClient={passed}>
            {children}
          </TalonProvider>
        </QueryClientProvider>
      ),
    });
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    expect(result.current.queryClient).toBe(passed);
    expect(passed.getQueryData(talonKeys.loyaltyBalances(input))).toEqual(loyaltyBalances);
    expect(above.getQueryCache().getAll()).toHaveLength(0);
  });

  it('keeps the reads of its own QueryClient fresh for a minute, then fetches them again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = Date.now();
      // Hooks mounted one after another, as components of a page that appear later.
      const { result, rerender } = renderHook(
        ({ mounted }: { mounted: number }) => [0, 1, 2].map((i) => useLoyaltyBalances(i < mounted ? input : skipToken)),
        {
          initialProps: { mounted: 1 },
          wrapper: ({ children }: { children?: ReactNode }) => (
            <TalonProvider baseUrl={BASE_URL}>{children}</TalonProvider>
          ),
        },
      );
      await waitFor(() => expect(result.current[0]?.isSuccess).toBe(true));

      vi.setSystemTime(start + 59_000);
      rerender({ mounted: 2 });
      expect(result.current[1]?.data).toEqual(loyaltyBalances);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(requests).toHaveLength(1);

      vi.setSystemTime(start + 61_000);
      rerender({ mounted: 3 });
      await waitFor(() => expect(requests).toHaveLength(2));
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends through a client passed instead of a baseUrl', async () => {
    const client = createTalonClient({ baseUrl: BASE_URL, headers: { 'x-csrf-token': 'token-1' } });
    let header: string | null = null;
    server.use(
      http.get(url(balancesPath), ({ request }) => {
        header = request.headers.get('x-csrf-token');
        return HttpResponse.json(loyaltyBalances);
      }),
    );
    const { result } = renderHook(() => ({ query: useLoyaltyBalances(input), client: useTalonClient() }), {
      wrapper: ({ children }: { children?: ReactNode }) => <TalonProvider client={client}>{children}</TalonProvider>,
    });
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    expect(header).toBe('token-1');
    expect(result.current.client).toBe(client);
    // useTalonClient() goes through the same client: its headers come along.
    header = null;
    await expect(result.current.client.getLoyaltyBalances(input)).resolves.toEqual(loyaltyBalances);
    expect(header).toBe('token-1');
  });

  it('gives locale and currency to the hooks below it', () => {
    const { result } = renderHook(() => useTalonContext(), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <TalonProvider baseUrl={BASE_URL} locale="de-DE" currency="EUR">
          {children}
        </TalonProvider>
      ),
    });
    expect(result.current.locale).toBe('de-DE');
    expect(result.current.currency).toBe('EUR');
    expect(result.current.transport.baseUrl).toBe(BASE_URL);
  });

  it('throws a clear error without a baseUrl or a client', () => {
    silenceConsoleError();
    const props = {} as { baseUrl: string };
    expect(() => render(<TalonProvider {...props} />)).toThrow(
      'talon-react: <TalonProvider> needs a baseUrl (your proxy) or a client.',
    );
    expect(() => render(<TalonProvider baseUrl="" />)).toThrow(/needs a baseUrl/);
  });
});

describe('useTalonClient', () => {
  it('returns a client with a method for each of the 31 operations, the same object on every render', async () => {
    const queryClient = createQueryClient();
    const { result, rerender } = renderHook(() => useTalonClient(), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <QueryClientProvider client={queryClient}>
          <TalonProvider baseUrl={BASE_URL}>{children}</TalonProvider>
        </QueryClientProvider>
      ),
    });
    const client = result.current as unknown as Record<string, unknown>;
    const operationIds = Object.keys(routes);
    expect(operationIds).toHaveLength(31);
    for (const id of operationIds) expect(typeof client[id], id).toBe('function');
    expect(typeof client.request).toBe('function');
    expect(client.baseUrl).toBe(BASE_URL);

    const first = result.current;
    rerender();
    expect(result.current).toBe(first);

    await expect(result.current.getLoyaltyBalances(input)).resolves.toEqual(loyaltyBalances);
    expect(requests.map((r) => r.path)).toEqual([balancesPath]);
  });
});

describe('outside TalonProvider', () => {
  const message = /talon-react: this hook must be used inside <TalonProvider>/;

  it('a read hook throws a message naming TalonProvider, with or without a QueryClient', () => {
    silenceConsoleError();
    expect(() => renderHook(() => useLoyaltyBalances(input))).toThrow(message);
    const queryClient = createQueryClient();
    expect(() =>
      renderHook(() => useLoyaltyBalances(input), {
        wrapper: ({ children }: { children?: ReactNode }) => (
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        ),
      }),
    ).toThrow(message);
    expect(requests).toHaveLength(0);
  });

  it('a write hook and useTalonClient throw it too', () => {
    silenceConsoleError();
    expect(() => renderHook(() => useUpdateCustomerSession())).toThrow(message);
    expect(() => renderHook(() => useTalonClient())).toThrow(message);
  });
});
