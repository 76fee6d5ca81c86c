/**
 * A number of bytes in the interface language, in kilobytes below a megabyte and in megabytes
 * above ("35 kB", "1,2 MB"): how the library says how much this browser stores. Decimal units
 * (1 kB = 1,000 bytes), as the browsers' own storage settings count.
 */
import { currentLocale } from './localization.js';

/** "35 kB" / "1.2 MB"; at least "1 kB" for anything stored at all. */
export function formatBytes(bytes: number): string {
  const locale = currentLocale();
  if (bytes >= 1_000_000) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  }
  const kilobytes = bytes > 0 ? Math.max(1, Math.round(bytes / 1000)) : 0;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte' }).format(kilobytes);
}
