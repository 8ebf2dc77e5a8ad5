// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import { demo, demoSeed } from '../../src/mock/demoSeed.js';
import { keys } from '../../src/mock/keys.js';

const now = '2026-01-15T12:00:00.000Z';
const load = () => createTalonSandbox(demoSeed({ now }), { now });

describe('demoSeed', () => {
  it('is plain JSON and loads', () => {
    const seed = demoSeed({ now });
    expect(JSON.parse(JSON.stringify(seed))).toEqual(seed);
    expect(() => load()).not.toThrow();
  });

  it('dates everything relative to now, so the demo never goes stale', () => {
    const a = demoSeed({ now });
    const b = demoSeed({ now: new Date('2030-06-01T00:00:00.000Z') });
    const expiry = (seed: typeof a) => seed.coupons?.find((c) => c.value === demo.coupons.expired)?.expiryDate;
    expect(expiry(a)).toBe('2026-01-14T12:00:00.000Z');
    expect(expiry(b)).toBe('2030-05-31T00:00:00.000Z');
    const current = demoSeed();
    const pending = current.coupons?.find((c) => c.value === demo.coupons.pending)?.startDate ?? '';
    expect(new Date(pending).getTime()).toBeGreaterThan(Date.now());
  });

  it('has the customers, with names and emails, and Alan in the VIP audience', () => {
    const { state } = load();
    for (const id of Object.values(demo.profiles)) {
      expect(state.profiles.get(id)?.attributes).toMatchObject({ Name: expect.any(String), Email: expect.any(String) });
    }
    expect(state.profiles.get('demo-shopper-1')?.attributes.Name).toMatch(/^Ada/);
    expect(state.audiences.get(demo.audiences.vip)?.name).toBe('VIP customers');
    expect(Object.keys(state.profiles.get('demo-vip')!.audiences)).toEqual(['1']);
    expect(state.profiles.get('demo-shopper-1')?.audiences).toEqual({});
  });

  it('has coupons in every state', () => {
    const { state } = load();
    const coupon = (value: string) => state.coupons.get(value)!;
    expect(coupon('WELCOME10')).toMatchObject({ campaignId: 1, usageLimit: 0, disabled: false });
    expect(coupon('WELCOME10').expiryDate).toBeUndefined();
    expect(coupon('EXPIRED10').expiryDate! < now).toBe(true);
    expect(coupon('USEDUP10')).toMatchObject({ usageLimit: 1, usageCounter: 1 });
    expect(coupon('SOON10').startDate! > now).toBe(true);
    expect(coupon('RESERVED10')).toMatchObject({ isReservationMandatory: true, reservedBy: ['demo-shopper-1'] });
    expect(coupon('VISIBLE10')).toMatchObject({ implicitlyReserved: true });
    const campaign = state.campaigns.get(demo.campaigns.coupons)!;
    expect(campaign.rules[0]).toMatchObject({
      conditions: [{ type: 'couponValid' }],
      effects: [{ type: 'percentDiscount', percent: 10 }],
    });
  });

  it('has a threshold discount, VIP perks and a referral code per advocate', () => {
    const { state } = load();
    expect(state.campaigns.get(demo.campaigns.threshold)?.rules[0]?.conditions).toEqual([
      { type: 'cartSubtotalAtLeast', amount: 100 },
    ]);
    expect(state.campaigns.get(demo.campaigns.vip)?.rules[0]?.conditions).toEqual([
      { type: 'profileInAudience', audienceId: 1 },
    ]);
    for (const [who, code] of Object.entries(demo.referrals)) {
      const profile = demo.profiles[who as keyof typeof demo.profiles];
      expect(state.referrals.get(code)).toMatchObject({ campaignId: 3, advocateProfileIntegrationId: profile });
    }
  });

  it('has a profile-based program with tiers, a subledger and pending, expiring and expired history', () => {
    const { state } = load();
    expect(state.loyaltyPrograms.get(1)).toMatchObject({
      subledgers: ['coffee-club'],
      tiers: [
        { name: 'Bronze', minPoints: 0 },
        { name: 'Silver', minPoints: 500 },
        { name: 'Gold', minPoints: 1500 },
      ],
    });
    const ledger = state.ledgers.get(keys.profileLedger(1, 'demo-shopper-1'))!;
    const main = ledger.filter((entry) => entry.subledgerId === '');
    const active = main.filter((e) => e.startDate <= now && (e.expiryDate === 'unlimited' || e.expiryDate > now));
    expect(active.reduce((sum, entry) => sum + entry.amount, 0)).toBe(600);
    expect(main.some((entry) => entry.startDate > now)).toBe(true);
    expect(main.some((entry) => entry.expiryDate !== 'unlimited' && entry.expiryDate < now)).toBe(true);
    expect(ledger.some((entry) => entry.subledgerId === 'coffee-club')).toBe(true);
    expect(state.profiles.get('demo-shopper-1')?.loyaltyPrograms).toHaveProperty('1');
    const grace = state.ledgers.get(keys.profileLedger(1, 'demo-shopper-2'))!;
    expect(grace.some((entry) => entry.startDate > now)).toBe(true);
    const alan = state.ledgers.get(keys.profileLedger(1, 'demo-vip'))!;
    expect(alan.reduce((sum, entry) => sum + entry.amount, 0)).toBeGreaterThanOrEqual(1500);
    const earning = state.campaigns.get(demo.campaigns.loyalty)!.rules[0]!;
    expect(earning.effects).toEqual([expect.objectContaining({ programId: 1, percentOfSubtotal: 100 })]);
  });

  it('has a card-based program with a linked, an unlinked and a full card', () => {
    const { state } = load();
    expect(state.loyaltyPrograms.get(2)).toMatchObject({ cardBased: true, usersPerCardLimit: 2 });
    const card = (identifier: string) => state.loyaltyCards.get(keys.card(2, identifier))!;
    expect(card('DEMO-CARD-0001').profiles.map((p) => p.integrationId)).toEqual(['demo-shopper-1']);
    expect(card('DEMO-CARD-0002').profiles).toEqual([]);
    expect(card('DEMO-CARD-0003').profiles).toHaveLength(2);
    expect(state.ledgers.get(keys.cardLedger(2, 'DEMO-CARD-0003'))?.length).toBeGreaterThan(0);
  });

  it('has three achievements: in progress, completed and not started, each fed by a rule', () => {
    const { state } = load();
    const progress = (achievementId: number) =>
      state.achievementProgress.get(keys.achievementProgress(achievementId, 'demo-shopper-1'))?.at(-1);
    expect(state.achievements.get(1)).toMatchObject({ title: 'Place 3 orders', target: 3 });
    expect(progress(1)).toMatchObject({ progress: 2, status: 'inprogress' });
    expect(progress(2)).toMatchObject({ progress: 1, status: 'completed' });
    expect(progress(3)).toBeUndefined();
    const fed = state.campaigns
      .get(demo.campaigns.achievements)!
      .rules.flatMap((rule) => rule.effects)
      .flatMap((effect) => (effect.type === 'increaseAchievementProgress' ? [effect.achievementId] : []));
    expect(fed.sort()).toEqual([1, 2, 3]);
    for (const id of [1, 2, 3]) expect(state.achievements.get(id)?.campaignId).toBe(demo.campaigns.achievements);
  });

  it('has a catalog of 10 products with SKU, price and category', () => {
    const { state } = load();
    const items = [...state.catalogs.get(1)!.items.values()];
    expect(items).toHaveLength(10);
    for (const item of items) {
      expect(item).toMatchObject({ sku: expect.any(String), price: expect.any(Number) });
      expect(item.attributes?.category).toEqual(expect.any(String));
    }
  });

  it('every campaign exists that an achievement, coupon or referral names', () => {
    const { state } = load();
    const ids = [
      ...[...state.coupons.values()].map((c) => c.campaignId),
      ...[...state.referrals.values()].map((r) => r.campaignId),
      ...[...state.achievements.values()].map((a) => a.campaignId),
    ];
    for (const id of ids) expect(state.campaigns.has(id)).toBe(true);
  });
});

