// useCartSummary: one summarizeEffects per answer from Talon.One, however many components read the summary. The
// module is wrapped in a counting spy, so the test sees every summary the kit computes.
import { act, waitFor } from '@testing-library/react';
import { CartPromotions } from '../../src/components/CartPromotions/CartPromotions.js';
import { CouponCodeForm } from '../../src/components/CouponCodeForm/CouponCodeForm.js';
import { summarizeEffects } from '../../src/effects/summarizeEffects.js';
import type * as summarizeModule from '../../src/effects/summarizeEffects.js';
import { useCart, useCartSummary, type Cart, type CartEffectsSummary } from '../../src/index.js';
import { demo } from '../../src/mock/index.js';
import { createDemoSandbox, renderWithSandbox } from '../components/render.js';

vi.mock('../../src/effects/summarizeEffects.js', async (importOriginal) => {
  const original = await importOriginal<typeof summarizeModule>();
  return { summarizeEffects: vi.fn(original.summarizeEffects) };
});

const cartId = 'cart-summary';
const ada = demo.profiles.ada;

/** The summaries computed from an answer's effects (an empty placeholder while loading is not one). */
const summariesOfAnswers = () => vi.mocked(summarizeEffects).mock.calls.filter(([effects]) => effects !== undefined);

describe('useCartSummary', () => {
  it('summarizes each answer once for every reader: five hooks, useCart, CartPromotions and CouponCodeForm', async () => {
    const sandbox = createDemoSandbox();
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: cartId,
      body: {
        customerSession: {
          profileId: ada,
          cartItems: [{ sku: 'HOODIE', quantity: 2 }],
          couponCodes: [demo.coupons.valid],
        },
      },
    });
    vi.mocked(summarizeEffects).mockClear();
    const seen: (CartEffectsSummary | undefined)[] = [];
    let cart: Cart | undefined;
    function Reader({ index }: { index: number }) {
      seen[index] = useCartSummary(cartId).data;
      return null;
    }
    function Page() {
      cart = useCart(cartId, { profileId: ada });
      return (
        <>
          {[0, 1, 2, 3, 4].map((index) => (
            <Reader key={index} index={index} />
          ))}
          <CartPromotions customerSessionId={cartId} />
          <CouponCodeForm customerSessionId={cartId} />
        </>
      );
    }
    renderWithSandbox(<Page />, { sandbox });
    await waitFor(() => expect(cart?.ready).toBe(true));
    await waitFor(() => expect(seen.every((summary) => summary !== undefined)).toBe(true));

    expect(summariesOfAnswers()).toHaveLength(1);
    // One object, shared: not five equal copies.
    expect(new Set([...seen, cart?.summary]).size).toBe(1);
    expect(seen[0]?.acceptedCoupons).toEqual([demo.coupons.valid]);

    act(() => cart?.add('SOCKS'));
    await waitFor(() => expect(cart?.updating).toBe(false));
    await waitFor(() =>
      expect(seen.every((summary) => summary?.totalDiscount === cart?.summary?.totalDiscount)).toBe(true),
    );
    expect(summariesOfAnswers()).toHaveLength(2);
    // Each reader's result goes through TanStack Query's structural sharing with its previous one, so they are equal
    // objects now, sharing what did not change; the summary behind them was computed once.
    for (const summary of seen) expect(summary).toStrictEqual(cart?.summary);
  });

  it('waits without a session ID', () => {
    let result: ReturnType<typeof useCartSummary> | undefined;
    function Reader() {
      result = useCartSummary(undefined);
      return null;
    }
    renderWithSandbox(<Reader />);
    expect(result?.data).toBeUndefined();
    expect(result?.fetchStatus).toBe('idle');
  });
});
