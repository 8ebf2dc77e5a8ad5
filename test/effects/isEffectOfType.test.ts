import { isEffectOfType } from '../../src/effects/isEffectOfType.js';
import type { Effect } from '../../src/schemas/Effect.js';
import { effect, openSessionEffects } from './fixtures.js';

describe('isEffectOfType', () => {
  const origin = { campaignId: 1, ruleName: 'Rule' };

  it('is true for an effect of the type', () => {
    expect(isEffectOfType(effect('setDiscount', origin, { name: '5 off', value: 5 }), 'setDiscount')).toBe(true);
  });

  it('is false for an effect of another type, even with the same props', () => {
    const rollback = effect('rollbackDiscount', origin, { name: '5 off', value: 5 });

    expect(isEffectOfType(rollback, 'setDiscount')).toBe(false);
  });

  it('is false for an effect type newer than the kit', () => {
    const unknown: Effect = { ...origin, rulesetId: 1, ruleIndex: 0, effectType: 'awardBadge', props: {} };

    expect(isEffectOfType(unknown, 'setDiscount')).toBe(false);
  });

  it('narrows in a filter callback', () => {
    const codes = openSessionEffects
      .filter((e) => isEffectOfType(e, 'acceptCoupon'))
      .map((accepted) => accepted.props.value);

    expect(codes).toStrictEqual(['FREESHIP', 'SUMMER10']);
  });
});
