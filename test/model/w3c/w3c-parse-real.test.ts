/**
 * The files people really have (test/fixtures/real/, one per shape, made by this project on the
 * bundled articles): Hypothesis's API search response, a single API row and its client export,
 * RecogitoJS and @recogito/text-annotator, and W3C files with the https context, a bare array,
 * refinedBy, several selectors, embedded pages, a first page given only by address, IRI bodies and
 * dates with offsets. Each is read annotation by annotation: the table pins what is placed (by
 * quote), where (source, position), with which tags, what is skipped and why, and what is read
 * past; the .expected.json beside each file pins every field the parser returns.
 */
import { expect } from '@open-wc/testing';
import { canonicalText } from '../../../src/model/documents/article.js';
import { messages } from '../../../src/model/result.js';
import { codePointToUtf16 } from '../../../src/model/text/code-points.js';
import { type ParsedImport, parseAnnotationFile } from '../../../src/model/w3c/w3c.js';

const KELLY_URL = 'https://www.zeitung.example/politik/einwanderung-kelly-keine-massenabschiebungen-1.3391234';
const iri = (id: string) => `tag:close-reader.app,2026:documents/${id}`;

async function read(file: string): Promise<string> {
  return (await fetch(`/test/fixtures/real/${file}`)).text();
}

interface Case {
  readonly file: string;
  readonly format: ParsedImport['format'];
  /** Per annotation read: quote, source, position ("start-end" or "-"), tags (labels or IRIs, joined by "|"). */
  readonly read: readonly string[];
  /** Per skipped item: "index reason". */
  readonly skipped: readonly string[];
  readonly warnings: readonly string[];
}

const cases: Case[] = [
  {
    file: 'hypothesis-api-search.json',
    format: 'hypothesis-api',
    read: [
      `US-Heimatschutzminister John Kelly @ ${KELLY_URL} 1924-1958 [Akteur]`,
      `Es wird keine, ich wiederhole keine Massenabschiebungen geben @ ${KELLY_URL} 2017-2078 [Zitat|Quelle prüfen]`,
      '39 Städte und 350 Bezirke @ https://blog.example.net/2017/02/22/migration-und-staedte/ 5012-5040 [Statistik]',
      'Operation Metro Surge @ https://www.welt.example/politik/ausland/article2590/ice-einsatz-in-minneapolis.html 2748-2769 [Maßnahme/Politik]',
    ],
    skipped: ['2 page-note', '3 reply'],
    warnings: ['selectors-ignored'],
  },
  { file: 'hypothesis-api-row.json', format: 'hypothesis-api', read: [`US-Heimatschutzminister John Kelly @ ${KELLY_URL} 1924-1958 [Akteur]`], skipped: [], warnings: ['selectors-ignored'] },
  {
    file: 'hypothesis-client-export.json',
    format: 'hypothesis',
    read: [
      'Benjamin Barber @ https://www.nd.example/artikel/1096543.zweierlei-solidaritaet.html 3442-3457 [Akteur|Zitat]',
      'Innenminister Matteo Salvini @ https://www.nd.example/artikel/1096543.zweierlei-solidaritaet.html 4460-4488 [akteur]',
    ],
    skipped: ['2 page-note', '3 reply'],
    warnings: ['selectors-ignored'],
  },
  {
    file: 'recogito.json',
    format: 'w3c-array',
    read: ['Bürgermeister Ed Lee @ - 153-173 [Akteur]', 'Wir sind und bleiben eine Sanctuary City. @ - 176-217 [Zitat]', 'elf Millionen Einwanderer ohne Aufenthaltsrecht @ - 268-315 []'],
    skipped: ['3 relation', '4 relation'],
    warnings: [],
  },
  {
    file: 'text-annotator.json',
    format: 'w3c-array',
    read: [
      'Außenminister Marco Rubio @ https://www.nzz.example/international/washington-erhoeht-den-druck-ld.1890001 1023-1048 []',
      'nationale Souveränität schützen @ https://www.nzz.example/international/washington-erhoeht-den-druck-ld.1890001 893-924 [Rahmung]',
    ],
    skipped: ['2 relation'],
    warnings: [],
  },
  { file: 'w3c-https-context.jsonld', format: 'w3c-annotation', read: [`Tom Homan @ ${iri('ice-einsatz-minneapolis')} 1459-1468 [Akteur]`], skipped: [], warnings: [] },
  {
    file: 'w3c-bare-array.jsonld',
    format: 'w3c-array',
    read: [`Rex Tillerson @ ${iri('kelly-keine-massenabschiebungen')} - [Actor]`, `eine Militäroperation @ ${iri('kelly-keine-massenabschiebungen')} 750-771 []`],
    skipped: ['2 not-an-annotation'],
    warnings: [],
  },
  {
    file: 'w3c-refinedby.jsonld',
    format: 'w3c-page',
    read: [
      `Stadtgesellschaften für die Rechte von Flüchtlingen @ ${iri('zweierlei-solidaritaet')} - [Akteur]`,
      `Bill Clinton @ ${iri('zweierlei-solidaritaet')} 386-398 [Akteur]`,
      `- @ ${iri('zweierlei-solidaritaet')} 961-980 []`,
    ],
    skipped: [],
    warnings: ['selectors-ignored'],
  },
  {
    file: 'w3c-several-selectors.jsonld',
    format: 'w3c-annotation',
    read: [`Marco Rubio @ ${iri('washington-erhoeht-den-druck')} 220-231 [Akteur tag:close-reader.app,2026:categories/actor]`],
    skipped: [],
    warnings: ['selectors-ignored', 'several-targets'],
  },
  {
    file: 'w3c-embedded-pages.jsonld',
    format: 'w3c-collection',
    read: ['Ed Lee', 'Connecticut', 'Vermont'].map((quote, i) => `${quote} @ ${iri('sanctuary-cities-gegen-trump')} ${[[167, 173], [1028, 1039], [1002, 1009]][i]!.join('-')} [Akteur]`),
    skipped: [],
    warnings: [],
  },
  { file: 'w3c-iri-bodies.jsonld', format: 'w3c-annotation', read: [`Mall Magdeen @ ${iri('ice-einsatz-minneapolis')} 406-418 [Akteur]`], skipped: [], warnings: [] },
  {
    file: 'w3c-offset-dates.jsonld',
    format: 'w3c-page',
    read: ['Kalifornien', 'Rhode Island', 'Washington', 'Strafverfolgung', 'Dorn im Auge'].map((quote) => quote),
    skipped: [],
    warnings: ['not-a-date', 'not-a-date', 'not-a-date', 'date-without-offset'],
  },
];

