/**
 * Each interface language named in itself, as language pickers do, so a reader finds their own
 * language whatever the interface speaks now.
 */
import type { Locale } from '../../model/settings/reader-settings.js';

/** Endonyms of the supported languages. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
};
