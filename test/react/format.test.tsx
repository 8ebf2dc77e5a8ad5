// useFormat from the main entry: a storefront's own UI formats as the kit's components do, with the provider's
// locale and currency (the cached formatters themselves are tested in test/components/core.test.tsx).
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { TalonProvider, useFormat } from '../../src/index.js';

const provider = (locale: string, currency: string) =>
  function Provider({ children }: { children?: ReactNode }) {
    return (
      <TalonProvider baseUrl="/api/talon" locale={locale} currency={currency}>
        {children}
      </TalonProvider>
    );
  };

// Intl puts a no-break space between the number and the currency sign in some locales.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('useFormat', () => {
  it("formats with the provider's locale and currency", () => {
    const german = renderHook(() => useFormat(), { wrapper: provider('de-DE', 'EUR') }).result.current;
    expect(plain(german.money(19.99))).toBe('19,99 €');
    expect(german.number(1234567)).toBe('1.234.567');
    expect(german.date('2026-12-03T10:00:00Z')).toBe('03.12.2026');

    const japanese = renderHook(() => useFormat(), { wrapper: provider('ja-JP', 'JPY') }).result.current;
    expect(japanese.locale).toBe('ja-JP');
    expect(plain(japanese.money(1845))).toMatch(/^[¥￥]1,845$/);
  });

  it('a new currency gives new formatters', () => {
    let currency = 'EUR';
    const { result, rerender } = renderHook(() => useFormat(), {
      wrapper: ({ children }: { children?: ReactNode }) => provider('en-GB', currency)({ children }),
    });
    expect(result.current.money(5)).toBe('€5.00');
    currency = 'GBP';
    rerender();
    expect(result.current.money(5)).toBe('£5.00');
  });
});
