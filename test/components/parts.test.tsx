// The README's "Styling parts" table is the DOM's: every component is rendered in its states, and every
// `talon-<block>__<part>` class (and the root's `talon-<block>`) with the `data-*` attributes it carries is compared
// with the table, both ways: a class the DOM uses is in the table, and every row of the table is in the DOM of some
// state, with the attributes it names. So the table cannot drift from the components.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  AchievementProgress,
  CartPromotions,
  CouponCodeForm,
  CouponWallet,
  LinkLoyaltyCard,
  LoyaltyBalance,
  LoyaltyCardBalance,
  LoyaltyHistory,
  ReferralCode,
} from '../../src/components/index.js';
import { createTalonSandbox, demo, demoSeed, type TalonSandbox } from '../../src/mock/index.js';
import { createDemoSandbox, renderWithSandbox, server, url } from './render.js';
import { WalletWithCart } from './WalletWithCart.js';

interface Scenario {
  component: string;
  state: string;
  ui: ReactElement;
  sandbox?: (sandbox: TalonSandbox) => void;
  /** Every GET fails with a 500 from the start. */
  failReads?: boolean;
  /** The sandbox to serve. Default: the demo's. */
  create?: () => TalonSandbox;
  /** Runs before the render. */
  before?: () => void;
  /** Runs once the component has settled. */
  then?: (user: UserEvent, tools: { invalidate: () => Promise<void> }) => Promise<void>;
}

