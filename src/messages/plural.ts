const rules = new Map<string, Intl.PluralRules>();

/** The words for each plural category a language has; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form of `forms` that `count` takes in `locale`'s grammar (`Intl.PluralRules`, cached): Polish says "1 punkt",
 * "2 punkty", "5 punktów"; Arabic has six forms. A category the language has but `forms` lacks falls back to `other`.
 *
 * @example plural('de', count, { one: `${points} Punkt`, other: `${points} Punkte` })
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return forms[rule.select(count)] ?? forms.other;
}
