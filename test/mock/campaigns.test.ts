// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import type { SandboxCampaign, SandboxEffect, SandboxRule } from '../../src/mock/campaigns/SandboxCampaign.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import type { CartItem } from '../../src/schemas/CartItem.js';
import type { Effect } from '../../src/schemas/Effect.js';
import type { NewCustomerSessionV2 } from '../../src/schemas/NewCustomerSessionV2.js';

const now = '2026-01-15T12:00:00.000Z';

const base: SandboxSeed = {
  loyaltyPrograms: [
    { id: 1, name: 'points', title: 'Points', subledgers: ['vip'], defaultValidity: 'P1Y' },
    { id: 2, name: 'cards', title: 'Cards', cardBased: true },
  ],
  loyaltyCards: [{ programId: 2, identifier: 'CARD-1', profiles: ['alice'] }],
  audiences: [
    { id: 10, name: 'Shoe lovers' },
    { id: 11, name: 'Newsletter' },
  ],
  profiles: [{ integrationId: 'alice', attributes: { tier: 'gold' }, audiences: [11] }],
  coupons: [{ value: 'RESERVE-ME', campaignId: 1, usageLimit: 0 }],
};

// Subtotal 100: one shoe at 60, two shirts at 20.
const cart: CartItem[] = [
  { sku: 'SHOE', price: 60, quantity: 1, category: 'shoes' },
  { sku: 'SHIRT', price: 20, quantity: 2, attributes: { colour: 'red' } },
];

function campaign(id: number, rules: SandboxRule[], extra: Partial<SandboxCampaign> = {}): SandboxCampaign {
  return { id, name: `Campaign ${id}`, rules, ...extra };
}

const rule = (effects: SandboxEffect[], conditions: SandboxRule['conditions'] = []): SandboxRule => ({
  title: 'Rule',
  conditions,
  effects,
});

function evaluate(
  campaigns: SandboxCampaign[],
  customerSession: NewCustomerSessionV2 = {},
  responseContent?: Array<'triggeredCampaigns' | 'ruleFailureReasons'>,
) {
  const sandbox = createTalonSandbox({ ...base, campaigns }, { now });
  const result = sandbox.call('updateCustomerSessionV2', {
    customerSessionId: 's1',
    body: {
      customerSession: { profileId: 'alice', cartItems: cart, ...customerSession },
      ...(responseContent ? { responseContent } : {}),
    },
  });
  expect(z.safeParse(operations.updateCustomerSessionV2.output!, result).success).toBe(true);
  return { sandbox, result, effects: result.effects };
}

const props = (effects: readonly Effect[]) => effects.map((effect) => ({ [effect.effectType]: effect.props }));

describe('campaign engine: discounts', () => {
  it('gives percent and fixed discounts on the session and per matching item line', () => {
    const { effects } = evaluate([
      campaign(1, [rule([{ type: 'percentDiscount', name: 'Ten', percent: 10 }])]),
      campaign(2, [
        rule([
          { type: 'percentDiscount', name: 'Red', percent: 50, items: { attribute: { name: 'colour', value: 'red' } } },
        ]),
      ]),
      campaign(3, [
        rule([
          {
            type: 'fixedDiscount',
            name: 'Shoe',
            amount: 7,
            items: { attribute: { name: 'category', value: 'shoes' } },
          },
        ]),
      ]),
      campaign(4, [rule([{ type: 'fixedDiscount', name: 'Five', amount: 5 }])]),
    ]);
    expect(props(effects)).toEqual([
      { setDiscount: { name: 'Ten', value: 10, scope: 'cartItems' } },
      { setDiscountPerItem: { name: 'Red#1', value: 20, position: 1, scope: 'price' } },
      { setDiscountPerItem: { name: 'Shoe#0', value: 7, position: 0, scope: 'price' } },
      { setDiscount: { name: 'Five', value: 5, scope: 'cartItems' } },
    ]);
  });

  it('never discounts more than the price of a line or the subtotal', () => {
    const { effects } = evaluate([
      campaign(1, [rule([{ type: 'fixedDiscount', name: 'Shoe', amount: 100, items: { sku: 'SHOE' } }])]),
      campaign(2, [rule([{ type: 'fixedDiscount', name: 'Big', amount: 500 }])]),
      campaign(3, [rule([{ type: 'percentDiscount', name: 'More', percent: 10 }])]),
    ]);
    expect(props(effects)).toEqual([
      { setDiscountPerItem: { name: 'Shoe#0', value: 60, desiredValue: 100, position: 0, scope: 'price' } },
      { setDiscount: { name: 'Big', value: 40, desiredValue: 500, scope: 'cartItems' } },
    ]);
  });
});

