import type { Effect, EffectType, KnownEffect } from '../schemas/Effect.js';

/**
 * Whether `effect` has the effect type `type`, narrowing it to that type's typed `props`.
 *
 * `effect.effectType === 'setDiscount'` does not narrow `props`: an effect of a type newer than the kit
 * (`UnknownEffect`) has `effectType: string`, which any name could match. This guard is how to narrow.
 *
 * @example
 * if (isEffectOfType(effect, 'setDiscount')) console.log(effect.props.name, effect.props.value);
 */
export function isEffectOfType<T extends EffectType>(effect: Effect, type: T): effect is KnownEffect<T> {
  // Sound because parsing checked the props of every effect whose type the kit knows.
  return effect.effectType === type;
}