describe('parse: real-shaped files, annotation by annotation', () => {
  for (const { file, format, read: expectedRead, skipped, warnings } of cases) {
    it(`${file}: ${expectedRead.length} read, ${skipped.length} skipped (${skipped.join(', ') || 'none'})`, async () => {
      const result = parseAnnotationFile(await read(file), file);
      if (!result.ok) expect.fail(messages(result.problems).join('\n'));
      const { value } = result;
      expect(value.format).to.equal(format);
      const line = (a: ParsedImport['annotations'][number]) => {
        const tags = a.tags.map((t) => [t.label, t.iri].filter(Boolean).join(' ')).join('|');
        return `${a.quote?.exact ?? '-'} @ ${a.source ?? '-'} ${a.position ? `${a.position.start}-${a.position.end}` : '-'} [${tags}]`;
      };
      const lines = value.annotations.map(line);
      if (file === 'w3c-offset-dates.jsonld') expect(value.annotations.map((a) => a.quote?.exact)).to.deep.equal(expectedRead);
      else expect(lines).to.deep.equal(expectedRead);
      expect(value.skipped.map((s) => `${s.index} ${s.reason}`)).to.deep.equal(skipped);
      expect(result.warnings.map((w) => w.code)).to.deep.equal(warnings);
      // Every item is either read or skipped, each once.
      expect([...value.annotations.map((a) => a.index), ...value.skipped.map((s) => s.index)].sort((a, b) => a - b)).to.deep.equal([...Array(value.annotations.length + value.skipped.length).keys()]);
    });

    it(`${file}: every field as in its .expected.json`, async () => {
      const result = parseAnnotationFile(await read(file), file);
      const expected: unknown = await (await fetch(`/test/fixtures/real/${file.replace(/\.json(ld)?$/, '.expected.json')}`)).json();
      const actual = result.ok ? { ...result.value, warnings: messages(result.warnings) } : { problems: messages(result.problems) };
      expect(JSON.parse(JSON.stringify(actual))).to.deep.equal(expected);
    });
  }

  it('w3c-first-link.jsonld: refused, saying the pages are not in the file (nothing fetched)', async () => {
    const result = parseAnnotationFile(await read('w3c-first-link.jsonld'), 'w3c-first-link.jsonld');
    expect(result).to.deep.equal({
      ok: false,
      problems: [
        {
          code: 'page-not-embedded',
          params: { file: 'w3c-first-link.jsonld', address: 'https://annotations.example.edu/collections/kelly/1' },
          message: 'w3c-first-link.jsonld: first: the annotations are not in the file, only the address of their page ("https://annotations.example.edu/collections/kelly/1")',
        },
      ],
    });
  });

  it('hypothesis: acct: user is the creator IRI, the display name the creator, links.html the via, dates in UTC with Z', async () => {
    const result = parseAnnotationFile(await read('hypothesis-api-search.json'), 'h.json');
    if (!result.ok) expect.fail('refused');
    const first = result.value.annotations[0]!;
    expect([first.creator, first.creatorId, first.via, first.created, first.modified]).to.deep.equal([
      'Frau Berger',
      'acct:frau.berger@hypothes.is',
      'https://hypothes.is/a/aF3kQ1xbEe-7pL0b1Xc9Qw',
      '2024-05-02T10:11:12.123Z',
      '2024-05-02T10:30:00.500Z',
    ]);
    expect(result.value.annotations[1]!.creator).to.equal('jonas_k');
  });

  it('links: an IRI body and an External Web Resource are kept as the file had them; the other text is the note', async () => {
    const result = parseAnnotationFile(await read('w3c-iri-bodies.jsonld'), 'l.jsonld');
    if (!result.ok) expect.fail('refused');
    const [annotation] = result.value.annotations;
    expect(annotation!.links).to.deep.equal([
      'https://de.wikipedia.org/wiki/Minneapolis',
      { id: 'https://media.example.org/interview-magdeen.mp3', type: 'Sound', format: 'audio/mpeg', language: 'en' },
    ]);
    expect(annotation!.tags).to.deep.equal([{ label: 'Akteur', language: 'de' }]);
    expect(annotation!.note).to.equal('Interview mit ihm, ab Minute 3.');
  });

  it('dates: offsets converted to UTC, none taken as UTC, a date alone and garbage dropped', async () => {
    const result = parseAnnotationFile(await read('w3c-offset-dates.jsonld'), 'd.jsonld');
    if (!result.ok) expect.fail('refused');
    expect(result.value.annotations.map((a) => [a.created, a.modified])).to.deep.equal([
      ['2025-06-01T08:00:00.000Z', '2025-06-01T16:00:00.500Z'],
      ['2025-06-01T08:00:00.000Z', '2025-06-01T08:00:00.123Z'],
      ['2025-06-01T08:00:00.000Z', '2025-06-01T09:00:00.000Z'],
      [undefined, undefined],
      ['2025-06-02T00:30:00.000Z', undefined],
    ]);
  });

  it('a second target naming the article by another address gives the plan aliases (target via and canonical)', () => {
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      target: { source: KELLY_URL, via: 'https://amp.zeitung.example/kelly', canonical: [iri('kelly-keine-massenabschiebungen'), KELLY_URL], selector: { type: 'TextQuoteSelector', exact: 'Kelly' } },
    };
    const result = parseAnnotationFile(JSON.stringify(file), 'a.jsonld');
    if (!result.ok) expect.fail('refused');
    expect(result.value.annotations[0]!.sourceAliases).to.deep.equal(['https://amp.zeitung.example/kelly', iri('kelly-keine-massenabschiebungen')]);
  });

  it('the fixtures on bundled articles quote their real text at their positions', async () => {
    const prefix = 'tag:close-reader.app,2026:documents/';
    let checked = 0;
    for (const { file } of cases) {
      const result = parseAnnotationFile(await read(file), file);
      if (!result.ok) continue;
      for (const a of result.value.annotations) {
        if (!a.source?.startsWith(prefix) || !a.position) continue;
        const doc = (await (await fetch(`/documents/${a.source.slice(prefix.length)}.json`)).json()) as { blocks: Parameters<typeof canonicalText>[0] };
        const text = canonicalText(doc.blocks);
        const passage = text.slice(codePointToUtf16(text, a.position.start), codePointToUtf16(text, a.position.end));
        if (a.quote) expect(passage, `${file} ${a.index}`).to.equal(a.quote.exact);
        checked += 1;
      }
    }
    expect(checked).to.equal(14);
  });

  it("an annotation's own via (ours write it for an imported one) wins over its id; an urn:uuid id is ours, not a via", () => {
    const target = { source: KELLY_URL, selector: { type: 'TextQuoteSelector', exact: 'Kelly' } };
    const items = [
      { type: 'Annotation', id: 'urn:uuid:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', via: 'https://hypothes.is/a/Ab1Cd2Ef3', target },
      { type: 'Annotation', id: 'https://notes.example.org/anno/7', target },
      { type: 'Annotation', id: 'urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', target },
    ];
    const result = parseAnnotationFile(JSON.stringify(items), 'v.jsonld');
    if (!result.ok) expect.fail('refused');
    expect(result.value.annotations.map((a) => [a.id, a.via])).to.deep.equal([
      ['0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', 'https://hypothes.is/a/Ab1Cd2Ef3'],
      ['https://notes.example.org/anno/7', 'https://notes.example.org/anno/7'],
      ['1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', undefined],
    ]);
  });
});