const ada = demo.profiles.ada;
const cartId = 'parts-cart';
const points = demo.loyaltyPrograms.points;
const cards = demo.loyaltyPrograms.cards;
const referrals = demo.campaigns.referrals;
const withCart = (couponCodes: string[]) => (sandbox: TalonSandbox) => {
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: cartId,
    body: {
      customerSession: {
        profileId: ada,
        cartItems: [
          { sku: 'HOODIE', quantity: 2 },
          { sku: 'COFFEE', quantity: 3 },
        ],
        couponCodes,
      },
    },
  });
};
/** A background refetch that fails: every read answers 500 from now on, and the cache is marked stale. */
const refreshFails: Scenario['then'] = async (_user, { invalidate }) => {
  server.use(http.get(url('/*'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
  await invalidate();
  await screen.findAllByText('This could not be updated just now; it may be out of date.');
};

const scenarios: Scenario[] = [
  { component: 'AchievementProgress', state: 'loading', ui: <AchievementProgress /> },
  { component: 'AchievementProgress', state: 'ready', ui: <AchievementProgress integrationId={ada} /> },
  {
    component: 'AchievementProgress',
    state: 'empty',
    ui: <AchievementProgress integrationId={ada} campaignIds={[999]} />,
  },
  {
    component: 'AchievementProgress',
    state: 'error',
    ui: <AchievementProgress integrationId={ada} />,
    failReads: true,
  },
  {
    component: 'AchievementProgress',
    state: 'refresh failed',
    ui: <AchievementProgress integrationId={ada} />,
    then: refreshFails,
  },

  { component: 'CartPromotions', state: 'loading', ui: <CartPromotions /> },
  {
    component: 'CartPromotions',
    state: 'ready',
    ui: <CartPromotions customerSessionId={cartId} />,
    sandbox: withCart([demo.coupons.valid, demo.coupons.expired]),
  },
  { component: 'CartPromotions', state: 'empty', ui: <CartPromotions customerSessionId="no-such-cart" /> },
  { component: 'CartPromotions', state: 'error', ui: <CartPromotions customerSessionId={cartId} />, failReads: true },
  {
    component: 'CartPromotions',
    state: 'refresh failed',
    ui: <CartPromotions customerSessionId={cartId} />,
    sandbox: withCart([demo.coupons.valid]),
    then: refreshFails,
  },

  { component: 'CouponCodeForm', state: 'loading', ui: <CouponCodeForm /> },
  {
    component: 'CouponCodeForm',
    state: 'ready',
    ui: <CouponCodeForm customerSessionId={cartId} />,
    sandbox: withCart([demo.coupons.valid, demo.coupons.expired]),
    then: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Apply' }));
      await screen.findByText('Enter a coupon code.');
    },
  },
  {
    component: 'CouponCodeForm',
    state: 'applied',
    ui: <CouponCodeForm customerSessionId={cartId} />,
    then: async (user) => {
      await user.type(screen.getByRole('textbox'), demo.coupons.valid);
      await user.click(screen.getByRole('button', { name: 'Apply' }));
      await screen.findByRole('list');
    },
  },
  { component: 'CouponCodeForm', state: 'error', ui: <CouponCodeForm customerSessionId={cartId} />, failReads: true },
  {
    component: 'CouponCodeForm',
    state: 'refresh failed',
    ui: <CouponCodeForm customerSessionId={cartId} />,
    sandbox: withCart([demo.coupons.valid]),
    then: refreshFails,
  },

  { component: 'CouponWallet', state: 'loading', ui: <CouponWallet /> },
  {
    component: 'CouponWallet',
    state: 'ready',
    ui: <WalletWithCart integrationId={ada} cartId={cartId} showDisabled campaignNames={{ 1: 'Welcome offer' }} />,
    sandbox: withCart([demo.coupons.visible]),
    then: async (user) => {
      await user.click(screen.getAllByRole('button', { name: /^Copy/ })[0]!);
      await screen.findByText(/Copied/);
    },
  },
  { component: 'CouponWallet', state: 'empty', ui: <CouponWallet integrationId="nobody-yet" /> },
  { component: 'CouponWallet', state: 'error', ui: <CouponWallet integrationId={ada} />, failReads: true },
  {
    component: 'CouponWallet',
    state: 'cart error',
    ui: <WalletWithCart integrationId={ada} cartId={cartId} />,
    then: async (_user, { invalidate }) => {
      server.use(http.get(url('/v2/customer_sessions/:id'), () => HttpResponse.json({}, { status: 500 })));
      await invalidate();
      await waitFor(() => expect(document.querySelector('.talon-coupon-wallet__cart-error')).not.toBeNull());
    },
  },
  { component: 'CouponWallet', state: 'refresh failed', ui: <CouponWallet integrationId={ada} />, then: refreshFails },

  { component: 'LinkLoyaltyCard', state: 'idle', ui: <LinkLoyaltyCard /> },
  {
    component: 'LinkLoyaltyCard',
    state: 'error',
    ui: <LinkLoyaltyCard loyaltyProgramId={cards} integrationId={ada} />,
    then: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Link card' }));
      await screen.findByRole('alert');
    },
  },
  {
    component: 'LinkLoyaltyCard',
    state: 'success',
    ui: <LinkLoyaltyCard loyaltyProgramId={cards} integrationId={ada} />,
    then: async (user) => {
      await user.type(screen.getByRole('textbox'), demo.loyaltyCards.unlinked);
      await user.click(screen.getByRole('button', { name: 'Link card' }));
      await waitFor(() => expect(document.querySelector('[data-state="success"]')).not.toBeNull());
    },
  },

  { component: 'LoyaltyBalance', state: 'loading', ui: <LoyaltyBalance /> },
  { component: 'LoyaltyBalance', state: 'ready', ui: <LoyaltyBalance loyaltyProgramId={points} integrationId={ada} /> },
  {
    component: 'LoyaltyBalance',
    state: 'top tier',
    ui: <LoyaltyBalance loyaltyProgramId={points} integrationId={demo.profiles.vip} />,
  },
  {
    component: 'LoyaltyBalance',
    state: 'empty',
    ui: <LoyaltyBalance loyaltyProgramId={points} integrationId="nobody" />,
  },
  {
    component: 'LoyaltyBalance',
    state: 'error',
    ui: <LoyaltyBalance loyaltyProgramId={points} integrationId={ada} />,
    failReads: true,
  },
  {
    component: 'LoyaltyBalance',
    state: 'refresh failed',
    ui: <LoyaltyBalance loyaltyProgramId={points} integrationId={ada} />,
    then: refreshFails,
  },

  { component: 'LoyaltyCardBalance', state: 'loading', ui: <LoyaltyCardBalance /> },
  {
    component: 'LoyaltyCardBalance',
    state: 'ready',
    ui: <LoyaltyCardBalance loyaltyProgramId={cards} loyaltyCardId={demo.loyaltyCards.linked} integrationId={ada} />,
  },
  {
    component: 'LoyaltyCardBalance',
    state: 'subledgers',
    ui: <LoyaltyCardBalance loyaltyProgramId={cards} loyaltyCardId={demo.loyaltyCards.linked} subledgerId={['gift']} />,
    create: () => {
      const now = new Date();
      const seed = demoSeed({ now });
      const gift = { programId: cards, cardIdentifier: demo.loyaltyCards.linked, amount: 25, subledgerId: 'gift' };
      return createTalonSandbox(
        { ...seed, loyaltyTransactions: [...(seed.loyaltyTransactions ?? []), { ...gift, name: 'Gift' }] },
        { now },
      );
    },
  },
  {
    component: 'LoyaltyCardBalance',
    state: 'full',
    ui: (
      <LoyaltyCardBalance
        loyaltyProgramId={cards}
        loyaltyCardId={demo.loyaltyCards.full}
        integrationId={demo.profiles.grace}
      />
    ),
  },
  {
    component: 'LoyaltyCardBalance',
    state: 'no customers',
    ui: <LoyaltyCardBalance loyaltyProgramId={cards} loyaltyCardId={demo.loyaltyCards.unlinked} />,
  },
  {
    component: 'LoyaltyCardBalance',
    state: 'empty',
    ui: <LoyaltyCardBalance loyaltyProgramId={cards} loyaltyCardId="NO-SUCH-CARD" />,
  },
  {
    component: 'LoyaltyCardBalance',
    state: 'error',
    ui: <LoyaltyCardBalance loyaltyProgramId={cards} loyaltyCardId={demo.loyaltyCards.linked} />,
    failReads: true,
  },
  {
    component: 'LoyaltyCardBalance',
    state: 'refresh failed',
    ui: <LoyaltyCardBalance loyaltyProgramId={cards} loyaltyCardId={demo.loyaltyCards.linked} />,
    then: refreshFails,
  },

  { component: 'LoyaltyHistory', state: 'loading', ui: <LoyaltyHistory /> },
  {
    component: 'LoyaltyHistory',
    state: 'ready, more, a page fails',
    ui: <LoyaltyHistory loyaltyProgramId={points} integrationId={ada} pageSize={2} />,
    then: async (user) => {
      server.use(
        http.get(url('/v1/loyalty_programs/:id/profile/:who/transactions'), () =>
          HttpResponse.json({}, { status: 500 }),
        ),
      );
      await user.click(screen.getByRole('button', { name: 'Load more' }));
      await screen.findByText('Could not load more transactions.');
    },
  },
  {
    component: 'LoyaltyHistory',
    state: 'a backwards range',
    ui: (
      <LoyaltyHistory
        loyaltyProgramId={points}
        integrationId={ada}
        defaultFilters={{ startDate: '2026-03-10', endDate: '2026-03-01' }}
      />
    ),
  },
  {
    component: 'LoyaltyHistory',
    state: 'empty',
    ui: <LoyaltyHistory loyaltyProgramId={points} integrationId="nobody" />,
  },
  {
    component: 'LoyaltyHistory',
    state: 'error',
    ui: <LoyaltyHistory loyaltyProgramId={points} integrationId={ada} />,
    failReads: true,
  },
  {
    component: 'LoyaltyHistory',
    state: 'refresh failed',
    ui: <LoyaltyHistory loyaltyProgramId={points} integrationId={ada} />,
    then: refreshFails,
  },

  { component: 'ReferralCode', state: 'loading', ui: <ReferralCode /> },
  {
    component: 'ReferralCode',
    state: 'ready',
    ui: <ReferralCode integrationId={ada} campaignId={referrals} />,
    // Only where the browser can share: jsdom cannot, so the test lends it the Web Share API.
    before: () => Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true }),
  },
  {
    component: 'ReferralCode',
    state: 'empty, creation fails',
    ui: <ReferralCode integrationId="nobody-yet" campaignId={referrals} />,
    then: async (user) => {
      server.use(http.post(url('/v1/referrals'), () => HttpResponse.json({}, { status: 500 })));
      await user.click(screen.getByRole('button', { name: 'Create my code' }));
      await screen.findByRole('alert');
    },
  },
  {
    component: 'ReferralCode',
    state: 'error',
    ui: <ReferralCode integrationId={ada} campaignId={referrals} />,
    failReads: true,
  },
  {
    component: 'ReferralCode',
    state: 'refresh failed',
    ui: <ReferralCode integrationId={ada} campaignId={referrals} />,
    then: refreshFails,
  },
];

