/**
 * The interface language: @lit/localize in runtime mode. English strings live in the components
 * (msg()); German ones are generated from src/ui/xliff/de.xlf into src/ui/locales/de.ts
 * (`npm run localize:extract`, translate, `npm run localize:build`).
 */
import { configureLocalization } from '@lit/localize';
import type { Locale } from '../../model/settings/reader-settings.js';
import { sourceLocale, targetLocales } from './locale-codes.js';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`../locales/${locale}.ts`),
});

/** The language the interface speaks now. */
export function currentLocale(): Locale {
  return getLocale() as Locale;
}

/**
 * Switches the interface to `locale` and marks the page's language for screen readers and
 * hyphenation. Resolves when every component has the new strings.
 */
export async function applyLocale(locale: Locale): Promise<void> {
  await setLocale(locale);
  document.documentElement.lang = locale;
}
