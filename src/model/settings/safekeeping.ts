/**
 * What the app remembers about keeping the reader's data safe, apart from the settings a reader
 * chooses: whether the browser was already asked to keep the data (asked once, at the first
 * annotation), and when the reader last exported. And the one rule of when to remind a reader that
 * their annotations live only in this browser. Pure, so the rule is decided and tested in one place.
 */

/** The stored keys of {@link Safekeeping}, as the settings persistence names them. */
export const SAFEKEEPING_KEYS = { storageAsked: 'storageAsked', lastExport: 'lastExport' } as const;

/** What the app remembers about the data's safety. */
export interface Safekeeping {
  /** Whether the app has asked the browser to keep its storage (`navigator.storage.persist()`). */
  readonly storageAsked: boolean;
  /** When the reader last exported annotations (the library's or an article's), ISO 8601; undefined when never. */
  readonly lastExport: string | undefined;
}

/** Days without an export after which a reader with annotations is reminded to export. */
export const EXPORT_REMINDER_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Safekeeping from stored values; anything missing or not understood counts as "not yet". */
export function safekeepingFrom(stored: Record<string, unknown>): Safekeeping {
  const lastExport = stored[SAFEKEEPING_KEYS.lastExport];
  return {
    storageAsked: stored[SAFEKEEPING_KEYS.storageAsked] === true,
    lastExport: typeof lastExport === 'string' && !Number.isNaN(Date.parse(lastExport)) ? lastExport : undefined,
  };
}

/** What the reminder rule looks at. */
export interface ExportReminderFacts {
  /** How many annotations the reader has in this browser, over every article. */
  readonly annotationCount: number;
  /** When the reader last exported (ISO 8601), or undefined when never. */
  readonly lastExport: string | undefined;
  /** Now, ISO 8601. */
  readonly now: string;
}

/**
 * Whether to remind the reader that their annotations live only in this browser: they have
 * annotations, and they never exported or their last export is {@link EXPORT_REMINDER_DAYS} days
 * old or older. An export dated in the future (a clock set back) counts as recent.
 */
export function exportReminderDue({ annotationCount, lastExport, now }: ExportReminderFacts): boolean {
  if (annotationCount <= 0) return false;
  if (lastExport === undefined) return true;
  const elapsed = Date.parse(now) - Date.parse(lastExport);
  if (Number.isNaN(elapsed)) return true;
  return elapsed >= EXPORT_REMINDER_DAYS * DAY_MS;
}
