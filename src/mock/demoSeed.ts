import type { SandboxCampaign } from './campaigns/SandboxCampaign.js';
import type { SandboxLoyaltyTransactionSeed, SandboxSeed } from './SandboxSeed.js';

/** Options of {@link demoSeed}. */
export interface DemoSeedOptions {
  /** The time the demo's dates are relative to. Default: the current time, so the demo never goes stale. */
  now?: Date | string;
}

/**
 * The names in {@link demoSeed}'s data, for stories and tests that refer to them instead of repeating strings.
 */
export const demo = {
  profiles: { ada: 'demo-shopper-1', grace: 'demo-shopper-2', vip: 'demo-vip' },
  audiences: { vip: 1 },
  campaigns: { coupons: 1, threshold: 2, referrals: 3, loyalty: 4, vip: 5, achievements: 6, cards: 7 },
  coupons: {
    /** 10% off, valid for everybody, unlimited uses. */
    valid: 'WELCOME10',
    /** Expired yesterday: `CouponExpired`. */
    expired: 'EXPIRED10',
    /** Its only use is spent: `CouponLimitReached`. */
    exhausted: 'USEDUP10',
    /** Starts in a week: `CouponStartDateInFuture`. */
    pending: 'SOON10',
    /** Hard-reserved for demo-shopper-1: anybody else gets `CouponReservationRequired`. */
    reserved: 'RESERVED10',
    /** Implicitly reserved: in every customer's inventory. */
    visible: 'VISIBLE10',
  },
  referrals: { ada: 'ADA-FRIEND', grace: 'GRACE-FRIEND', vip: 'ALAN-FRIEND' },
  loyaltyPrograms: { points: 1, cards: 2 },
  loyaltyCards: { linked: 'DEMO-CARD-0001', unlinked: 'DEMO-CARD-0002', full: 'DEMO-CARD-0003' },
  achievements: { placeOrders: 1, firstOrder: 2, shoeCollector: 3 },
  /** The achievements' `name`s, which the spec allows only as a letter and word characters (`^[a-zA-Z]\w+$`). */
  achievementNames: { placeOrders: 'PlaceThreeOrders', firstOrder: 'FirstOrder', shoeCollector: 'ShoeCollector' },
  catalogs: { store: 1 },
} as const;

const day = 24 * 60 * 60 * 1000;

const products: Array<{ sku: string; name: string; price: number; category: string; color?: string }> = [
  { sku: 'TSHIRT-BLUE', name: 'Blue T-shirt', price: 25, category: 'apparel', color: 'blue' },
  { sku: 'TSHIRT-RED', name: 'Red T-shirt', price: 25, category: 'apparel', color: 'red' },
  { sku: 'HOODIE', name: 'Hoodie', price: 60, category: 'apparel', color: 'grey' },
  { sku: 'SNEAKERS', name: 'Sneakers', price: 90, category: 'shoes', color: 'white' },
  { sku: 'BOOTS', name: 'Leather boots', price: 140, category: 'shoes', color: 'brown' },
  { sku: 'SOCKS', name: 'Socks (3 pairs)', price: 8, category: 'accessories', color: 'black' },
  { sku: 'CAP', name: 'Baseball cap', price: 20, category: 'accessories', color: 'blue' },
  { sku: 'MUG', name: 'Mug', price: 12, category: 'home' },
  { sku: 'COFFEE', name: 'Coffee beans 500 g', price: 15, category: 'drinks' },
  { sku: 'TEA', name: 'Green tea', price: 10, category: 'drinks' },
];

