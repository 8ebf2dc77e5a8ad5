// Plurals follow each language's grammar (Intl.PluralRules): English and German have two forms, Polish three that
// depend on the last digits (1 punkt, 2 punkty, 5 punktów, 22 punkty), Arabic six. And the words reach the screen:
// a provider given a locale's messages renders them, a component's own `messages` still win.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CartPromotions } from '../../src/components/CartPromotions/CartPromotions.js';
import { CouponWallet } from '../../src/components/CouponWallet/CouponWallet.js';
import { LoyaltyBalance } from '../../src/components/LoyaltyBalance/LoyaltyBalance.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { en } from '../../src/locales/en.js';
import { pl } from '../../src/locales/pl.js';
import { createTalonSandbox, demo, demoSeed } from '../../src/mock/index.js';
import { renderWithSandbox } from '../components/render.js';

const points = (messages: typeof en, n: number) => messages.cartPromotions.points(String(n), n);
const forms = (messages: typeof en, counts: number[]) =>
  new Set(counts.map((n) => points(messages, n).replace(/\d+/g, '#')));

describe('plurals', () => {
  it('English and German say "1 point" and "2 points"', () => {
    expect(points(en, 1)).toBe('1 point');
    expect(points(en, 2)).toBe('2 points');
    expect(en.loyaltyBalance.pointsToNextTier('1', 'Gold', 1)).toBe('1 point to Gold');
    expect(en.loyaltyCardBalance.profileCount('1', '', 1)).toBe('1 customer');
    expect(points(de, 1)).not.toBe(points(de, 2).replace('2', '1'));
    expect(forms(de, [1, 2, 5, 22])).toHaveProperty('size', 2);
  });

  it('Polish has one form for 1, another for 2–4 and 22, a third for 5 and 12', () => {
    const [one, two, five, twelve, twentyTwo] = [1, 2, 5, 12, 22].map((n) => points(pl, n).replace(/\d+/g, '#'));
    expect(new Set([one, two, five])).toHaveProperty('size', 3);
    expect(twentyTwo).toBe(two);
    expect(twelve).toBe(five);
  });

  // Without vowel marks, "many" (11–99, accusative singular) and "other" (100, genitive singular) are written alike.
  it('Arabic has its own words for one, two, a few (3–10) and many (11–99)', () => {
    expect(forms(ar, [1, 2, 3, 11])).toHaveProperty('size', 4);
    expect(forms(ar, [3, 10])).toHaveProperty('size', 1);
    expect(forms(ar, [11, 99])).toHaveProperty('size', 1);
  });

  it('a provider with the Polish words renders them, counted in Polish', async () => {
    renderWithSandbox(
      <LoyaltyBalance loyaltyProgramId={demo.loyaltyPrograms.points} integrationId={demo.profiles.ada} />,
      {
        locale: 'pl-PL',
        messages: pl,
      },
    );
    // Ada has 600 points; Gold is 900 away.
    expect(await screen.findByText(pl.loyaltyBalance.pointsToNextTier('900', 'Gold', 900))).toBeInTheDocument();
    expect(screen.getByRole('region', { name: pl.loyaltyBalance.title })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      pl.loyaltyBalance.progressValueText('600', new Intl.NumberFormat('pl-PL').format(1500), 'Gold', 1500),
    );
  });

  it("a component's own messages win over the provider's locale", async () => {
    renderWithSandbox(<CouponWallet integrationId={demo.profiles.ada} messages={{ title: 'Meine Gutscheine' }} />, {
      locale: 'de-DE',
      messages: de,
    });
    expect(await screen.findByRole('heading', { name: de.couponWallet.groupActive })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Meine Gutscheine' })).toBeInTheDocument();
  });
});

/** The points CartPromotions shows for a cart worth `amount` (the demo's "1 point per currency unit"), in a locale. */
async function earned(messages: typeof en, locale: string, amount: number) {
  const now = '2026-03-01T12:00:00.000Z';
  const sandbox = createTalonSandbox(demoSeed({ now }), { now });
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: 'plurals',
    body: {
      customerSession: { profileId: demo.profiles.ada, cartItems: [{ sku: 'PEN', quantity: 1, price: amount }] },
    },
  });
  const view = renderWithSandbox(<CartPromotions customerSessionId="plurals" />, { sandbox, messages, locale });
  const expected = messages.cartPromotions.points(new Intl.NumberFormat(locale).format(amount), amount);
  expect(await screen.findAllByText(expected)).not.toHaveLength(0);
  view.unmount();
  return expected.replace(/[\d\u0660-\u0669]+/g, '#');
}

describe('plurals on screen (CartPromotions, points earned)', () => {
  it('German: 1 and 2 differ, 2 and 1000 agree', async () => {
    const [one, two, many] = [
      await earned(de, 'de-DE', 1),
      await earned(de, 'de-DE', 2),
      await earned(de, 'de-DE', 1000),
    ];
    expect(one).not.toBe(two);
    expect(many.replace('#.#', '#')).toBe(two);
  });

  it('Polish: 1, 2 and 5 differ, 22 is said as 2', async () => {
    const forms = [];
    for (const n of [1, 2, 5, 22]) forms.push(await earned(pl, 'pl-PL', n));
    expect(new Set(forms.slice(0, 3)).size).toBe(3);
    expect(forms[3]).toBe(forms[1]);
  });

  it('Arabic: one, two, a few and many differ', async () => {
    const forms = [];
    for (const n of [1, 2, 3, 11]) forms.push(await earned(ar, 'ar-EG', n));
    expect(new Set(forms).size).toBe(4);
  });
});
