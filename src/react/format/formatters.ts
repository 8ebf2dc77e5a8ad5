// Intl formatters are costly to build and cheap to reuse: one per locale and options, for the page's lifetime.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) cache.set(key, (formatter = create()));
  return formatter;
}

// An unknown locale or currency (a typo in the provider's props, an app's own code) must not crash a storefront:
// fall back to the runtime's default locale, then to a plain number.
function safely<T>(create: (locale: string | undefined) => T, locale: string | undefined, fallback: () => T): T {
  try {
    return create(locale);
  } catch {
    try {
      return create(undefined);
    } catch {
      return fallback();
    }
  }
}

/** A cached `Intl.NumberFormat`; never throws on a bad locale or currency. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, `${locale ?? ''}|${JSON.stringify(options)}`, () =>
    safely(
      (l) => new Intl.NumberFormat(l, options),
      locale,
      () => new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }),
    ),
  );
}

/** A cached `Intl.DateTimeFormat`; never throws on a bad locale. */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(dateFormats, `${locale ?? ''}|${JSON.stringify(options)}`, () =>
    safely(
      (l) => new Intl.DateTimeFormat(l, options),
      locale,
      () => new Intl.DateTimeFormat(undefined, options),
    ),
  );
}

const moneyFormats = new Map<string, (amount: number) => string>();

/**
 * A cached money formatter. A malformed or missing currency falls back to a plain two-decimal number (with the code
 * when there is one) instead of throwing.
 */
export function moneyFormat(locale: string | undefined, currency: string | undefined): (amount: number) => string {
  return cached(moneyFormats, `${locale ?? ''}|${currency ?? ''}`, () => {
    if (currency) {
      try {
        // Checked once with a known locale: `numberFormat` would hide a bad currency behind its locale fallback.
        new Intl.NumberFormat('en', { style: 'currency', currency });
        const format = numberFormat(locale, { style: 'currency', currency });
        return (amount) => format.format(amount);
      } catch {
        // fall through to a plain number
      }
    }
    const plain = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return currency ? (amount) => `${plain.format(amount)} ${currency}` : (amount) => plain.format(amount);
  });
}