function campaigns(since: string): SandboxCampaign[] {
  // Rules that count orders need a cart, so tracked events (which have none) do not count as orders.
  const anOrder = { type: 'cartItemCountAtLeast', count: 1 } as const;
  return [
    {
      id: demo.campaigns.coupons,
      name: 'Welcome coupons',
      description: 'Coupon codes for 10% off the cart.',
      startTime: since,
      tags: ['coupons'],
      rules: [
        {
          title: '10% off with a coupon',
          conditions: [{ type: 'couponValid' }],
          effects: [{ type: 'percentDiscount', name: '10% off with coupon', percent: 10 }],
        },
      ],
    },
    {
      id: demo.campaigns.threshold,
      name: '10 off orders of 100 or more',
      startTime: since,
      tags: ['threshold'],
      rules: [
        {
          title: '10 off over 100',
          conditions: [{ type: 'cartSubtotalAtLeast', amount: 100 }],
          effects: [
            { type: 'fixedDiscount', name: '10 off orders of 100 or more', amount: 10 },
            { type: 'showNotification', title: 'You saved 10', body: 'Orders of 100 or more get 10 off.' },
          ],
        },
      ],
    },
    {
      id: demo.campaigns.referrals,
      name: 'Refer a friend',
      description: 'A friend who uses an advocate\u2019s code gets 15% off their order.',
      startTime: since,
      tags: ['referrals'],
      rules: [
        {
          title: 'Friend gets 15% off',
          conditions: [{ type: 'referralValid' }],
          effects: [{ type: 'percentDiscount', name: '15% off for a referred friend', percent: 15 }],
        },
      ],
    },
    {
      id: demo.campaigns.loyalty,
      name: 'Demo Points',
      description: 'One point per currency unit spent, valid for a year; drinks also earn coffee-club points.',
      startTime: since,
      tags: ['loyalty'],
      rules: [
        {
          title: 'Earn 1 point per currency unit',
          conditions: [anOrder],
          effects: [
            {
              type: 'addLoyaltyPoints',
              programId: demo.loyaltyPrograms.points,
              percentOfSubtotal: 100,
              expiryDuration: 'P1Y',
              name: '1 point per currency unit',
            },
          ],
        },
        {
          title: 'Coffee club: 10 points per order with drinks',
          conditions: [{ type: 'itemInCart', item: { attribute: { name: 'category', value: 'drinks' } } }],
          effects: [
            {
              type: 'addLoyaltyPoints',
              programId: demo.loyaltyPrograms.points,
              points: 10,
              subledgerId: 'coffee-club',
              pendingDuration: 'P7D',
              name: 'Coffee club bonus',
            },
          ],
        },
      ],
    },
    {
      id: demo.campaigns.cards,
      name: 'Demo Cards',
      description: 'A session that carries a card of the card-based program earns 1 point per currency unit on it.',
      startTime: since,
      tags: ['loyalty'],
      rules: [
        {
          title: 'Card holders earn 1 point per currency unit',
          conditions: [anOrder],
          effects: [
            {
              type: 'addLoyaltyPoints',
              programId: demo.loyaltyPrograms.cards,
              percentOfSubtotal: 100,
              name: '1 card point per currency unit',
            },
          ],
        },
      ],
    },
    {
      id: demo.campaigns.vip,
      name: 'VIP perks',
      startTime: since,
      tags: ['audience'],
      rules: [
        {
          title: 'VIPs get 5% off',
          conditions: [{ type: 'profileInAudience', audienceId: demo.audiences.vip }],
          effects: [{ type: 'percentDiscount', name: 'VIP 5% off', percent: 5 }],
        },
      ],
    },
    {
      id: demo.campaigns.achievements,
      name: 'Achievements',
      startTime: since,
      tags: ['achievements'],
      rules: [
        {
          title: 'Count orders',
          conditions: [anOrder],
          effects: [{ type: 'increaseAchievementProgress', achievementId: demo.achievements.placeOrders }],
        },
        {
          title: 'First order',
          conditions: [anOrder],
          effects: [{ type: 'increaseAchievementProgress', achievementId: demo.achievements.firstOrder }],
        },
        {
          title: 'Count shoes',
          conditions: [{ type: 'itemInCart', item: { attribute: { name: 'category', value: 'shoes' } } }],
          effects: [{ type: 'increaseAchievementProgress', achievementId: demo.achievements.shoeCollector }],
        },
      ],
    },
  ];
}

