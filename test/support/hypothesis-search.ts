/**
 * A Hypothesis API search response (`GET /api/search`: `{ total, rows }`) made by this project for
 * end-to-end tests: what a teacher gets when she collects a class's annotations from the web. The
 * annotations of one page quote a bundled article as the newspaper printed it: offsets counted in
 * the whole web page (a header before the article), typographic quotation marks where our text
 * has straight ones. The other pages are other articles of the web, not in the library.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalText, type ArticleBlock } from '../../src/model/documents/article.js';

/** The newspaper's URL of the article that is in the library as `kelly-keine-massenabschiebungen`. */
export const KELLY_PAGE = 'https://www.zeitung.example/politik/ausland/kelly-keine-massenabschiebungen-1.3390112';
/** The shipped article that page is a version of. */
export const KELLY_ARTICLE = 'kelly-keine-massenabschiebungen';

/** The passages the class marked on that page, with their tags (as Hypothesis users type them). */
export const KELLY_PASSAGES: readonly { readonly exact: string; readonly tags: readonly string[] }[] = [
  { exact: 'US-Heimatschutzminister John Kelly', tags: ['Akteur'] },
  { exact: '"Es wird keine, ich wiederhole keine Massenabschiebungen geben"', tags: ['zitat'] },
  { exact: 'US-Präsident Donald Trump', tags: ['AKTEUR'] },
  { exact: '"eine Militäroperation"', tags: ['Zitat', 'Framing'] },
  { exact: 'elf Millionen', tags: ['Statistik'] },
  { exact: 'Luis Videgaray', tags: [] },
  { exact: 'eine durchgehende Mauer an der Grenze zu Mexiko', tags: ['Maßnahme/Politik'] },
  { exact: 'Tillerson', tags: ['Akteur'] },
];

/** The other pages of the collection, none of them in the library, with how many annotations each. */
export const OTHER_PAGES: readonly (readonly [url: string, count: number])[] = [
  ['https://www.zeitung.example/politik/inland/haushalt-2027-1.3390455', 9],
  ['https://blog.example.org/2026/11/lesen-lernen/', 8],
  ['https://www.tagesblatt.example/kultur/buchmesse-bilanz', 7],
  ['https://de.wikipedia.example/wiki/Einwanderungspolitik', 7],
];

/** Characters of navigation and header before the article on the newspaper's page. */
const PAGE_HEADER = 4711;

/** The canonical text of a shipped article, read from documents/. */
export function shippedText(id: string): string {
  const body = JSON.parse(readFileSync(join(process.cwd(), 'documents', `${id}.json`), 'utf8')) as { blocks: ArticleBlock[] };
  return canonicalText(body.blocks);
}

/** The page's text as the newspaper printed it: typographic quotation marks. */
function printed(text: string): string {
  let count = 0;
  return text.replace(/"/g, () => (count++ % 2 === 0 ? '„' : '“'));
}

/** A Hypothesis row, as the API returns it. */
function row(id: string, uri: string, fields: Record<string, unknown>, n: number): Record<string, unknown> {
  const minute = String(n % 60).padStart(2, '0');
  return {
    id,
    created: `2026-11-2${n % 3}T09:${minute}:12.532155+00:00`,
    updated: `2026-11-2${n % 3}T10:${minute}:40.001893+01:00`,
    user: `acct:schueler${n % 5}@hypothes.is`,
    uri,
    text: '',
    tags: [],
    group: '__world__',
    permissions: { read: ['group:__world__'], admin: [`acct:schueler${n % 5}@hypothes.is`], update: [`acct:schueler${n % 5}@hypothes.is`], delete: [`acct:schueler${n % 5}@hypothes.is`] },
    document: { title: ['Zeitung'] },
    links: { html: `https://hypothes.is/a/${id}`, incontext: `https://hyp.is/${id}/www.zeitung.example/` },
    user_info: { display_name: `Schüler ${n % 5}` },
    flagged: false,
    hidden: false,
    ...fields,
  };
}

/**
 * The search response: 8 annotations and 1 reply on the Kelly page, then 31 on the other pages
 * (40 rows). Each annotation of the Kelly page quotes its passage with 32 characters of context as
 * the page has them and positions counted in the page.
 */
export function hypothesisSearch(): { total: number; rows: Record<string, unknown>[] } {
  const text = shippedText(KELLY_ARTICLE);
  const page = printed(text);
  const rows: Record<string, unknown>[] = [];
  KELLY_PASSAGES.forEach(({ exact, tags }, i) => {
    const start = text.indexOf(exact);
    if (start < 0) throw new Error(`"${exact}" is not in ${KELLY_ARTICLE}`);
    const end = start + exact.length;
    const selector = [
      { type: 'RangeSelector', startContainer: `/main[1]/article[1]/p[${i + 1}]`, startOffset: 0, endContainer: `/main[1]/article[1]/p[${i + 1}]`, endOffset: exact.length },
      { type: 'TextPositionSelector', start: PAGE_HEADER + start, end: PAGE_HEADER + end },
      { type: 'TextQuoteSelector', exact: page.slice(start, end), prefix: page.slice(Math.max(0, start - 32), start), suffix: page.slice(end, end + 32) },
    ];
    rows.push(row(`KeLLy${i}aaaaaaaaaaaaaa`, KELLY_PAGE, { tags, text: i === 3 ? 'Trump nennt es eine **Militäroperation**.' : '', target: [{ source: KELLY_PAGE, selector }] }, i));
  });
  rows.push(row('KeLLyReplyaaaaaaaaaa', KELLY_PAGE, { references: ['KeLLy3aaaaaaaaaaaaaa'], text: 'Stimmt, Kelly widerspricht.', target: [{ source: KELLY_PAGE }] }, 9));
  let n = 10;
  for (const [url, count] of OTHER_PAGES) {
    for (let i = 0; i < count; i += 1, n += 1) {
      const exact = `Satz ${i + 1} einer anderen Seite`;
      const selector = [{ type: 'TextQuoteSelector', exact, prefix: 'Davor steht etwas. ', suffix: ' Danach auch.' }, { type: 'TextPositionSelector', start: 900 + i * 40, end: 900 + i * 40 + exact.length }];
      rows.push(row(`OtHeR${String(n).padStart(2, '0')}aaaaaaaaaaaaa`, url, { tags: ['Akteur'], target: [{ source: url, selector }] }, n));
    }
  }
  return { total: rows.length, rows };
}
