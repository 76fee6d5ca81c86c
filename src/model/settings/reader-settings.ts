/**
 * The reader's settings and their defaults: which language the interface speaks and how large the
 * article text is. Kept pure so that what a stored value means is decided in one place.
 */

/** Interface languages. English is the source language of every UI string. */
export const LOCALES = ['en', 'de'] as const;

/** One interface language. */
export type Locale = (typeof LOCALES)[number];

/** Text sizes the reader can step through, as a factor of the base size. */
export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75] as const;

/** The text size a new reader starts with. */
export const DEFAULT_FONT_SCALE = 1;

/** The settings a reader can change; `locale` is undefined until they choose one. */
export interface ReaderSettings {
  readonly locale: Locale | undefined;
  readonly fontScale: number;
  /** Whether a selection that starts or ends inside a word grows to the whole word before tagging. */
  readonly snapToWords: boolean;
  /** Whether the annotation sidebar is folded away. */
  readonly sidebarCollapsed: boolean;
  /** The reader's name, written as `creator` into exports; empty until they set it. */
  readonly creatorName: string;
}

/** Whether a value names a supported interface language. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The interface language for a reader who has not chosen one: the first of the browser's preferred
 * languages that we speak (`de-AT` counts as `de`), else English.
 */
export function localeFromPreferences(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** Settings from stored values, with defaults for anything missing or not understood. */
export function readerSettingsFrom(stored: Record<string, unknown>): ReaderSettings {
  const scale = stored.fontScale;
  return {
    snapToWords: typeof stored.snapToWords === 'boolean' ? stored.snapToWords : true,
    sidebarCollapsed: stored.sidebarCollapsed === true,
    creatorName: typeof stored.creatorName === 'string' ? stored.creatorName.trim().slice(0, 200) : '',
    locale: isLocale(stored.locale) ? stored.locale : undefined,
    fontScale:
      typeof scale === 'number' && (FONT_SCALES as readonly number[]).includes(scale) ? scale : DEFAULT_FONT_SCALE,
  };
}

/** The next text size up (+1) or down (-1) from `current`, staying within {@link FONT_SCALES}. */
export function stepFontScale(current: number, direction: 1 | -1): number {
  const scales = FONT_SCALES as readonly number[];
  const index = scales.indexOf(current);
  const from = index < 0 ? scales.indexOf(DEFAULT_FONT_SCALE) : index;
  const next = Math.min(scales.length - 1, Math.max(0, from + direction));
  return scales[next]!;
}
