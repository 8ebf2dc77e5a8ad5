// The hooks declare `TError = TalonError`: every failure must be one, also those that are neither HTTP nor network
// errors (a `headers` function or a custom `fetch` that throws), which keep the original as their `cause`.
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { createTalonClient } from '../../src/client/createTalonClient.js';
import { TalonApiError } from '../../src/client/errors/TalonApiError.js';
import { TalonError } from '../../src/client/errors/TalonError.js';
import { TalonNetworkError } from '../../src/client/errors/TalonNetworkError.js';
import type { TalonTransport } from '../../src/client/createTalonTransport.js';
import { useLoyaltyBalances } from '../../src/react/hooks/useLoyaltyBalances.js';
import { useTrackEvent } from '../../src/react/hooks/useTrackEvent.js';
import { TalonProvider } from '../../src/react/TalonProvider.js';
import { BASE_URL, server, startServer, url } from '../msw.js';
import { createQueryClient } from './msw.js';
import { QueryClientProvider } from '@tanstack/react-query';

startServer();

const input = { loyaltyProgramId: 7, integrationId: 'shopper-1' };

function renderWith<T>(client: TalonTransport, hook: () => T) {
  const queryClient = createQueryClient();
  return renderHook(hook, {
    wrapper: ({ children }: { children?: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <TalonProvider client={client}>{children}</TalonProvider>
      </QueryClientProvider>
    ),
  });
}

it('a read whose headers function throws fails with a TalonError that keeps the cause', async () => {
  const cause = new Error('no CSRF token yet');
  const client = createTalonClient({
    baseUrl: BASE_URL,
    retry: 0,
    headers: () => {
      throw cause;
    },
  });
  const { result } = renderWith(client, () => useLoyaltyBalances(input));
  await waitFor(() => expect(result.current.isError).toBe(true));
  expect(result.current.error).toBeInstanceOf(TalonError);
  expect(result.current.error).toMatchObject({
    operation: 'getLoyaltyBalances',
    message: 'getLoyaltyBalances failed: no CSRF token yet',
    cause,
  });
});

it('a write whose fetch throws something that is not an Error fails with a TalonError too', async () => {
  const client = createTalonClient({
    baseUrl: BASE_URL,
    fetch: () => Promise.reject('offline mode'),
  });
  const { result } = renderWith(client, () => useTrackEvent());
  await expect(result.current.mutateAsync({ body: { type: 'product_viewed', attributes: {} } })).rejects.toSatisfy(
    (error: unknown) => error instanceof TalonError && error.cause === 'offline mode',
  );
  await waitFor(() => expect(result.current.error).toBeInstanceOf(TalonError));
  expect(result.current.error?.message).toBe('trackEventV2 failed: offline mode');
});

it('HTTP and network failures keep their own classes', async () => {
  server.use(
    http.get(url('/v1/loyalty_programs/7/profile/shopper-1/balances'), () =>
      HttpResponse.json({ message: 'no such profile' }, { status: 404 }),
    ),
  );
  const http404 = renderWith(createTalonClient({ baseUrl: BASE_URL }), () => useLoyaltyBalances(input));
  await waitFor(() => expect(http404.result.current.isError).toBe(true));
  expect(http404.result.current.error).toBeInstanceOf(TalonApiError);

  const offline = createTalonClient({
    baseUrl: BASE_URL,
    retry: 0,
    fetch: () => Promise.reject(new TypeError('down')),
  });
  const network = renderWith(offline, () => useLoyaltyBalances(input));
  await waitFor(() => expect(network.result.current.isError).toBe(true));
  expect(network.result.current.error).toBeInstanceOf(TalonNetworkError);
});
