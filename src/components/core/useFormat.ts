'use client';
import { useMemo } from 'react';
import { useTalonContext } from '../../react/useTalonContext.js';
import { dateFormat, moneyFormat, numberFormat } from './formatters.js';

/** Formatters bound to the provider's `locale` and `currency`. */
export interface TalonFormat {
  locale: string | undefined;
  number(value: number): string;
  /** Loyalty points: up to two decimals. */
  points(value: number): string;
  money(amount: number): string;
  /** A date (RFC 3339 or Date) in words of the locale, such as `12 Mar 2026`. Invalid dates give `""`. */
  date(value: string | Date): string;
  dateTime(value: string | Date): string;
}

const dateOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const dateTimeOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

function toDate(value: string | Date): Date | undefined {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Cached `Intl` formatters with the provider's locale and currency (hydrogen-react's `Money`, for the whole kit). */
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