describe('campaign engine: conditions', () => {
  const hello = (id: number, conditions: SandboxRule['conditions']) =>
    campaign(id, [
      { title: `Rule ${id}`, conditions, effects: [{ type: 'showNotification', title: `${id}`, body: '' }] },
    ]);

  it('fires a rule only when all its conditions hold', () => {
    const { result } = evaluate(
      [
        hello(1, [{ type: 'cartSubtotalAtLeast', amount: 100 }]),
        hello(2, [{ type: 'cartSubtotalAtLeast', amount: 100.01 }]),
        hello(3, [{ type: 'cartItemCountAtLeast', count: 3 }]),
        hello(4, [{ type: 'cartItemCountAtLeast', count: 4 }]),
        hello(5, [{ type: 'itemInCart', item: { attribute: { name: 'colour', value: 'red' } }, minQuantity: 2 }]),
        hello(6, [{ type: 'itemInCart', item: { sku: 'SHOE' }, minQuantity: 2 }]),
        hello(7, [{ type: 'profileInAudience', audienceId: 11 }]),
        hello(8, [{ type: 'profileInAudience', audienceId: 10 }]),
        hello(9, [{ type: 'profileAttribute', name: 'tier', value: 'gold' }]),
        hello(10, [{ type: 'sessionAttribute', name: 'channel', value: 'web' }]),
        hello(11, [{ type: 'sessionAttribute', name: 'channel', value: 'app' }]),
        hello(12, [{ type: 'event', eventType: 'viewed' }]),
      ],
      { attributes: { channel: 'web' } },
      ['triggeredCampaigns', 'ruleFailureReasons'],
    );
    expect(result.triggeredCampaigns?.map((triggered) => triggered.id)).toEqual([1, 3, 5, 7, 9, 10]);
    // Event rules are not evaluated for sessions at all; the others say which condition failed.
    expect(result.ruleFailureReasons?.map((failure) => [failure.campaignID, failure.conditionIndex])).toEqual([
      [2, 0],
      [4, 0],
      [6, 0],
      [8, 0],
      [11, 0],
    ]);
    expect(result.ruleFailureReasons?.[0]).toMatchObject({
      campaignName: 'Campaign 2',
      ruleName: 'Rule 2',
      rulesetID: 2,
    });
  });

  it('runs only enabled campaigns within their time, limited to evaluableCampaignIds', () => {
    const campaigns = [
      hello(1, []),
      { ...hello(2, []), state: 'disabled' as const },
      { ...hello(3, []), startTime: '2026-02-01T00:00:00Z' },
      { ...hello(4, []), endTime: '2026-01-15T12:00:00.000Z' },
      { ...hello(5, []), startTime: '2026-01-01T00:00:00Z', endTime: '2026-02-01T00:00:00Z' },
      hello(6, []),
    ];
    const all = evaluate(campaigns, {}, ['triggeredCampaigns']).result;
    expect(all.triggeredCampaigns?.map((triggered) => [triggered.id, triggered.frontendState])).toEqual([
      [1, 'running'],
      [5, 'running'],
      [6, 'running'],
    ]);
    const some = evaluate(campaigns, { evaluableCampaignIds: [6, 2] }).result;
    expect(some.effects.map((effect) => effect.campaignId)).toEqual([6]);
  });
});

describe('campaign engine: other effects', () => {
  it('adds free items, notifications, custom effects and audience changes', () => {
    const { effects } = evaluate([
      campaign(7, [
        rule([
          { type: 'freeItem', sku: 'GIFT', name: 'A gift' },
          { type: 'showNotification', title: 'Hi', body: 'Welcome', notificationType: 'promo' },
          { type: 'customEffect', name: 'confetti', payload: { colour: 'gold' } },
          { type: 'addToAudience', audienceId: 10 },
          { type: 'removeFromAudience', audienceId: 11 },
        ]),
      ]),
    ]);
    const alice = 1;
    expect(props(effects)).toEqual([
      { addFreeItem: { sku: 'GIFT', name: 'A gift' } },
      { showNotification: { notificationType: 'promo', title: 'Hi', body: 'Welcome' } },
      { customEffect: { effectId: 70002, name: 'confetti', payload: { colour: 'gold' } } },
      {
        addToAudience: { audienceId: 10, audienceName: 'Shoe lovers', profileIntegrationId: 'alice', profileId: alice },
      },
      {
        removeFromAudience: {
          audienceId: 11,
          audienceName: 'Newsletter',
          profileIntegrationId: 'alice',
          profileId: alice,
        },
      },
    ]);
  });

  it('commits audience changes, reservations and created codes on close', () => {
    const { sandbox } = evaluate([
      campaign(1, [
        rule([
          { type: 'addToAudience', audienceId: 10 },
          { type: 'removeFromAudience', audienceId: 11 },
          { type: 'reserveCoupon', couponValue: 'RESERVE-ME' },
          { type: 'createCoupon', usageLimit: 2, validFor: 'P30D' },
          { type: 'createReferral' },
        ]),
      ]),
    ]);
    expect(sandbox.state.profiles.get('alice')?.audiences).toEqual({ 11: now });
    const closed = sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's1',
      body: { customerSession: { state: 'closed' } },
    });
    expect(z.safeParse(operations.updateCustomerSessionV2.output!, closed).success).toBe(true);
    expect(Object.keys(sandbox.state.profiles.get('alice')?.audiences ?? {})).toEqual(['10']);
    expect(sandbox.state.coupons.get('RESERVE-ME')?.reservedBy).toEqual(['alice']);
    const [created] = closed.createdCoupons;
    expect(created).toMatchObject({
      campaignId: 1,
      usageLimit: 2,
      recipientIntegrationId: 'alice',
      expiryDate: '2026-02-14T12:00:00.000Z',
    });
    expect(sandbox.state.coupons.has(created!.value)).toBe(true);
    const [referral] = closed.createdReferrals;
    expect(referral).toMatchObject({ campaignId: 1, advocateProfileIntegrationId: 'alice' });
    expect(props(closed.effects)).toEqual([
      { addToAudience: expect.objectContaining({ audienceId: 10 }) },
      { removeFromAudience: expect.objectContaining({ audienceId: 11 }) },
      { reserveCoupon: { couponValue: 'RESERVE-ME', profileIntegrationId: 'alice', isNewReservation: true } },
      { couponCreated: { value: created!.value, profileId: 'alice' } },
      { referralCreated: { value: referral!.code } },
    ]);
  });
});

