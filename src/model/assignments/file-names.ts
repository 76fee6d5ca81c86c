/**
 * The names of the files a class passes around (issue 15): the hand-out `<assignment title>.jsonld`,
 * the hand-in `<assignment>_<student>_<YYYY-MM-DD>.jsonld` and the solution `<title> – Lösung.jsonld`, safe on every OS a school has:
 * none of `/ \ : * ? " < > |`, no control or format characters, no leading or trailing dot or space,
 * no Windows device name (CON, NUL, COM1…), at most {@link MAX_FILE_BASE} characters before the
 * extension; letters of any language (ä, ß, é) kept, since every current OS stores them.
 */

/** Most characters (code points) of a file name before `.jsonld`. */
export const MAX_FILE_BASE = 100;

/** The extension of every assignment file. */
export const ASSIGNMENT_FILE_EXTENSION = '.jsonld';

/** Names Windows keeps for devices, with any extension (CON.txt is as bad as CON). */
const WINDOWS_DEVICES = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * `text` as a part of a file name: forbidden and invisible characters each become a hyphen,
 * whitespace runs one space, cut to `max` code points, no dot or space at either end, a Windows
 * device name suffixed with `_`; `fallback` when nothing is left.
 */
export function safeFileBase(text: string, fallback: string, max: number = MAX_FILE_BASE): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/[/\\:*?"<>|]|[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu, '-');
  const cut = [...cleaned].slice(0, max).join('').replace(/^[. ]+|[. ]+$/g, '');
  if (cut === '') return fallback;
  return WINDOWS_DEVICES.test(cut.split('.')[0]!.trim()) ? `${cut}_` : cut;
}

/** The hand-out's file name: the assignment's title, safe; "Aufgabe" when the title gives nothing. */
export function handOutFileName(title: string): string {
  return `${safeFileBase(title, 'Aufgabe')}${ASSIGNMENT_FILE_EXTENSION}`;
}

/**
 * The hand-in's file name: `<assignment>_<student>_<YYYY-MM-DD>.jsonld`, the day being
 * `handedIn`'s (an ISO date-time or day, as the caller counts days). The title takes at most 60
 * characters and the name 28, so that the whole stays within {@link MAX_FILE_BASE}.
 */
export function handInFileName(title: string, student: string, handedIn: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(handedIn)?.[0] ?? 'undatiert';
  const base = `${safeFileBase(title, 'Aufgabe', 60)}_${safeFileBase(student, 'Schüler', 28)}_${day}`;
  return `${safeFileBase(base, 'Abgabe')}${ASSIGNMENT_FILE_EXTENSION}`;
}

/**
 * The solution file's name (issue 16): `<title> – Lösung.jsonld` (`– Solution` in English), the
 * title cut so that the whole stays within {@link MAX_FILE_BASE}.
 */
export function solutionFileName(title: string, locale: 'de' | 'en' = 'de'): string {
  const word = locale === 'en' ? 'Solution' : 'Lösung';
  return `${safeFileBase(`${safeFileBase(title, 'Aufgabe', MAX_FILE_BASE - word.length - 3)} – ${word}`, word)}${ASSIGNMENT_FILE_EXTENSION}`;
}
