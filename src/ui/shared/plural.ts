/**
 * Counts in sentences, in the reader's language: the plural form is chosen by Intl.PluralRules of
 * the interface language and the number is written with its separators ("20.000 Anmerkungen",
 * "20,000 annotations", "1 annotation"). Every form is its own msg() call inside a function, so each
 * stays a static string that lit-localize extracts and the translator sees whole; this file only
 * picks which one to call. One place for it, so no sentence says "1 annotations" or "20000".
 */
import { currentLocale } from './localization.js';

/** One wording of a count: gets the number already formatted for the reader ("1.234"). */
export type PluralForm = (count: string) => string;

/**
 * The wordings of one sentence, one per plural category of CLDR (German and English use only
 * `one` and `other`; the rest is there for languages that need them), plus `zero` for exactly 0
 * when the sentence reads better without a number ("No annotations"). `other` is required: it is
 * what every language falls back to.
 */
export type PluralForms = { readonly [category in Intl.LDMLPluralRule]?: PluralForm } & {
  readonly other: PluralForm;
};

/** `n` with the separators of the interface language: 20000 → "20.000" (de), "20,000" (en). */
export function formatCount(n: number): string {
  return n.toLocaleString(currentLocale());
}

/**
 * The sentence for `n` things: `zero` when `n` is 0 and given, else the form Intl.PluralRules of the
 * interface language names for `n`, else `other`; each is called with `n` formatted by formatCount.
 *
 * @example plural(n, { one: () => msg('1 annotation'), other: (count) => msg(str`${count} annotations`) })
 */
export function plural(n: number, forms: PluralForms): string {
  const count = formatCount(n);
  if (n === 0 && forms.zero) return forms.zero(count);
  const category = new Intl.PluralRules(currentLocale()).select(n);
  // CLDR's own `zero` category (Arabic, Latvian …) is never 0 in German or English; `zero` above
  // is our "exactly none" wording, so it is not picked here for other numbers.
  const form = category === 'zero' ? undefined : forms[category];
  return (form ?? forms.other)(count);
}

/**
 * plural() for a value that should be a number but comes from outside (a Problem's parameters): a
 * number picks its form; anything else is shown as it is, in the `other` form, so a sentence never
 * says "NaN".
 */
export function pluralOf(value: unknown, forms: PluralForms): string {
  if (typeof value === 'number') return plural(value, forms);
  return forms.other(value === undefined ? '' : String(value));
}
