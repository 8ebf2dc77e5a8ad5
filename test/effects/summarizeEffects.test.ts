import * as z from 'zod/mini';
import { summarizeEffects } from '../../src/effects/summarizeEffects.js';
import type { CartEffectsSummary } from '../../src/effects/CartEffectsSummary.js';
import { EffectSchema } from '../../src/schemas/Effect.js';
import { cancelledSessionEffects, effect, openSessionEffects } from './fixtures.js';

const emptySummary: CartEffectsSummary = {
  discounts: [],
  rolledBackDiscounts: [],
  totalDiscount: 0,
  acceptedCoupons: [],
  rejectedCoupons: [],
  rolledBackCoupons: [],
  acceptedReferrals: [],
  rejectedReferrals: [],
  rolledBackReferrals: [],
  loyalty: {
    added: [],
    deducted: [],
    rolledBackAdditions: [],
    rolledBackDeductions: [],
    pointsAdded: 0,
    pointsDeducted: 0,
  },
  freeItems: [],
  notifications: [],
};

describe('summarizeEffects', () => {
  it('is given fixtures that the Integration API schemas accept', () => {
    expect(() => z.parse(z.array(EffectSchema), [...openSessionEffects, ...cancelledSessionEffects])).not.toThrow();
  });

  it('summarizes an open session: discounts, codes, loyalty, free items and notifications', () => {
    expect(summarizeEffects(openSessionEffects)).toStrictEqual({
      discounts: [
        {
          effectType: 'setDiscount',
          campaignId: 101,
          ruleName: '10% off everything',
          name: '10% off everything',
          value: 5.1,
          scope: 'sessionTotal',
        },
        {
          effectType: 'setDiscountPerItem',
          campaignId: 102,
          ruleName: 'Sneakers 20% off',
          name: 'Sneakers 20% off#0',
          value: 0.7,
          desiredValue: 0.7,
          scope: 'price',
          position: 0,
        },
        {
          effectType: 'setDiscountPerItem',
          campaignId: 102,
          ruleName: 'Sneakers 20% off',
          name: 'Sneakers 20% off#1',
          value: 1.1,
          position: 1,
          subPosition: 1,
        },
        {
          effectType: 'setDiscountPerAdditionalCost',
          campaignId: 103,
          ruleName: 'Free shipping over 50',
          name: 'Free shipping',
          value: 4.99,
          additionalCostId: 3,
          additionalCost: 'shipping',
        },
        {
          effectType: 'setDiscountPerAdditionalCostPerItem',
          campaignId: 104,
          ruleName: 'Gift wrap discount',
          name: 'Gift wrap half price',
          value: 1.4,
          desiredValue: 2,
          position: 1,
          additionalCostId: 4,
          additionalCost: 'giftWrap',
        },
      ],
      rolledBackDiscounts: [],
      totalDiscount: 13.29,
      acceptedCoupons: ['FREESHIP', 'SUMMER10'],
      rejectedCoupons: [
        { campaignId: 105, ruleName: 'VIP coupon', value: 'VIP20', reason: 'CouponRecipientDoesNotMatch' },
        {
          campaignId: 101,
          ruleName: '10% off everything',
          value: 'SPRING5',
          reason: 'CouponRejectedByCondition',
          details: 'Cart total must be at least 50',
        },
      ],
      rolledBackCoupons: [],
      acceptedReferrals: ['REF-ANNA'],
      rejectedReferrals: [
        { campaignId: 106, ruleName: 'Refer a friend', value: 'REF-SELF', reason: 'ReferralRecipientIdSameAsAdvocate' },
      ],
      rolledBackReferrals: [],
      loyalty: {
        added: [
          {
            campaignId: 107,
            ruleName: 'Earn 1 point per euro',
            name: 'Earn 1 point per euro',
            programId: 7,
            subLedgerId: '',
            value: 120,
            startDate: '2025-06-01T00:00:00Z',
            expiryDate: '2026-06-01T00:00:00Z',
            cardIdentifier: 'CARD-0042',
            transactionUUID: 'tx-add-1',
          },
          {
            campaignId: 108,
            ruleName: 'Double points on sneakers',
            name: 'Double points on sneakers',
            programId: 7,
            subLedgerId: '',
            value: 30.5,
            desiredValue: 40,
            cartItemPosition: 0,
            transactionUUID: 'tx-add-2',
          },
        ],
        deducted: [
          {
            campaignId: 109,
            ruleName: 'Pay with points',
            name: 'Points spent at checkout',
            ruleTitle: 'Pay with points',
            programId: 7,
            subLedgerId: '',
            value: 50,
            cardIdentifier: 'CARD-0042',
            transactionUUID: 'tx-deduct-1',
          },
        ],
        rolledBackAdditions: [],
        rolledBackDeductions: [],
        pointsAdded: 150.5,
        pointsDeducted: 50,
      },
      freeItems: [{ campaignId: 110, ruleName: 'Free tote over 100', sku: 'SKU-TOTE', name: 'Free tote bag' }],
      notifications: [
        {
          campaignId: 110,
          ruleName: 'Free tote over 100',
          notificationType: 'info',
          title: 'A gift for you',
          body: 'A free tote bag has been added to your cart.',
        },
      ],
    });
  });

  it('adds money without float drift', () => {
    const values = summarizeEffects(openSessionEffects).discounts.map((discount) => discount.value);
    // The fixture is chosen so that the naive sum drifts: this keeps the test meaningful.
    expect(values.reduce((sum, value) => sum + value, 0)).not.toBe(13.29);
    expect(summarizeEffects(openSessionEffects).totalDiscount).toBe(13.29);
  });

  it('summarizes a cancelled session: rollbacks listed, totals negative', () => {
    expect(summarizeEffects(cancelledSessionEffects)).toStrictEqual({
      ...emptySummary,
      rolledBackDiscounts: [
        {
          campaignId: 101,
          ruleName: '10% off everything',
          name: '10% off everything',
          value: 5.1,
          scope: 'sessionTotal',
        },
        {
          campaignId: 102,
          ruleName: 'Sneakers 20% off',
          name: 'Sneakers 20% off#0',
          value: 0.7,
          scope: 'price',
          cartItemPosition: 0,
        },
        {
          campaignId: 103,
          ruleName: 'Free shipping over 50',
          name: 'Free shipping',
          value: 4.99,
          additionalCostId: 3,
          additionalCost: 'shipping',
        },
      ],
      totalDiscount: -10.79,
      rolledBackCoupons: ['FREESHIP'],
      rolledBackReferrals: ['REF-ANNA'],
      loyalty: {
        ...emptySummary.loyalty,
        rolledBackAdditions: [
          {
            campaignId: 107,
            ruleName: 'Earn 1 point per euro',
            programId: 7,
            subLedgerId: '',
            value: 120,
            cardIdentifier: 'CARD-0042',
            transactionUUID: 'tx-rollback-add-1',
          },
        ],
        rolledBackDeductions: [
          {
            campaignId: 109,
            ruleName: 'Pay with points',
            programId: 7,
            subLedgerId: '',
            value: 50,
            startDate: '2025-06-02T00:00:00Z',
            expiryDate: '2026-06-02T00:00:00Z',
            transactionUUID: 'tx-rollback-deduct-1',
          },
        ],
        pointsAdded: -120,
        pointsDeducted: -50,
      },
    });
  });

  it('nets rollbacks against what they roll back when both come in one list', () => {
    const summary = summarizeEffects([...openSessionEffects, ...cancelledSessionEffects]);

    expect(summary.discounts).toHaveLength(5);
    expect(summary.rolledBackDiscounts).toHaveLength(3);
    expect(summary.totalDiscount).toBe(2.5);
    expect(summary.acceptedCoupons).toStrictEqual(['SUMMER10']);
    expect(summary.rolledBackCoupons).toStrictEqual(['FREESHIP']);
    expect(summary.acceptedReferrals).toStrictEqual([]);
    expect(summary.rolledBackReferrals).toStrictEqual(['REF-ANNA']);
    expect(summary.loyalty.pointsAdded).toBe(30.5);
    expect(summary.loyalty.pointsDeducted).toBe(0);
    expect(Object.is(summary.loyalty.pointsDeducted, -0)).toBe(false);
  });

  it('lists an accepted or rolled-back code once, and every rejection', () => {
    const campaign = { campaignId: 201, ruleName: 'Welcome coupon' };
    const summary = summarizeEffects([
      effect('acceptCoupon', campaign, { value: 'WELCOME' }),
      effect('acceptCoupon', campaign, { value: 'WELCOME' }),
      effect('rejectCoupon', campaign, { value: 'OLD', rejectionReason: 'CouponExpired' }),
      effect(
        'rejectCoupon',
        { campaignId: 202, ruleName: 'Other' },
        { value: 'OLD', rejectionReason: 'CouponExpired' },
      ),
      effect('rollbackCoupon', campaign, { value: 'GONE' }),
      effect('rollbackCoupon', campaign, { value: 'GONE' }),
      effect('acceptReferral', campaign, { value: 'REF-1' }),
      effect('acceptReferral', campaign, { value: 'REF-1' }),
    ]);

    expect(summary.acceptedCoupons).toStrictEqual(['WELCOME']);
    expect(summary.rejectedCoupons.map((rejected) => [rejected.campaignId, rejected.value])).toStrictEqual([
      [201, 'OLD'],
      [202, 'OLD'],
    ]);
    expect(summary.rolledBackCoupons).toStrictEqual(['GONE']);
    expect(summary.acceptedReferrals).toStrictEqual(['REF-1']);
  });

  it('keeps the campaign exclusion reason of a rejection', () => {
    const summary = summarizeEffects([
      effect(
        'rejectReferral',
        { campaignId: 301, ruleName: 'Referral' },
        { value: 'REF-2', rejectionReason: 'EffectCouldNotBeApplied', campaignExclusionReason: 'CampaignLimitReached' },
      ),
    ]);

    expect(summary.rejectedReferrals).toStrictEqual([
      {
        campaignId: 301,
        ruleName: 'Referral',
        value: 'REF-2',
        reason: 'EffectCouldNotBeApplied',
        campaignExclusionReason: 'CampaignLimitReached',
      },
    ]);
  });

  it('sums money in currencies without cents or with three decimals', () => {
    const campaign = { campaignId: 401, ruleName: 'Discounts' };
    const yen = [1500, 300, 45].map((value) => effect('setDiscount', campaign, { name: 'Yen off', value }));
    const dinars = [1.005, 2.005, 0.125].map((value) => effect('setDiscount', campaign, { name: 'KWD off', value }));

    expect(summarizeEffects(yen).totalDiscount).toBe(1845);
    expect(summarizeEffects(dinars).totalDiscount).toBe(3.135);
  });

  it('gives an empty summary for no effects, or for effects it does not show', () => {
    const notShown = openSessionEffects.filter(
      (e) => e.effectType === 'triggerWebhook' || e.effectType === 'awardBadge',
    );

    expect(notShown).toHaveLength(2);
    expect(summarizeEffects(undefined)).toStrictEqual(emptySummary);
    expect(summarizeEffects([])).toStrictEqual(emptySummary);
    expect(summarizeEffects(notShown)).toStrictEqual(emptySummary);
  });

  it('never throws on an effect type newer than the kit, whatever its props', () => {
    const unknown = { campaignId: 1, rulesetId: 1, ruleIndex: 0, ruleName: 'New', effectType: 'awardBadge' };

    expect(summarizeEffects([{ ...unknown, props: {} }])).toStrictEqual(emptySummary);
    expect(summarizeEffects([{ ...unknown, props: { value: 'not a number', name: null } }])).toStrictEqual(
      emptySummary,
    );
  });

  it('returns fresh arrays, leaving the effects as they were', () => {
    const effects = [...openSessionEffects];
    const before = structuredClone(effects);
    const summary = summarizeEffects(effects);
    summary.discounts.pop();

    expect(effects).toStrictEqual(before);
    expect(summarizeEffects(effects).discounts).toHaveLength(5);
  });
});
