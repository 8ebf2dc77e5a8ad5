// useCart over the demo sandbox: coalesced writes (a request held in flight with MSW), the draft, rollback on a failed
// write, and the coupon codes every update carries.
import type { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { TalonApiError, useCart, type Cart } from '../../src/index.js';
import { demo, type TalonSandbox } from '../../src/mock/index.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import type { IntegrationCustomerSessionResponse } from '../../src/schemas/IntegrationCustomerSessionResponse.js';
import { createDemoSandbox, renderWithSandbox, server, url } from '../components/render.js';

const ada = demo.profiles.ada;
const { valid } = demo.coupons;
const cartId = 'cart-headless';
const sessionPath = url('/v2/customer_sessions/:customerSessionId');

function withCart(couponCodes: string[] = [valid]): TalonSandbox {
  const sandbox = createDemoSandbox();
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: cartId,
    body: { customerSession: { profileId: ada, cartItems: [{ sku: 'HOODIE', quantity: 1 }], couponCodes } },
  });
  return sandbox;
}

/** What the sandbox holds: `sku×quantity` per line, and the codes. */
function held(sandbox: TalonSandbox) {
  const session = sandbox.call('getCustomerSession', { customerSessionId: cartId }).customerSession;
  return {
    lines: session?.cartItems.map((item) => `${item.sku}×${item.quantity}`),
    codes: session?.couponCodes,
  };
}

interface UpdateBody {
  customerSession: Record<string, unknown>;
  responseContent?: string[];
}

/** The status of a failed write or read. */
const statusOf = (error: unknown) => (error instanceof TalonApiError ? error.status : undefined);

/** The update bodies the sandbox received, in order; a test may hold each one until it lets it go. */
function recordUpdates(hold?: () => Promise<void>) {
  const bodies: UpdateBody[] = [];
  server.use(
    http.put(sessionPath, async ({ request }) => {
      bodies.push((await request.clone().json()) as UpdateBody);
      await hold?.();
      // Nothing returned: the sandbox behind answers.
    }),
  );
  return bodies;
}

