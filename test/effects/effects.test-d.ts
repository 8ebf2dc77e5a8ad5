import { effectsOfType, isEffectOfType, summarizeEffects, type CartEffectsSummary } from '../../src/effects/index.js';
import type { Effect, KnownEffect } from '../../src/schemas/Effect.js';
import type { RejectCouponEffectProps } from '../../src/schemas/effects/RejectCouponEffectProps.js';
import type { SetDiscountEffectProps } from '../../src/schemas/effects/SetDiscountEffectProps.js';

declare const effects: Effect[];

describe('effectsOfType', () => {
  it('types the props of one effect type', () => {
    const discounts = effectsOfType(effects, 'setDiscount');

    expectTypeOf(discounts).toEqualTypeOf<KnownEffect<'setDiscount'>[]>();
    expectTypeOf(discounts[0]!.props.value).toEqualTypeOf<number>();
    expectTypeOf(discounts[0]!.props.scope).toEqualTypeOf<string | undefined>();
    expectTypeOf(discounts).items.toHaveProperty('props').toEqualTypeOf<SetDiscountEffectProps>();
  });

  it('returns the union for several types, discriminated on effectType', () => {
    const coupons = effectsOfType(effects, 'acceptCoupon', 'rejectCoupon');

    expectTypeOf(coupons).toEqualTypeOf<(KnownEffect<'acceptCoupon'> | KnownEffect<'rejectCoupon'>)[]>();
    expectTypeOf(coupons[0]!.props.value).toEqualTypeOf<string>();
    const [first] = coupons;
    if (first?.effectType === 'rejectCoupon') expectTypeOf(first.props).toEqualTypeOf<RejectCouponEffectProps>();
  });

  it('takes a spread tuple, readonly or undefined effects', () => {
    const types = ['setDiscount', 'setDiscountPerItem'] as const;
    const readonlyEffects: readonly Effect[] | undefined = effects;

    expectTypeOf(effectsOfType(readonlyEffects, ...types)).toEqualTypeOf<
      (KnownEffect<'setDiscount'> | KnownEffect<'setDiscountPerItem'>)[]
    >();
  });

  it('rejects a type the kit does not know, and a call with no type', () => {
    // @ts-expect-error: not an effect type
    effectsOfType(effects, 'setDiscounts');
    // @ts-expect-error: at least one type
    effectsOfType(effects);
  });
});

describe('isEffectOfType', () => {
  it('narrows where `effectType ===` does not', () => {
    const [effect] = effects;
    if (!effect) return;

    if (effect.effectType === 'setDiscount') expectTypeOf(effect.props.value).toEqualTypeOf<unknown>();
    if (isEffectOfType(effect, 'setDiscount')) {
      expectTypeOf(effect).toEqualTypeOf<KnownEffect<'setDiscount'>>();
      expectTypeOf(effect.props.value).toEqualTypeOf<number>();
    }
  });

  it('narrows in a filter callback', () => {
    expectTypeOf(effects.filter((e) => isEffectOfType(e, 'addFreeItem'))).toEqualTypeOf<KnownEffect<'addFreeItem'>[]>();
  });

  it('rejects a type the kit does not know', () => {
    const [effect] = effects;
    // @ts-expect-error: not an effect type
    if (effect) isEffectOfType(effect, 'awardBadge');
  });
});

describe('summarizeEffects', () => {
  it('takes readonly or undefined effects and returns the summary', () => {
    const readonlyEffects: readonly Effect[] | undefined = effects;

    expectTypeOf(summarizeEffects(readonlyEffects)).toEqualTypeOf<CartEffectsSummary>();
    expectTypeOf(summarizeEffects(undefined).totalDiscount).toEqualTypeOf<number>();
    expectTypeOf(summarizeEffects(effects).rejectedCoupons[0]!.reason).toEqualTypeOf<string>();
    expectTypeOf(summarizeEffects(effects).discounts[0]!.position).toEqualTypeOf<number | undefined>();
    expectTypeOf(summarizeEffects(effects).loyalty.added[0]!.expiryDate).toEqualTypeOf<string | undefined>();
  });
});
