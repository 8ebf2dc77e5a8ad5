// Two session writes fired by one click reach the proxy one after another, in the order they were fired.
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useUpdateCustomerSession, type UpdateCustomerSessionV2Input } from '../../src/index.js';
import { sessionState } from '../fixtures/integrationState.js';
import { renderWithTalon } from './render.js';
import { requests, startWorker, url, worker } from './worker.js';

startWorker();

const update = (sku: string): UpdateCustomerSessionV2Input => ({
  customerSessionId: 'session-1',
  body: { customerSession: { profileId: 'shopper-1', cartItems: [{ sku, quantity: 1, price: 10 }] } },
});

function Cart() {
  const first = useUpdateCustomerSession();
  const second = useUpdateCustomerSession();
  const sku = (data: typeof first.data) => data?.customerSession?.cartItems?.[0]?.sku ?? '-';
  return (
    <>
      <button
        onClick={() => {
          first.mutate(update('A'));
          second.mutate(update('B'));
        }}
      >
        Save both
      </button>
      <p>{`first: ${first.status} ${sku(first.data)}, second: ${second.status} ${sku(second.data)}`}</p>
    </>
  );
}

describe('session writes in a browser', () => {
  it('two useUpdateCustomerSession mutations fired together: the second starts after the first ended', async () => {
    const events: string[] = [];
    const received: unknown[] = [];
    worker.use(
      http.put(url('/v2/customer_sessions/session-1'), async ({ request }) => {
        const body = (await request.json()) as { customerSession: { cartItems: { sku: string }[] } };
        const skus = body.customerSession.cartItems.map((item) => item.sku);
        received.push(body);
        events.push(`start ${skus[0]}`);
        // The first cart takes longer to evaluate: were the writes not queued, the second would arrive meanwhile.
        await delay(skus[0] === 'A' ? 100 : 10);
        events.push(`end ${skus[0]}`);
        return HttpResponse.json(sessionState('session-1', 'shopper-1', skus));
      }),
    );
    const { screen } = await renderWithTalon(<Cart />);
    await expect.element(screen.getByText('first: idle -, second: idle -', { exact: true })).toBeVisible();

    await screen.getByRole('button', { name: 'Save both' }).click();

    await expect.element(screen.getByText('first: success A, second: success B', { exact: true })).toBeVisible();
    expect(events).toEqual(['start A', 'end A', 'start B', 'end B']);
    expect(received).toEqual([update('A').body, update('B').body]);
    expect(requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'PUT /api/talon/v2/customer_sessions/session-1',
      'PUT /api/talon/v2/customer_sessions/session-1',
    ]);
  });
});
