// Type tests of the headless cart and formatters, as the main entry exports them: checked by tsc, never run.
import type { UseQueryResult } from '@tanstack/react-query';
import {
  useCart,
  useCartSummary,
  useFormat,
  type Cart,
  type CartEffectsSummary,
  type CartLine,
  type CustomerSessionV2,
  type TalonError,
  type TalonFormat,
} from '../../src/index.js';

describe('useCart', () => {
  it('returns the cart, its writes and its states', () => {
    const cart = useCart('cart-1', { profileId: 'shopper-1' });
    expectTypeOf(cart).toEqualTypeOf<Cart>();
    expectTypeOf(cart.lines).toEqualTypeOf<readonly CartLine[]>();
    expectTypeOf(cart.lines[0]!.price).toEqualTypeOf<number | undefined>();
    expectTypeOf(cart.couponCodes).toEqualTypeOf<readonly string[]>();
    expectTypeOf(cart.session).toEqualTypeOf<CustomerSessionV2 | undefined>();
    expectTypeOf(cart.summary).toEqualTypeOf<CartEffectsSummary | undefined>();
    expectTypeOf(cart.error).toEqualTypeOf<TalonError | null>();
    expectTypeOf(cart.loadError).toEqualTypeOf<TalonError | null>();
    expectTypeOf(cart.ready).toEqualTypeOf<boolean>();
    expectTypeOf(cart.updating).toEqualTypeOf<boolean>();
    expectTypeOf(cart.setQuantity).toEqualTypeOf<(sku: string, quantity: number) => void>();
    expectTypeOf(cart.add).parameters.toEqualTypeOf<[sku: string, options?: { quantity?: number; price?: number }]>();
    expectTypeOf(cart.remove).toEqualTypeOf<(sku: string) => void>();
    expectTypeOf(cart.applyCoupon).toEqualTypeOf<(code: string) => void>();
    expectTypeOf(cart.removeCoupon).toEqualTypeOf<(code: string) => void>();
    expectTypeOf(cart.retry).toEqualTypeOf<() => void>();
  });

  it('takes an unknown session ID and no options', () => {
    expectTypeOf(useCart).toBeCallableWith(undefined);
    expectTypeOf(useCart).toBeCallableWith('cart-1', {});
    // @ts-expect-error: the shopper is a string (an integration ID)
    useCart('cart-1', { profileId: 42 });
    // @ts-expect-error: a quantity is a number
    useCart('cart-1').setQuantity('SKU', '2');
  });
});

describe('useCartSummary', () => {
  it('is a query whose data is the summary', () => {
    expectTypeOf(useCartSummary('cart-1')).toEqualTypeOf<UseQueryResult<CartEffectsSummary, TalonError>>();
    expectTypeOf(useCartSummary).toBeCallableWith(undefined);
  });
});

describe('useFormat', () => {
  it('returns the formatters', () => {
    const format = useFormat();
    expectTypeOf(format).toEqualTypeOf<TalonFormat>();
    expectTypeOf(format.money).toEqualTypeOf<(amount: number) => string>();
    expectTypeOf(format.date).parameters.toEqualTypeOf<[value: string | Date]>();
    expectTypeOf(format.locale).toEqualTypeOf<string | undefined>();
  });
});
