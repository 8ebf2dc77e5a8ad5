import type { Effect, EffectType } from '../../schemas/Effect.js';
import type { EffectBase } from '../../schemas/EffectBase.js';
import type { EffectPropsByType } from '../../schemas/effects/effectPropsSchemas.js';
import { addDuration } from '../duration.js';
import type { SandboxEffect } from './SandboxCampaign.js';

function sameEffect(a: Effect, b: Effect): boolean {
  if (
    a.effectType !== b.effectType ||
    a.campaignId !== b.campaignId ||
    a.rulesetId !== b.rulesetId ||
    a.ruleIndex !== b.ruleIndex ||
    a.ruleName !== b.ruleName ||
    a.triggeredByCoupon !== b.triggeredByCoupon ||
    a.conditionIndex !== b.conditionIndex
  ) {
    return false;
  }
  const first: Record<string, unknown> = a.props;
  const second: Record<string, unknown> = b.props;
  let count = 0;
  for (const key in first) {
    if (first[key] !== second[key]) return false;
    count++;
  }
  for (const _key in second) count--;
  return count === 0;
}

/**
 * The new effects, where one equals the effect at the same index of the last evaluation, that one instead: an open
 * session updated again and again then keeps (and its events hold) one copy of what did not change.
 */
export function reuseUnchanged(previous: readonly Effect[] | undefined, effects: Effect[]): Effect[] {
  if (!previous) return effects;
  const length = Math.min(previous.length, effects.length);
  for (let index = 0; index < length; index++) {
    const old = previous[index] as Effect;
    if (sameEffect(old, effects[index] as Effect)) effects[index] = old;
  }
  return effects;
}

/**
 * An effect in Talon.One's shape. Built field by field: every effect then shares one hidden class (spreading the
 * base was the engine's single biggest cost).
 */
export function makeEffect<T extends EffectType>(base: EffectBase, effectType: T, props: EffectPropsByType[T]): Effect {
  const effect: EffectBase & { effectType: T; props: EffectPropsByType[T] } = {
    campaignId: base.campaignId,
    rulesetId: base.rulesetId,
    ruleIndex: base.ruleIndex,
    ruleName: base.ruleName,
    effectType,
    props,
  };
  if (base.triggeredByCoupon !== undefined) effect.triggeredByCoupon = base.triggeredByCoupon;
  if (base.conditionIndex !== undefined) effect.conditionIndex = base.conditionIndex;
  return effect as Effect;
}

// Strings that every evaluation would build anew (and events would keep): per-item names and dates, shared instead.
const itemNames = new WeakMap<object, Map<string, string[]>>();
export function itemName(effect: SandboxEffect, name: string, position: number): string {
  let byName = itemNames.get(effect);
  if (!byName) itemNames.set(effect, (byName = new Map()));
  let names = byName.get(name);
  if (!names) byName.set(name, (names = []));
  return (names[position] ??= `${name}#${position}`);
}

let datesAt = '';
const dates = new Map<string, string>();
/** `now` plus a duration (plus another), as RFC 3339; cached for the current time. */
export function dateAfter(now: string, duration: string, then?: string): string {
  if (datesAt !== now) {
    dates.clear();
    datesAt = now;
  }
  const key = then === undefined ? duration : `${duration}+${then}`;
  let date = dates.get(key);
  if (date === undefined) {
    const start = addDuration(new Date(now), duration);
    date = (then === undefined ? start : addDuration(start, then)).toISOString();
    dates.set(key, date);
  }
  return date;
}

export function pointsKey(
  campaignId: number,
  ruleIndex: number,
  effectType: string,
  position: number | undefined,
): string {
  return `${campaignId}/${ruleIndex}/${effectType}/${position ?? ''}`;
}
