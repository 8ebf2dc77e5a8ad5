import type { Effect, EffectType, KnownEffect } from '../schemas/Effect.js';

/**
 * The effects of the given types, in the order they came, with typed `props`.
 *
 * Takes one type or several; with several, the result is the union of their effects.
 * `effects` may be `undefined` (a session that has not loaded yet): the result is then empty.
 *
 * @example
 * const discounts = effectsOfType(session.effects, 'setDiscount', 'setDiscountPerItem');
 * // Spread a tuple to reuse a list of types:
 * const couponTypes = ['acceptCoupon', 'rejectCoupon'] as const;
 * const couponEffects = effectsOfType(session.effects, ...couponTypes);
 */
export function effectsOfType<T extends EffectType>(
  effects: readonly Effect[] | undefined,
  ...types: [T, ...T[]]
): KnownEffect<T>[] {
  if (!effects) return [];
  const wanted: readonly string[] = types;
  return effects.filter((effect): effect is KnownEffect<T> => wanted.includes(effect.effectType));
}