/** A gate that holds requests until `open()`. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { wait: () => opened, open };
}

const lineText = (cart: Cart) => cart.lines.map((line) => `${line.sku}×${line.quantity}`);

function renderCart(sandbox: TalonSandbox, id: string | undefined) {
  const latest: { cart?: Cart; second?: Cart } = {};
  function Probe() {
    latest.cart = useCart(id, { profileId: ada });
    // A second reader of the same cart, as a header's badge would be.
    latest.second = useCart(id, { profileId: ada });
    return null;
  }
  const rendered = renderWithSandbox(<Probe />, { sandbox });
  const cart = () => latest.cart!;
  return { ...rendered, cart, second: () => latest.second! };
}

const cachedSession = (queryClient: QueryClient) =>
  queryClient.getQueryData<IntegrationCustomerSessionResponse>(talonKeys.customerSession({ customerSessionId: cartId }))
    ?.customerSession;

describe('useCart', () => {
  it('reads the lines, codes and summary of the session; changes do nothing until it is read', async () => {
    const sandbox = withCart();
    const bodies = recordUpdates();
    const { cart } = renderCart(sandbox, cartId);
    expect(cart().ready).toBe(false);
    act(() => cart().add('SOCKS'));
    expect(lineText(cart())).toEqual([]);
    await waitFor(() => expect(cart().ready).toBe(true));
    expect(bodies).toHaveLength(0);
    expect(lineText(cart())).toEqual(['HOODIE×1']);
    expect(cart().couponCodes).toEqual([valid]);
    expect(cart().summary?.acceptedCoupons).toEqual([valid]);
    expect(cart().session?.profileId).toBe(ada);
    expect(cart().updating).toBe(false);
  });

  it('coalesces 10 changes made during one write in flight into one more request; the last change wins', async () => {
    const sandbox = withCart();
    const held1 = gate();
    let count = 0;
    const bodies = recordUpdates(() => (++count === 1 ? held1.wait() : Promise.resolve()));
    const { cart, second, queryClient } = renderCart(sandbox, cartId);
    await waitFor(() => expect(cart().ready).toBe(true));

    act(() => cart().add('SOCKS'));
    await waitFor(() => expect(bodies).toHaveLength(1));
    act(() => {
      for (let quantity = 1; quantity <= 9; quantity++) cart().setQuantity('MUG', quantity);
      second().remove('HOODIE');
    });
    // The shopper sees every change at once, in every reader of the cart.
    expect(lineText(cart())).toEqual(['SOCKS×1', 'MUG×9']);
    expect(lineText(second())).toEqual(['SOCKS×1', 'MUG×9']);
    expect(cart().updating).toBe(true);

    held1.open();
    await waitFor(() => expect(cart().updating).toBe(false));
    expect(bodies).toHaveLength(2);
    expect(bodies.map((body) => body.customerSession.cartItems)).toEqual([
      [
        { sku: 'HOODIE', quantity: 1 },
        { sku: 'SOCKS', quantity: 1 },
      ],
      [
        { sku: 'SOCKS', quantity: 1 },
        { sku: 'MUG', quantity: 9 },
      ],
    ]);
    expect(lineText(cart())).toEqual(['SOCKS×1', 'MUG×9']);
    expect(cachedSession(queryClient)?.cartItems.map((item) => `${item.sku}×${item.quantity}`)).toEqual([
      'SOCKS×1',
      'MUG×9',
    ]);
    expect(held(sandbox)).toEqual({ lines: ['SOCKS×1', 'MUG×9'], codes: [valid] });
    expect(cart().error).toBeNull();
  });

  it('a failed write shows the error and returns to what Talon.One holds, dropping the changes behind it', async () => {
    const sandbox = withCart();
    const failing = gate();
    const bodies: unknown[] = [];
    server.use(
      http.put(
        sessionPath,
        async ({ request }) => {
          bodies.push(await request.clone().json());
          await failing.wait();
          return HttpResponse.json({ message: 'upstream failed' }, { status: 500 });
        },
        { once: true },
      ),
    );
    const { cart, queryClient } = renderCart(sandbox, cartId);
    await waitFor(() => expect(cart().ready).toBe(true));

    act(() => cart().setQuantity('HOODIE', 3));
    await waitFor(() => expect(bodies).toHaveLength(1));
    act(() => cart().add('CAP'));
    expect(lineText(cart())).toEqual(['HOODIE×3', 'CAP×1']);

    failing.open();
    await waitFor(() => expect(cart().error).not.toBeNull());
    expect(statusOf(cart().error)).toBe(500);
    expect(lineText(cart())).toEqual(['HOODIE×1']);
    expect(cart().updating).toBe(false);
    // Nothing waited behind the failure: the sandbox got no second request and still holds the old cart.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bodies).toHaveLength(1);
    expect(held(sandbox).lines).toEqual(['HOODIE×1']);
    expect(cachedSession(queryClient)?.cartItems).toHaveLength(1);

    // The next change starts from Talon.One's cart and clears the error.
    act(() => cart().add('CAP'));
    expect(cart().error).toBeNull();
    await waitFor(() => expect(cart().updating).toBe(false));
    expect(held(sandbox).lines).toEqual(['HOODIE×1', 'CAP×1']);
  });

  it('a refused write (400) rolls back too', async () => {
    const sandbox = withCart();
    server.use(
      http.put(sessionPath, () => HttpResponse.json({ message: 'bad cart' }, { status: 400 }), { once: true }),
    );
    const { cart } = renderCart(sandbox, cartId);
    await waitFor(() => expect(cart().ready).toBe(true));
    act(() => cart().remove('HOODIE'));
    expect(lineText(cart())).toEqual([]);
    await waitFor(() => expect(statusOf(cart().error)).toBe(400));
    expect(lineText(cart())).toEqual(['HOODIE×1']);
  });

  it('every line change sends the codes the session holds; code changes apply over them', async () => {
    const sandbox = withCart();
    const bodies = recordUpdates();
    const { cart } = renderCart(sandbox, cartId);
    await waitFor(() => expect(cart().ready).toBe(true));

    act(() => cart().setQuantity('HOODIE', 2));
    await waitFor(() => expect(cart().updating).toBe(false));
    act(() => cart().add('TEA'));
    await waitFor(() => expect(cart().updating).toBe(false));
    expect(bodies.map((body) => body.customerSession.couponCodes)).toEqual([[valid], [valid]]);
    expect(held(sandbox)).toEqual({ lines: ['HOODIE×2', 'TEA×1'], codes: [valid] });

    act(() => {
      cart().applyCoupon('  NOSUCHCODE ');
      cart().applyCoupon(valid.toLowerCase());
    });
    expect(cart().couponCodes).toEqual([valid, 'NOSUCHCODE']);
    await waitFor(() => expect(cart().updating).toBe(false));
    expect(bodies[2]).toEqual({
      customerSession: { profileId: ada, couponCodes: [valid, 'NOSUCHCODE'] },
      responseContent: ['customerSession'],
    });
    expect(cart().summary?.rejectedCoupons.map((entry) => entry.value)).toEqual(['NOSUCHCODE']);

    act(() => cart().removeCoupon(valid.toLowerCase()));
    await waitFor(() => expect(cart().updating).toBe(false));
    act(() => cart().removeCoupon('NOSUCHCODE'));
    await waitFor(() => expect(cart().updating).toBe(false));
    // Taking the last code out is the one time `[]` is meant.
    expect(bodies.slice(3).map((body) => body.customerSession.couponCodes)).toEqual([['NOSUCHCODE'], []]);
    expect(held(sandbox)).toEqual({ lines: ['HOODIE×2', 'TEA×1'], codes: [] });
    // The second apply of a code already on its way added nothing: no request for it.
    expect(bodies).toHaveLength(5);
  });

  it('a session Talon.One does not know yet is an empty cart; the first change creates it without couponCodes', async () => {
    const sandbox = createDemoSandbox();
    const bodies = recordUpdates();
    const { cart } = renderCart(sandbox, cartId);
    await waitFor(() => expect(cart().ready).toBe(true));
    expect(cart().loadError).toBeNull();
    expect(lineText(cart())).toEqual([]);

    act(() => cart().add('COFFEE', { quantity: 2, price: 15 }));
    await waitFor(() => expect(cart().updating).toBe(false));
    expect(bodies[0]).toEqual({
      customerSession: { profileId: ada, cartItems: [{ sku: 'COFFEE', quantity: 2, price: 15 }] },
      responseContent: ['customerSession'],
    });
    expect(cart().lines).toEqual([{ sku: 'COFFEE', quantity: 2, price: 15 }]);
    expect(held(sandbox)).toEqual({ lines: ['COFFEE×2'], codes: [] });

    // The price given once goes with the line's later updates.
    act(() => cart().setQuantity('COFFEE', 3));
    await waitFor(() => expect(cart().updating).toBe(false));
    expect(bodies[1]?.customerSession.cartItems).toEqual([{ sku: 'COFFEE', quantity: 3, price: 15 }]);
  });

  it('a session that cannot be read is a load error, retried on demand; changes wait', async () => {
    const sandbox = withCart();
    server.use(http.get(sessionPath, () => HttpResponse.json({ message: 'down' }, { status: 503 }), { once: true }));
    const bodies = recordUpdates();
    const { cart } = renderCart(sandbox, cartId);
    await waitFor(() => expect(statusOf(cart().loadError)).toBe(503));
    expect(cart().ready).toBe(false);
    act(() => cart().add('CAP'));
    expect(bodies).toHaveLength(0);

    act(() => cart().retry());
    await waitFor(() => expect(cart().ready).toBe(true));
    expect(cart().loadError).toBeNull();
    expect(lineText(cart())).toEqual(['HOODIE×1']);
  });

  it('without a session ID it waits: not ready, no requests', async () => {
    const bodies = recordUpdates();
    const { cart } = renderCart(createDemoSandbox(), undefined);
    act(() => cart().add('CAP'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cart().ready).toBe(false);
    expect(lineText(cart())).toEqual([]);
    expect(bodies).toHaveLength(0);
  });
});