/** What the DOM showed: component -> class -> data attribute -> the values seen. */
const seen = new Map<string, Map<string, Map<string, Set<string>>>>();

function collect(component: string) {
  const classes = seen.get(component) ?? new Map<string, Map<string, Set<string>>>();
  seen.set(component, classes);
  for (const element of document.querySelectorAll('[class]')) {
    for (const name of element.classList) {
      if (!/^talon-[a-z-]+/.test(name)) continue;
      const attributes = classes.get(name) ?? new Map<string, Set<string>>();
      classes.set(name, attributes);
      for (const { name: attribute, value } of element.attributes) {
        if (!attribute.startsWith('data-')) continue;
        const values = attributes.get(attribute) ?? new Set<string>();
        values.add(value);
        attributes.set(attribute, values);
      }
    }
  }
}

/** The README's table: component -> class -> data attribute -> the values it names (empty: any value). */
function readmeTable() {
  const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
  const section = readme.split('### Styling parts')[1]?.split(/\n#{2,3} /)[0] ?? '';
  const table = new Map<string, Map<string, Map<string, Set<string>>>>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const [, component, , className, attributes] = cells;
    if (!component?.startsWith('`') || !className?.startsWith('`')) continue;
    const classes = table.get(component.replaceAll('`', '')) ?? new Map<string, Map<string, Set<string>>>();
    table.set(component.replaceAll('`', ''), classes);
    const documented = new Map<string, Set<string>>();
    for (const match of (attributes ?? '').matchAll(/`(data-[a-z-]+)`(?:: ([^;]+))?/g)) {
      const values = (match[2] ?? '')
        .split(',')
        .map((value) => value.trim().replaceAll('`', ''))
        .filter(Boolean);
      documented.set(match[1]!, new Set(values));
    }
    classes.set(className.replaceAll('`', ''), documented);
  }
  return table;
}

