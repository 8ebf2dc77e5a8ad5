// Every locale is a complete TalonMessages: the same keys as English in every section, each a string where English
// has a string and a function where English has one, and every function gives words for sample arguments.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en.js';
import type { TalonMessages } from '../../src/messages/TalonMessages.js';

const modules = import.meta.glob<Record<string, TalonMessages>>('../../src/locales/*.ts', { eager: true });
const locales = Object.entries(modules).map(([file, module]) => {
  const lang = /([\w-]+)\.ts$/.exec(file)?.[1] ?? file;
  const messages = module[lang];
  if (!messages) throw new Error(`${file} must export \`${lang}\`, its language's messages`);
  return [lang, messages] as const;
});

const shipped = ['ar', 'da', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'sv'];
const samples: unknown[] = ['X', '3', 'addition', 3, 'Gold'];

function shape(messages: object): string[] {
  return Object.entries(messages).flatMap(([section, words]) =>
    Object.entries(words as object).map(([key, value]) => `${section}.${key}: ${typeof value}`),
  );
}

describe('locales', () => {
  it('ships every language the README names, each exported under its own name', () => {
    expect(locales.map(([lang]) => lang).sort()).toEqual(shipped);
    for (const [lang, messages] of locales) expect(messages, lang).toBeTypeOf('object');
  });

  it.each(locales.filter(([lang]) => lang !== 'en'))(
    '%s has exactly the keys of English, of the same kinds',
    (_, messages) => {
      expect(shape(messages).sort()).toEqual(shape(en).sort());
    },
  );

  it.each(locales)('%s gives non-empty words from every message function', (lang, messages) => {
    for (const [section, words] of Object.entries(messages)) {
      for (const [key, value] of Object.entries(words as Record<string, unknown>)) {
        const text = typeof value === 'function' ? (value as (...args: unknown[]) => unknown)(...samples) : value;
        expect(typeof text === 'string' && text.trim().length > 0, `${lang} ${section}.${key}`).toBe(true);
      }
    }
  });

  it.each(locales.filter(([lang]) => lang !== 'en'))(
    '%s puts every rejection reason in its own words',
    (_, messages) => {
      for (const reason of ['CouponExpired', 'CouponNotFound', 'CouponLimitReached', 'ProfileRequired']) {
        expect(messages.common.couponRejection(reason)).not.toBe(en.common.couponRejection(reason));
        expect(messages.common.couponRejection(reason)).not.toBe(messages.common.couponRejection('Unknown'));
      }
      expect(messages.common.referralRejection('ReferralExpired')).not.toBe(
        en.common.referralRejection('ReferralExpired'),
      );
    },
  );
});
