// Errors as a component shows them: the proxy's 400 with an ErrorResponse, and input the schema rejects before
// anything is sent.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  TalonApiError,
  TalonValidationError,
  useUpdateCustomerSession,
  type UpdateCustomerSessionV2Input,
} from '../../src/index.js';
import { errorResponse } from '../fixtures/errors.js';
import { renderWithTalon } from './render.js';
import { requests, startWorker, url, worker } from './worker.js';

startWorker();

const cart = (quantity: number): UpdateCustomerSessionV2Input => ({
  customerSessionId: 'session-1',
  body: { customerSession: { profileId: 'shopper-1', cartItems: [{ sku: 'SW-1', quantity, price: 10 }] } },
});

function ApplyCart({ input }: { input: UpdateCustomerSessionV2Input }) {
  const update = useUpdateCustomerSession();
  const { error } = update;
  return (
    <>
      <button onClick={() => update.mutate(input)}>Apply</button>
      <p>{`status: ${update.status}`}</p>
      {error && <p role="alert">{error.message}</p>}
      {error instanceof TalonApiError && (
        <p>{`HTTP ${error.status}: ${error.errors.map((e) => `${e.title} (${e.details ?? '-'})`).join('; ')}`}</p>
      )}
      {error instanceof TalonValidationError && (
        <p>{`invalid ${error.target}: ${error.issues.map((issue) => issue.path).join(', ')}`}</p>
      )}
    </>
  );
}

describe('errors in the UI', () => {
  it("a 400 with an ErrorResponse shows the TalonApiError's message", async () => {
    let calls = 0;
    worker.use(
      http.put(url('/v2/customer_sessions/session-1'), () => {
        calls += 1;
        return HttpResponse.json(errorResponse, { status: 400 });
      }),
    );
    const { screen } = await renderWithTalon(<ApplyCart input={cart(1)} />);

    await screen.getByRole('button', { name: 'Apply' }).click();

    await expect.element(screen.getByText('status: error', { exact: true })).toBeVisible();
    expect(screen.getByRole('alert').element().textContent).toBe(
      'updateCustomerSessionV2 failed with HTTP 400: Request failed validation',
    );
    await expect
      .element(
        screen.getByText('HTTP 400: Invalid cart item (quantity must be at least 1); Unknown coupon code (-)', {
          exact: true,
        }),
      )
      .toBeVisible();
    expect(calls).toBe(1);
    expect(requests).toHaveLength(1);
  });

  it('bad input fails with a TalonValidationError before any request', async () => {
    let calls = 0;
    worker.use(
      http.put(url('/v2/customer_sessions/session-1'), () => {
        calls += 1;
        return HttpResponse.json(errorResponse, { status: 400 });
      }),
    );
    const { screen } = await renderWithTalon(<ApplyCart input={cart(0)} />);

    await screen.getByRole('button', { name: 'Apply' }).click();

    await expect.element(screen.getByText('status: error', { exact: true })).toBeVisible();
    expect(screen.getByRole('alert').element().textContent).toBe(
      'updateCustomerSessionV2: invalid request: body.customerSession.cartItems[0].quantity: must be at least 1',
    );
    await expect
      .element(screen.getByText('invalid request: body.customerSession.cartItems[0].quantity', { exact: true }))
      .toBeVisible();
    expect(calls).toBe(0);
    expect(requests).toEqual([]);
  });
});