/**
 * A small, coherent shop for the demo storefront, Storybook and quick experiments:
 * `createTalonSandbox(demoSeed())`. Every date is relative to `now` (default the current time), so codes that should
 * be valid stay valid and the expired one stays expired. The names are in {@link demo}.
 *
 * - Customers: `demo-shopper-1` (Ada), `demo-shopper-2` (Grace) and `demo-vip` (Alan, in the `VIP customers`
 *   audience, ID 1), each with `Name` and `Email` attributes.
 * - Campaign 1, coupons for 10% off: `WELCOME10` (valid, unlimited), `EXPIRED10` (expired), `USEDUP10` (usage limit
 *   reached), `SOON10` (starts in 7 days), `RESERVED10` (hard-reserved for demo-shopper-1), `VISIBLE10` (implicitly
 *   reserved: visible in every customer's inventory).
 * - Campaign 2: 10 off (and a notification) when the cart subtotal is 100 or more.
 * - Campaign 3, refer a friend: 15% off for the friend; one code per advocate (`ADA-FRIEND`, `GRACE-FRIEND`,
 *   `ALAN-FRIEND`, 10 uses each).
 * - Loyalty program 1 (`Demo Points`, profile-based): tiers Bronze (0), Silver (500) and Gold (1500), a `coffee-club`
 *   subledger. Campaign 4 earns 1 point per currency unit when a session closes (valid 1 year), and 10 coffee-club
 *   points, pending 7 days, for an order with drinks. History: Ada is Silver (600 active) with points pending and
 *   points expiring in 10 days; Grace is Bronze with pending points; Alan is Gold with points expiring in 5 days.
 * - Loyalty program 2 (`Demo Cards`, card-based, 2 profiles per card): `DEMO-CARD-0001` linked to Ada,
 *   `DEMO-CARD-0002` unlinked, `DEMO-CARD-0003` linked to Grace and Alan (at its user limit). Campaign 7 earns
 *   1 point per currency unit on the card a session carries.
 * - Campaign 5: VIPs (audience 1) get 5% off.
 * - Achievements, fed by campaign 6: `Place 3 orders` (Ada: 2 of 3), `First order` (Ada: completed) and
 *   `Shoe collector` (buy shoes in 5 orders; nobody started).
 * - Catalog 1 (`Demo store`): 10 products with `sku`, `price`, `product.name` and `category` (apparel, shoes,
 *   accessories, home, drinks) and `color` attributes.
 */