describe('the README’s styling parts', () => {
  it.each(scenarios)(
    '$component: $state',
    async ({ component, state, ui, sandbox: prepare, failReads, before, then }) => {
      before?.();
      const sandbox = createDemoSandbox();
      prepare?.(sandbox);
      if (failReads) server.use(http.get(url('/*'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
      const { user, queryClient } = renderWithSandbox(ui, { sandbox });
      const root = () => document.querySelector('.talon');
      if (state !== 'loading') await waitFor(() => expect(root()?.getAttribute('data-state')).not.toBe('loading'));
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      collect(component);
      if (then) {
        await then(user, { invalidate: () => queryClient.invalidateQueries() });
        await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
        collect(component);
      }
      delete (navigator as { share?: unknown }).share;
    },
  );

  it('lists every class the DOM uses, and every row of the table is in the DOM', () => {
    if (process.env.PARTS_DUMP) {
      const rows = [...seen].flatMap(([component, classes]) =>
        [...classes].map(([name, attributes]) =>
          [component, name, [...attributes].map(([a, v]) => `${a}: ${[...v].join(', ')}`).join('; ')].join(' | '),
        ),
      );
      console.log(rows.join('\n'));
    }
    const table = readmeTable();
    const asText = (map: typeof seen) =>
      [...map].flatMap(([component, classes]) => [...classes].map(([name]) => `${component} ${name}`)).sort();
    expect(asText(table)).toEqual(asText(seen));
    for (const [component, classes] of table) {
      for (const [name, attributes] of classes) {
        const shown = seen.get(component)?.get(name);
        for (const [attribute, values] of attributes) {
          expect(shown?.has(attribute), `${component} ${name} ${attribute}`).toBe(true);
          for (const value of shown?.get(attribute) ?? []) {
            if (values.size > 0) expect(values, `${component} ${name} ${attribute}`).toContain(value);
          }
        }
        for (const attribute of shown?.keys() ?? []) {
          expect(attributes.has(attribute), `${component} ${name} ${attribute} is not in the table`).toBe(true);
        }
      }
    }
  });
});