describe('demoSeed through the operations', () => {
  it('shows Ada as Silver with 600 active and 120 pending points, and a coffee-club subledger', () => {
    const sandbox = load();
    const balances = sandbox.call('getLoyaltyBalances', {
      loyaltyProgramId: demo.loyaltyPrograms.points,
      integrationId: demo.profiles.ada,
      includeTiers: true,
    });
    expect(balances.balance).toMatchObject({ activePoints: 600, pendingPoints: 120, expiredPoints: 80 });
    expect(balances.balance?.currentTier?.name).toBe('Silver');
    expect(balances.subledgerBalances?.['coffee-club']).toMatchObject({ activePoints: 30 });
    const alan = sandbox.call('getLoyaltyBalances', {
      loyaltyProgramId: 1,
      integrationId: demo.profiles.vip,
      includeTiers: true,
    });
    expect(alan.balance?.currentTier?.name).toBe('Gold');
  });

  it('refuses to link a third customer to the full card and links one to the unlinked card', () => {
    const sandbox = load();
    const link = (loyaltyCardId: string) =>
      sandbox.call('linkLoyaltyCardToProfile', {
        loyaltyProgramId: demo.loyaltyPrograms.cards,
        loyaltyCardId,
        body: { integrationId: demo.profiles.ada },
      });
    const before = sandbox.snapshot();
    expect(() => link(demo.loyaltyCards.full)).toThrow(/usersPerCardLimit|limit/);
    expect(sandbox.snapshot()).toEqual(before);
    expect(link(demo.loyaltyCards.unlinked).profiles?.map((p) => p.integrationId)).toEqual([demo.profiles.ada]);
  });

  it('puts the implicitly reserved code in every inventory and the hard-reserved one in Ada’s', () => {
    const sandbox = load();
    const codes = (integrationId: string) =>
      sandbox
        .call('getCustomerInventory', { integrationId, coupons: true })
        .coupons?.map((c) => c.value)
        .sort();
    expect(codes(demo.profiles.grace)).toEqual(['VISIBLE10']);
    expect(codes(demo.profiles.ada)).toEqual(['RESERVED10', 'VISIBLE10']);
  });
});

