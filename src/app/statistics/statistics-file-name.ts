/**
 * The names of the statistics page's CSV files (issue 17): `<what the page is of> – <table>.csv`
 * ("Zweierlei Solidarität – Kategorien.csv", "Bibliothek – Alle Anmerkungen.csv"), safe on every OS
 * as the assignment files' and the class view's are ({@link safeFileBase}), at most 100
 * characters before `.csv`.
 */
import { safeFileBase } from '../../model/assignments/file-names.js';

/** The file name of table `what` of the statistics of `subject` (a title, or "Library"). */
export function statisticsCsvFileName(subject: string, what: string): string {
  const part = safeFileBase(what, 'CSV', 30);
  return `${safeFileBase(`${safeFileBase(subject, 'Statistik', 100 - part.length - 3)} – ${part}`, part)}.csv`;
}
