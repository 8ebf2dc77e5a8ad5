'use client';
import { useMemo } from 'react';
import { useTalonContext } from '../useTalonContext.js';
import { dateFormat, moneyFormat, numberFormat } from './formatters.js';

/** Formatters bound to the provider's `locale` and `currency`: what {@link useFormat} returns. */
export interface TalonFormat {
  /** The provider's `locale`; `undefined`: the runtime's default. */
  locale: string | undefined;
  /** A number in the locale's digits and grouping, such as `1.234` in `de-DE`. */
  number(value: number): string;
  /** Loyalty points: up to two decimals. */
  points(value: number): string;
  /**
   * An amount in the provider's `currency`, such as `12,50 €`. Without a currency, or with one `Intl` does not know,
   * a two-decimal number (followed by the code when there is one): a typo must not crash a storefront.
   */
  money(amount: number): string;
  /** A date (RFC 3339 or Date) in words of the locale, such as `12 Mar 2026`. Invalid dates give `""`. */
  date(value: string | Date): string;
  /** A date and time (RFC 3339 or Date), such as `12 Mar 2026, 14:05`. Invalid dates give `""`. */
  dateTime(value: string | Date): string;
}

const dateOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const dateTimeOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

function toDate(value: string | Date): Date | undefined {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Cached `Intl` formatters with the provider's `locale` and `currency` (hydrogen-react's `Money`, for the whole kit):
 * the components format with these, and so can your own UI, so that both read alike. Each `Intl` formatter is built
 * once per locale and options for the page's lifetime; the object is the same across renders until the provider's
 * locale or currency changes. A bad locale or currency falls back instead of throwing.
 *
 * @example
 * const format = useFormat();
 * return <span>{format.money(19.99)}</span>; // "19,99 €" under <TalonProvider locale="de-DE" currency="EUR">
 */
export function useFormat(): TalonFormat {
  const { locale, currency } = useTalonContext();
  return useMemo(() => {
    const integer = numberFormat(locale);
    const points = numberFormat(locale, { maximumFractionDigits: 2 });
    const money = moneyFormat(locale, currency);
    const date = dateFormat(locale, dateOptions);
    const dateTime = dateFormat(locale, dateTimeOptions);
    return {
      locale,
      number: (value) => integer.format(value),
      points: (value) => points.format(value),
      money,
      date: (value) => {
        const parsed = toDate(value);
        return parsed ? date.format(parsed) : '';
      },
      dateTime: (value) => {
        const parsed = toDate(value);
        return parsed ? dateTime.format(parsed) : '';
      },
    };
  }, [locale, currency]);
}