describe('campaign engine: loyalty points', () => {
  it('awards fixed and percentage points, per item, to a subledger, with pending and expiry dates', () => {
    const { effects } = evaluate([
      campaign(1, [
        rule([
          {
            type: 'addLoyaltyPoints',
            programId: 1,
            points: 50,
            name: 'Bonus',
            subledgerId: 'vip',
            pendingDuration: 'P7D',
            expiryDuration: 'P30D',
          },
          {
            type: 'addLoyaltyPoints',
            programId: 1,
            percentOfSubtotal: 5,
            items: { attribute: { name: 'colour', value: 'red' } },
          },
          { type: 'addLoyaltyPoints', programId: 1, points: 1, subledgerId: 'unknown' },
        ]),
      ]),
    ]);
    expect(effects.map((effect) => effect.props)).toEqual([
      {
        name: 'Bonus',
        programId: 1,
        subLedgerId: 'vip',
        value: 50,
        recipientIntegrationId: 'alice',
        startDate: '2026-01-22T12:00:00.000Z',
        expiryDate: '2026-02-21T12:00:00.000Z',
        transactionUUID: expect.any(String),
      },
      {
        name: 'Rule',
        programId: 1,
        subLedgerId: '',
        value: 2,
        recipientIntegrationId: 'alice',
        // The program's default validity: a year.
        expiryDate: '2027-01-15T12:00:00.000Z',
        transactionUUID: expect.any(String),
        cartItemPosition: 1,
      },
    ]);
  });

  it('awards the points of a card-based program to the session card, and none without a card', () => {
    const campaigns = [campaign(1, [rule([{ type: 'addLoyaltyPoints', programId: 2, points: 10 }])])];
    expect(evaluate(campaigns).effects).toEqual([]);
    const { sandbox, effects } = evaluate(campaigns, { loyaltyCards: ['CARD-1'], state: 'closed' });
    expect(effects[0]?.props).toMatchObject({ cardIdentifier: 'CARD-1', value: 10, programId: 2 });
    expect(sandbox.state.ledgers.get('card/2/CARD-1')?.map((entry) => entry.amount)).toEqual([10]);
  });

  it('deducts points on close and gives them back when the session is cancelled', () => {
    const campaigns = [campaign(1, [rule([{ type: 'deductLoyaltyPoints', programId: 1, points: 30 }])])];
    const { sandbox, effects } = evaluate(campaigns, { state: 'closed' });
    expect(effects[0]?.props).toEqual({
      ruleTitle: 'Rule',
      programId: 1,
      subLedgerId: '',
      value: 30,
      transactionUUID: expect.any(String),
      name: 'points',
    });
    expect(sandbox.state.ledgers.get('profile/1/alice')?.map((entry) => entry.amount)).toEqual([-30]);
    const cancelled = sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 's1',
      body: { customerSession: { state: 'cancelled' } },
    });
    expect(cancelled.effects[0]).toMatchObject({
      effectType: 'rollbackDeductedLoyaltyPoints',
      props: { programId: 1, value: 30, recipientIntegrationId: 'alice' },
    });
    expect(sandbox.state.ledgers.get('profile/1/alice')?.map((entry) => entry.amount)).toEqual([-30, 30]);
  });

  it('gives anonymous sessions no profile points, achievements or created codes', () => {
    const { effects } = evaluate(
      [
        campaign(1, [
          rule([
            { type: 'addLoyaltyPoints', programId: 1, points: 10 },
            { type: 'increaseAchievementProgress', achievementId: 1 },
            { type: 'createCoupon' },
            { type: 'percentDiscount', percent: 10 },
          ]),
        ]),
      ],
      { profileId: '', state: 'closed' },
    );
    expect(effects.map((effect) => effect.effectType)).toEqual(['setDiscount']);
  });
});
