import type { Effect, EffectType, KnownEffect, UnknownEffect } from '../../src/schemas/Effect.js';
import type { EffectBase } from '../../src/schemas/EffectBase.js';
import type { EffectPropsByType } from '../../src/schemas/effects/effectPropsSchemas.js';
import type { DeclaredKey } from '../../src/effects/DeclaredKey.js';
import type { PickDeclared } from '../../src/effects/PickDeclared.js';

type Origin = Pick<EffectBase, 'campaignId' | 'ruleName'> & Partial<EffectBase>;

// Without the index signature, so a misspelt prop name in a fixture is a type error, not a silent extra key.
type SpecProps<T extends EffectType> = PickDeclared<EffectPropsByType[T], DeclaredKey<EffectPropsByType[T]>>;

/** An effect as the Integration API sends it. */
export function effect<T extends EffectType>(effectType: T, origin: Origin, props: SpecProps<T>): KnownEffect<T> {
  return { rulesetId: origin.campaignId * 10, ruleIndex: 0, ...origin, effectType, props } as KnownEffect<T>;
}

const summerSale = { campaignId: 101, ruleName: '10% off everything' };
const sneakerWeek = { campaignId: 102, ruleName: 'Sneakers 20% off' };
const freeShipping = { campaignId: 103, ruleName: 'Free shipping over 50', triggeredByCoupon: 9001 };
const giftWrap = { campaignId: 104, ruleName: 'Gift wrap discount' };
const vipCoupon = { campaignId: 105, ruleName: 'VIP coupon' };
const referrals = { campaignId: 106, ruleName: 'Refer a friend' };
const loyalty = { campaignId: 107, ruleName: 'Earn 1 point per euro' };
const bonusPoints = { campaignId: 108, ruleName: 'Double points on sneakers' };
const payWithPoints = { campaignId: 109, ruleName: 'Pay with points' };
const toteGift = { campaignId: 110, ruleName: 'Free tote over 100' };

/** The effects of an open session: every kind the summary shows, a type it ignores, and one newer than the kit. */
export const openSessionEffects: Effect[] = [
  effect('setDiscount', summerSale, { name: '10% off everything', value: 5.1, scope: 'sessionTotal' }),
  effect('setDiscountPerItem', sneakerWeek, {
    name: 'Sneakers 20% off#0',
    value: 0.7,
    position: 0,
    scope: 'price',
    desiredValue: 0.7,
  }),
  effect('setDiscountPerItem', sneakerWeek, { name: 'Sneakers 20% off#1', value: 1.1, position: 1, subPosition: 1 }),
  effect('acceptCoupon', freeShipping, { value: 'FREESHIP' }),
  effect('setDiscountPerAdditionalCost', freeShipping, {
    name: 'Free shipping',
    additionalCostId: 3,
    additionalCost: 'shipping',
    value: 4.99,
  }),
  effect('setDiscountPerAdditionalCostPerItem', giftWrap, {
    name: 'Gift wrap half price',
    additionalCostId: 4,
    additionalCost: 'giftWrap',
    value: 1.4,
    position: 1,
    desiredValue: 2,
  }),
  effect('rejectCoupon', vipCoupon, { value: 'VIP20', rejectionReason: 'CouponRecipientDoesNotMatch' }),
  effect('rejectCoupon', summerSale, {
    value: 'SPRING5',
    rejectionReason: 'CouponRejectedByCondition',
    conditionIndex: 1,
    details: 'Cart total must be at least 50',
  }),
  effect('acceptCoupon', summerSale, { value: 'SUMMER10' }),
  effect('acceptReferral', referrals, { value: 'REF-ANNA' }),
  effect('rejectReferral', referrals, {
    value: 'REF-SELF',
    rejectionReason: 'ReferralRecipientIdSameAsAdvocate',
    effectIndex: 0,
  }),
  effect('addLoyaltyPoints', loyalty, {
    name: 'Earn 1 point per euro',
    programId: 7,
    subLedgerId: '',
    value: 120,
    recipientIntegrationId: 'customer-42',
    startDate: '2025-06-01T00:00:00Z',
    expiryDate: '2026-06-01T00:00:00Z',
    transactionUUID: 'tx-add-1',
    cardIdentifier: 'CARD-0042',
  }),
  effect('addLoyaltyPoints', bonusPoints, {
    name: 'Double points on sneakers',
    programId: 7,
    subLedgerId: '',
    value: 30.5,
    desiredValue: 40,
    recipientIntegrationId: 'customer-42',
    transactionUUID: 'tx-add-2',
    cartItemPosition: 0,
  }),
  effect('deductLoyaltyPoints', payWithPoints, {
    ruleTitle: 'Pay with points',
    programId: 7,
    subLedgerId: '',
    value: 50,
    transactionUUID: 'tx-deduct-1',
    name: 'Points spent at checkout',
    cardIdentifier: 'CARD-0042',
  }),
  effect('addFreeItem', toteGift, { sku: 'SKU-TOTE', name: 'Free tote bag' }),
  effect('showNotification', toteGift, {
    notificationType: 'info',
    title: 'A gift for you',
    body: 'A free tote bag has been added to your cart.',
  }),
  effect('triggerWebhook', loyalty, { webhookId: 12, webhookName: 'Sync points' }),
  {
    campaignId: 111,
    rulesetId: 1110,
    ruleIndex: 0,
    ruleName: 'Badge for early birds',
    effectType: 'awardBadge',
    props: { badge: 'early-bird', value: 1000 },
  } satisfies UnknownEffect,
];

/** The effects of cancelling that session once it was closed. */
export const cancelledSessionEffects: Effect[] = [
  effect('rollbackDiscount', summerSale, { name: '10% off everything', value: 5.1, scope: 'sessionTotal' }),
  effect('rollbackDiscount', sneakerWeek, {
    name: 'Sneakers 20% off#0',
    value: 0.7,
    cartItemPosition: 0,
    scope: 'price',
  }),
  effect('rollbackDiscount', freeShipping, {
    name: 'Free shipping',
    value: 4.99,
    additionalCostId: 3,
    additionalCost: 'shipping',
  }),
  effect('rollbackCoupon', freeShipping, { value: 'FREESHIP' }),
  effect('rollbackReferral', referrals, { value: 'REF-ANNA' }),
  effect('rollbackAddedLoyaltyPoints', loyalty, {
    programId: 7,
    subLedgerId: '',
    value: 120,
    recipientIntegrationId: 'customer-42',
    transactionUUID: 'tx-rollback-add-1',
    cardIdentifier: 'CARD-0042',
  }),
  effect('rollbackDeductedLoyaltyPoints', payWithPoints, {
    programId: 7,
    subLedgerId: '',
    value: 50,
    recipientIntegrationId: 'customer-42',
    startDate: '2025-06-02T00:00:00Z',
    expiryDate: '2026-06-02T00:00:00Z',
    transactionUUID: 'tx-rollback-deduct-1',
  }),
];