export function demoSeed(options: DemoSeedOptions = {}): SandboxSeed {
  const base = options.now === undefined ? new Date() : new Date(options.now);
  if (Number.isNaN(base.getTime())) throw new TypeError(`demoSeed: now is not a valid date: ${String(options.now)}`);
  const at = (days: number) => new Date(base.getTime() + days * day).toISOString();
  const { ada, grace, vip } = demo.profiles;
  const { points, cards } = demo.loyaltyPrograms;
  const coupon = { campaignId: demo.campaigns.coupons, created: at(-30) };
  type Transaction = SandboxLoyaltyTransactionSeed;
  const profilePoints = (
    integrationId: string,
    amount: number,
    name: string,
    type: Transaction['type'],
    daysFromNow: number,
    extra: Partial<Transaction> = {},
  ): Transaction => ({ programId: points, integrationId, amount, name, type, created: at(daysFromNow), ...extra });
  const cardPoints = (
    cardIdentifier: string,
    amount: number,
    name: string,
    type: Transaction['type'],
    daysFromNow: number,
  ): Transaction => ({ programId: cards, cardIdentifier, amount, name, type, created: at(daysFromNow) });
  return {
    campaigns: campaigns(at(-90)),
    audiences: [{ id: demo.audiences.vip, name: 'VIP customers', description: 'Our best customers.' }],
    profiles: [
      { integrationId: ada, attributes: { Name: 'Ada Lovelace', Email: 'ada@example.com' }, created: at(-120) },
      { integrationId: grace, attributes: { Name: 'Grace Hopper', Email: 'grace@example.com' }, created: at(-60) },
      {
        integrationId: vip,
        attributes: { Name: 'Alan Turing', Email: 'alan@example.com' },
        audiences: [demo.audiences.vip],
        created: at(-400),
      },
    ],
    coupons: [
      { ...coupon, value: demo.coupons.valid, usageLimit: 0 },
      { ...coupon, value: demo.coupons.expired, startDate: at(-60), expiryDate: at(-1) },
      { ...coupon, value: demo.coupons.exhausted, usageLimit: 1, usageCounter: 1 },
      { ...coupon, value: demo.coupons.pending, startDate: at(7), expiryDate: at(37) },
      { ...coupon, value: demo.coupons.reserved, isReservationMandatory: true, reservedBy: [ada] },
      { ...coupon, value: demo.coupons.visible, usageLimit: 0, implicitlyReserved: true },
    ],
    referrals: [
      { code: demo.referrals.ada, advocateProfileIntegrationId: ada },
      { code: demo.referrals.grace, advocateProfileIntegrationId: grace },
      { code: demo.referrals.vip, advocateProfileIntegrationId: vip },
    ].map((referral) => ({ ...referral, campaignId: demo.campaigns.referrals, usageLimit: 10, created: at(-30) })),
    loyaltyPrograms: [
      {
        id: points,
        name: 'demo-points',
        title: 'Demo Points',
        description: 'Earn 1 point per currency unit spent.',
        subledgers: ['coffee-club'],
        tiers: [
          { id: 1, name: 'Bronze', minPoints: 0 },
          { id: 2, name: 'Silver', minPoints: 500 },
          { id: 3, name: 'Gold', minPoints: 1500 },
        ],
      },
      {
        id: cards,
        name: 'demo-cards',
        title: 'Demo Cards',
        description: 'Points live on loyalty cards that up to 2 customers share.',
        cardBased: true,
        usersPerCardLimit: 2,
        cardCodeFormat: { pattern: 'DEMO-####-####', validCharacters: [...'0123456789'] },
      },
    ],
    loyaltyCards: [
      { programId: cards, identifier: demo.loyaltyCards.linked, profiles: [ada], created: at(-100) },
      { programId: cards, identifier: demo.loyaltyCards.unlinked, created: at(-100) },
      { programId: cards, identifier: demo.loyaltyCards.full, profiles: [grace, vip], created: at(-100) },
    ],
    loyaltyTransactions: [
      // Ada: 400 + 250 - 50 = 600 active (Silver), 250 of them expiring in 10 days, 120 pending, 80 expired.
      profilePoints(ada, 80, 'Order #0990', 'session', -400, { expiryDate: at(-35) }),
      profilePoints(ada, 400, 'Welcome bonus', 'import', -90),
      profilePoints(ada, 250, 'Order #1001', 'session', -30, { expiryDate: at(10) }),
      profilePoints(ada, -50, 'Redeemed for a mug', 'manual', -10),
      profilePoints(ada, 120, 'Order #1002', 'session', -2, { startDate: at(12), expiryDate: at(377) }),
      profilePoints(ada, 30, 'Coffee club bonus', 'session', -20, { subledgerId: 'coffee-club' }),
      // Grace: 150 active (Bronze), 60 pending.
      profilePoints(grace, 150, 'Order #1003', 'session', -40, { expiryDate: at(325) }),
      profilePoints(grace, 60, 'Order #1004', 'session', -1, { startDate: at(13), expiryDate: at(378) }),
      // Alan: 1800 active (Gold), 200 of them expiring in 5 days.
      profilePoints(vip, 1600, 'Imported balance', 'import', -360),
      profilePoints(vip, 200, 'Order #0950', 'session', -360, { expiryDate: at(5) }),
      // Cards: 120 on the linked one, 260 on the full one.
      cardPoints(demo.loyaltyCards.linked, 120, 'Store purchase', 'session', -15),
      cardPoints(demo.loyaltyCards.full, 300, 'Imported balance', 'import', -50),
      cardPoints(demo.loyaltyCards.full, -40, 'Redeemed for socks', 'manual', -5),
    ],
    achievements: [
      {
        id: demo.achievements.placeOrders,
        campaignId: demo.campaigns.achievements,
        name: demo.achievementNames.placeOrders,
        title: 'Place 3 orders',
        description: 'Place three orders within a year.',
        target: 3,
        period: 'P1Y',
        recurrencePolicy: 'no_recurrence',
        activationPolicy: 'user_action',
        created: at(-90),
      },
      {
        id: demo.achievements.firstOrder,
        campaignId: demo.campaigns.achievements,
        name: demo.achievementNames.firstOrder,
        title: 'First order',
        description: 'Place your first order.',
        target: 1,
        period: 'P1Y',
        recurrencePolicy: 'no_recurrence',
        activationPolicy: 'user_action',
        created: at(-90),
      },
      {
        id: demo.achievements.shoeCollector,
        campaignId: demo.campaigns.achievements,
        name: demo.achievementNames.shoeCollector,
        title: 'Shoe collector',
        description: 'Buy shoes in five orders within a year.',
        target: 5,
        period: 'P1Y',
        recurrencePolicy: 'no_recurrence',
        activationPolicy: 'user_action',
        created: at(-90),
      },
    ],
    achievementProgress: [
      { achievementId: demo.achievements.placeOrders, integrationId: ada, progress: 2, startDate: at(-30) },
      { achievementId: demo.achievements.firstOrder, integrationId: ada, progress: 1, startDate: at(-30) },
    ],
    catalogs: [
      {
        id: demo.catalogs.store,
        name: 'Demo store',
        description: 'The products of the demo storefront.',
        items: products.map(({ sku, name, price, category, color }) => ({
          sku,
          price,
          product: { name },
          attributes: { category, ...(color === undefined ? {} : { color }) },
        })),
      },
    ],
  };
}