describe('demoSeed in customer sessions', () => {
  const cart = [
    { name: 'Sneakers', sku: 'SNEAKERS', quantity: 1, price: 90, category: 'shoes' },
    { name: 'Coffee beans 500 g', sku: 'COFFEE', quantity: 1, price: 15, attributes: { category: 'drinks' } },
  ];
  const update = (
    sandbox: ReturnType<typeof load>,
    customerSessionId: string,
    session: { profileId: string; couponCodes?: string[]; state?: 'open' | 'closed' },
  ) =>
    z.parse(
      operations.updateCustomerSessionV2.output!,
      sandbox.call('updateCustomerSessionV2', {
        customerSessionId,
        body: { customerSession: { ...session, cartItems: cart } },
      }),
    );
  const couponEffects = (effects: Array<{ effectType: string; props: Record<string, unknown> }>) =>
    effects.filter((e) => e.effectType === 'acceptCoupon' || e.effectType === 'rejectCoupon');

  it('accepts WELCOME10 with 10% off', () => {
    const sandbox = load();
    const { effects } = update(sandbox, 's1', { profileId: demo.profiles.grace, couponCodes: ['WELCOME10'] });
    expect(couponEffects(effects)).toEqual([
      expect.objectContaining({ effectType: 'acceptCoupon', props: { value: 'WELCOME10' } }),
    ]);
    expect(effects).toContainEqual(
      expect.objectContaining({ effectType: 'setDiscount', props: expect.objectContaining({ value: 10.5 }) }),
    );
  });

  it.each([
    ['EXPIRED10', demo.profiles.grace, 'CouponExpired'],
    ['USEDUP10', demo.profiles.grace, 'CouponLimitReached'],
    ['SOON10', demo.profiles.grace, 'CouponStartDateInFuture'],
    ['RESERVED10', demo.profiles.grace, 'CouponReservationRequired'],
  ])('rejects %s for %s with %s', (code, profileId, reason) => {
    const sandbox = load();
    const { effects } = update(sandbox, 's1', { profileId, couponCodes: [code] });
    expect(couponEffects(effects)).toEqual([
      expect.objectContaining({
        effectType: 'rejectCoupon',
        props: expect.objectContaining({ value: code, rejectionReason: reason }),
      }),
    ]);
  });

  it('accepts the hard-reserved code for Ada, who reserved it', () => {
    const sandbox = load();
    const { effects } = update(sandbox, 's1', { profileId: demo.profiles.ada, couponCodes: ['RESERVED10'] });
    expect(couponEffects(effects)).toEqual([expect.objectContaining({ effectType: 'acceptCoupon' })]);
  });

  it('earns 1 point per currency unit on close and completes Ada’s "Place 3 orders"', () => {
    const sandbox = load();
    update(sandbox, 's1', { profileId: demo.profiles.ada, state: 'open' });
    update(sandbox, 's1', { profileId: demo.profiles.ada, state: 'closed' });
    const balances = sandbox.call('getLoyaltyBalances', { loyaltyProgramId: 1, integrationId: demo.profiles.ada });
    expect(balances.balance?.activePoints).toBe(600 + 105);
    const progress = sandbox.state.achievementProgress.get(keys.achievementProgress(1, demo.profiles.ada))?.at(-1);
    expect(progress).toMatchObject({ progress: 3, status: 'completed' });
  });

  it('gives VIPs 5% off and a friend with a referral code 15% off', () => {
    const sandbox = load();
    const vip = update(sandbox, 's1', { profileId: demo.profiles.vip });
    expect(vip.effects).toContainEqual(
      expect.objectContaining({ effectType: 'setDiscount', props: expect.objectContaining({ name: 'VIP 5% off' }) }),
    );
    const grace = update(sandbox, 's2', { profileId: demo.profiles.grace });
    expect(grace.effects.map((e) => e.props.name)).not.toContain('VIP 5% off');
    const friend = z.parse(
      operations.updateCustomerSessionV2.output!,
      sandbox.call('updateCustomerSessionV2', {
        customerSessionId: 's3',
        body: { customerSession: { profileId: 'new-friend', referralCode: demo.referrals.ada, cartItems: cart } },
      }),
    );
    expect(friend.effects).toContainEqual(expect.objectContaining({ effectType: 'acceptReferral' }));
    expect(friend.effects).toContainEqual(
      expect.objectContaining({ effectType: 'setDiscount', props: expect.objectContaining({ value: 15.75 }) }),
    );
  });
});

describe('demoSeed options', () => {
  it('refuses a now that is not a date, saying so', () => {
    expect(() => demoSeed({ now: 'yesterday' })).toThrow(/now is not a valid date: yesterday/);
  });
});
