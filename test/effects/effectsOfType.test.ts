import { effectsOfType } from '../../src/effects/effectsOfType.js';
import { openSessionEffects } from './fixtures.js';

const types = (effects: readonly { effectType: string }[]) => effects.map((e) => e.effectType);

describe('effectsOfType', () => {
  it('keeps the effects of one type, in order', () => {
    const discounts = effectsOfType(openSessionEffects, 'setDiscountPerItem');

    expect(discounts.map((d) => d.props.name)).toStrictEqual(['Sneakers 20% off#0', 'Sneakers 20% off#1']);
  });

  it('keeps the effects of several types, in the order they came', () => {
    const coupons = effectsOfType(openSessionEffects, 'rejectCoupon', 'acceptCoupon');

    expect(coupons.map((c) => [c.effectType, c.props.value])).toStrictEqual([
      ['acceptCoupon', 'FREESHIP'],
      ['rejectCoupon', 'VIP20'],
      ['rejectCoupon', 'SPRING5'],
      ['acceptCoupon', 'SUMMER10'],
    ]);
  });

  it('takes a spread tuple of types', () => {
    const loyaltyTypes = ['addLoyaltyPoints', 'deductLoyaltyPoints'] as const;

    expect(types(effectsOfType(openSessionEffects, ...loyaltyTypes))).toStrictEqual([
      'addLoyaltyPoints',
      'addLoyaltyPoints',
      'deductLoyaltyPoints',
    ]);
  });

  it('is empty when no effect has the type', () => {
    expect(effectsOfType(openSessionEffects, 'rollbackDiscount')).toStrictEqual([]);
  });

  it('is empty before the effects have loaded', () => {
    expect(effectsOfType(undefined, 'setDiscount')).toStrictEqual([]);
  });

  it('never returns an effect type newer than the kit', () => {
    expect(types(openSessionEffects)).toContain('awardBadge');
    expect(types(effectsOfType(openSessionEffects, 'setDiscount', 'triggerWebhook'))).toStrictEqual([
      'setDiscount',
      'triggerWebhook',
    ]);
  });
});
