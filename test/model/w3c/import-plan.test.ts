/**
 * planImport (src/model/w3c/import-plan.ts) as a specification, over the shipped articles: which
 * category each tag is (by IRI first, then by label in either language, whatever the case;
 * unknown tags become new imported categories, once each, with ids of their own; no tag is
 * "untagged"), which id each annotation is stored under (ours kept, other tools' turned into
 * stable UUIDs), what is "already here", what is skipped and why, which article an unknown page
 * may be, and where each quote is placed (at its position, approximately after the text changed, or not at all).
 * Small hand-written ParsedImports, and the Hypothesis fixture through parseAnnotationFile.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { type Category, categoryIri, DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { codePointLength, codePointToUtf16, utf16ToCodePoint } from '../../../src/model/text/code-points.js';
import { type ImportableDocument, type ImportContext, type ImportPlan, planImport } from '../../../src/model/w3c/import-plan.js';
import { isUuid } from '../../../src/model/w3c/stable-uuid.js';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import { type IncomingAnnotation, type IncomingTag, parseAnnotationFile, type ParsedImport } from '../../../src/model/w3c/w3c.js';
import { messages, ok, type Success } from '../../../src/model/result.js';
import { loadShippedArticles } from '../../support/articles.js';

const FILE = 'import.jsonld';
const NOW = '2026-03-01T12:00:00.000Z';
const SANCTUARY = 'sanctuary-cities-gegen-trump';
const KELLY = 'kelly-keine-massenabschiebungen';
/** A passage of the Sanctuary article, and one of the Kelly article. */
const LEE = 'sagte Bürgermeister Ed Lee. "Wir sind und bleiben eine Sanctuary City."';
const JOHN_KELLY = 'US-Heimatschutzminister John Kelly';

let documents: ImportableDocument[] = [];

/** The shipped article `id`. */
function article(id: string): ImportableDocument {
  const found = documents.find((document) => document.id === id);
  if (!found) throw new Error(`no shipped article ${id}`);
  return found;
}

/** Where `passage` is in the article's text (it must be there). */
function indexOf(documentId: string, passage: string): number {
  const start = article(documentId).text.indexOf(passage);
  if (start < 0) throw new Error(`"${passage}" is not in ${documentId}`);
  return start;
}

/** The context of every plan here: the shipped articles, the default scheme, nothing stored yet. */
function context(fields: Partial<ImportContext> = {}): ImportContext {
  return { fileName: FILE, documents, categories: DEFAULT_CATEGORIES, existingIds: new Set(), now: NOW, ...fields };
}

type Fields = Partial<Omit<IncomingAnnotation, 'index'>>;

/** An incoming annotation on `passage` of an article, as our export describes it: quote with context and position in code points. */
function on(documentId: string, passage: string, fields: Fields = {}): Fields {
  const { text, iri } = article(documentId);
  const start = indexOf(documentId, passage);
  const range = describeRange(text, start, start + passage.length);
  return {
    source: iri,
    quote: { exact: range.exact, prefix: range.prefix, suffix: range.suffix },
    position: { start: utf16ToCodePoint(text, range.start), end: utf16ToCodePoint(text, range.end) },
    ...fields,
  };
}

/** A parsed file holding `annotations` (numbered in order; no tags unless given), as parseAnnotationFile gives it. */
function file(annotations: readonly Fields[], format: ParsedImport['format'] = 'w3c-collection'): Success<ParsedImport> {
  return ok({ format, annotations: annotations.map((fields, index) => ({ tags: [], ...fields, index })), skipped: [] });
}

/** A UUID of ours made of one hex digit, kept as it is by the import. */
function uuid(digit: string): string {
  return `${digit.repeat(8)}-${digit.repeat(4)}-4${digit.repeat(3)}-8${digit.repeat(3)}-${digit.repeat(12)}`;
}

/** One field of each planned annotation, by id (a plan lists annotations article by article, not in file order). */
function field<K extends keyof Annotation>(annotations: readonly Annotation[], key: K): Record<string, Annotation[K]> {
  return Object.fromEntries(annotations.map((annotation) => [annotation.id, annotation[key]]));
}

/** The plan of `parsed` in the shipped library. */
function plan(parsed: Success<ParsedImport>, fields: Partial<ImportContext> = {}): ImportPlan {
  return planImport(parsed, context(fields));
}

before(async () => {
  const source = await loadShippedArticles();
  documents = await Promise.all(
    source.entries.map(async (entry) => ({ id: entry.id, iri: entry.iri, title: entry.title, text: canonicalText((await source.loadBody(entry.id)).blocks) })),
  );
});

describe('import plan: tags become categories', () => {
  const iri = (id: string) => categoryIri({ id });
  const cases: { name: string; tags: IncomingTag[]; categoryIds: string[] }[] = [
    { name: 'our IRI alone', tags: [{ iri: iri('statistic') }], categoryIds: ['statistic'] },
    { name: 'our IRI with some other label maps by the IRI, not by the label', tags: [{ iri: iri('actor'), label: 'Zitat' }], categoryIds: ['actor'] },
    { name: 'the German label in lower case ("akteur")', tags: [{ label: 'akteur' }], categoryIds: ['actor'] },
    { name: 'the English label in capitals ("QUOTE")', tags: [{ label: 'QUOTE' }], categoryIds: ['quote'] },
    { name: 'the German label with its slash and ß ("Maßnahme/Politik")', tags: [{ label: 'Maßnahme/Politik' }], categoryIds: ['policy'] },
    { name: 'the English label with spaces around it', tags: [{ label: '  Statistic ' }], categoryIds: ['statistic'] },
    { name: 'a foreign IRI with one of our labels maps by the label', tags: [{ iri: 'https://example.org/vocab/42', label: 'Actor' }], categoryIds: ['actor'] },
    { name: 'several tags in the order given', tags: [{ label: 'Zitat' }, { iri: iri('policy') }], categoryIds: ['quote', 'policy'] },
    { name: 'two tags that name the same category count once', tags: [{ label: 'Akteur' }, { iri: iri('actor') }, { label: 'actor' }], categoryIds: ['actor'] },
  ];
  for (const { name, tags, categoryIds } of cases) {
    it(`${name} → ${categoryIds.join(', ')}`, () => {
      const { annotations, newCategories } = plan(file([on(SANCTUARY, LEE, { id: 'a', tags })]));
      expect(annotations[0]!.categoryIds).to.deep.equal(categoryIds);
      expect(newCategories).to.deep.equal([]);
    });
  }

  it('an unknown label becomes a new category marked imported, in both languages, after the scheme', () => {
    const { annotations, newCategories } = plan(file([on(SANCTUARY, LEE, { id: 'a', tags: [{ label: 'Framing' }] })]));
    expect(annotations[0]!.categoryIds).to.deep.equal(['framing']);
    expect(newCategories).to.have.length(1);
    expect(newCategories[0]).to.deep.include({ id: 'framing', label: { de: 'Framing', en: 'Framing' }, imported: true });
    expect(newCategories[0]!.order).to.be.greaterThan(Math.max(...DEFAULT_CATEGORIES.map((category) => category.order)));
    expect(newCategories[0]).not.to.have.property('iri');
  });

  it('an unknown IRI becomes a new category that keeps the IRI, so the next import finds it by IRI', () => {
    const tag = { iri: 'https://example.org/vocab/framing', label: 'Rahmung' };
    const first = plan(file([on(SANCTUARY, LEE, { id: 'a', tags: [tag] })]));
    expect(first.newCategories[0]).to.deep.include({ id: 'rahmung', label: { de: 'Rahmung', en: 'Rahmung' }, iri: tag.iri, imported: true });
    const second = plan(file([on(SANCTUARY, LEE, { id: 'b', tags: [{ iri: tag.iri, label: 'Framing' }] })]), { categories: [...DEFAULT_CATEGORIES, ...first.newCategories] });
    expect(second.annotations[0]!.categoryIds).to.deep.equal(['rahmung']);
    expect(second.newCategories).to.deep.equal([]);
  });

  it('an unknown tag carried by several annotations is created once, whatever its case', () => {
    const [A, B, C] = [uuid('a'), uuid('b'), uuid('c')];
    const { annotations, newCategories } = plan(
      file([
        on(SANCTUARY, LEE, { id: A, tags: [{ label: 'Framing' }] }),
        on(KELLY, JOHN_KELLY, { id: B, tags: [{ label: 'framing' }, { label: 'Akteur' }] }),
        on(SANCTUARY, 'Sanctuary City', { id: C, tags: [{ label: 'FRAMING' }] }),
      ]),
    );
    expect(newCategories.map((category) => category.id)).to.deep.equal(['framing']);
    expect(field(annotations, 'categoryIds')).to.deep.equal({ [A]: ['framing'], [B]: ['framing', 'actor'], [C]: ['framing'] });
  });

  it('new categories get ids of their own: none is an id of the scheme or of another new one', () => {
    const { annotations, newCategories } = plan(
      file([
        on(SANCTUARY, LEE, { id: 'a', tags: [{ label: 'Actor!' }] }),
        on(SANCTUARY, LEE, { id: 'b', tags: [{ label: 'Framing' }, { label: 'Framing?' }, { label: 'framing…' }] }),
      ]),
    );
    const ids = newCategories.map((category) => category.id);
    expect(ids).to.deep.equal(['actor-2', 'framing', 'framing-2', 'framing-3']);
    expect(newCategories.map((category) => category.label.en)).to.deep.equal(['Actor!', 'Framing', 'Framing?', 'framing…']);
    expect(annotations.map((annotation) => annotation.categoryIds)).to.deep.equal([['actor-2'], ['framing', 'framing-2', 'framing-3']]);
    for (const category of newCategories) expect(category.imported).to.equal(true);
  });

  it('new categories are made as the scheme editor makes them: palette colours apart from the scheme’s, its least used lines, after it', () => {
    const { newCategories } = plan(file([on(SANCTUARY, LEE, { id: 'a', tags: [{ label: 'Framing' }, { label: 'Tone' }] })]));
    expect(newCategories.map((category) => [category.id, category.colour, category.line, category.order, category.schemeId])).to.deep.equal([
      ['framing', '#d55e00', 'wavy', 5, 'default'],
      ['tone', '#7a5cc9', 'solid', 6, 'default'],
    ]);
  });

  it('an annotation without any tag goes to the "untagged" category, created once for all of them', () => {
    const { annotations, newCategories } = plan(file([on(SANCTUARY, LEE, { id: 'a' }), on(KELLY, JOHN_KELLY, { id: 'b' })]));
    expect(annotations.map((annotation) => annotation.categoryIds)).to.deep.equal([['untagged'], ['untagged']]);
    expect(newCategories).to.have.length(1);
    expect(newCategories[0]).to.deep.include({ id: 'untagged', label: { de: 'Ohne Kategorie', en: 'Untagged' }, imported: true });
  });

  it('an "untagged" category already in the scheme is used, not made again', () => {
    const untagged: Category = { id: 'untagged', label: { de: 'Ohne Kategorie', en: 'Untagged' }, colour: '#56b4e9', line: 'solid', order: 5, imported: true };
    const { annotations, newCategories } = plan(file([on(SANCTUARY, LEE, { id: 'a' })]), { categories: [...DEFAULT_CATEGORIES, untagged] });
    expect(annotations[0]!.categoryIds).to.deep.equal(['untagged']);
    expect(newCategories).to.deep.equal([]);
  });
});

describe('import plan: the id each annotation is stored under', () => {
  const foreign: { tool: string; format: ParsedImport['format']; id: string }[] = [
    { tool: 'Hypothesis', format: 'hypothesis', id: 'abc123' },
    { tool: 'Recogito', format: 'w3c-array', id: '#x' },
  ];
  for (const { tool, format, id } of foreign) {
    it(`a ${tool} id ("${id}") becomes a UUID, the same on a second plan, which then finds it already here`, () => {
      const incoming = file([on(SANCTUARY, LEE, { id })], format);
      const first = plan(incoming);
      const stored = first.annotations[0]!.id;
      expect(isUuid(stored), stored).to.equal(true);
      expect(plan(incoming).annotations[0]!.id).to.equal(stored);
      const second = plan(incoming, { existingIds: new Set([stored]) });
      expect(second.annotations).to.deep.equal([]);
      expect(second.alreadyHere).to.equal(1);
    });
  }

  it('the same foreign id from two tools, or on two articles, gives two different UUIDs', () => {
    const ids = [
      plan(file([on(SANCTUARY, LEE, { id: '1' })], 'hypothesis')),
      plan(file([on(SANCTUARY, LEE, { id: '1' })], 'w3c-array')),
      plan(file([on(KELLY, JOHN_KELLY, { id: '1' })], 'hypothesis')),
    ].map((p) => p.annotations[0]!.id);
    expect(new Set(ids).size).to.equal(3);
  });

  it('our own UUIDs (urn:uuid: in the file) are kept, in lower case', () => {
    const id = '0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d';
    const { annotations } = plan(file([on(SANCTUARY, LEE, { id }), on(KELLY, JOHN_KELLY, { id: id.replace('0b7e', '1B7E').toUpperCase() })]));
    expect(annotations.map((annotation) => annotation.id)).to.deep.equal([id, id.replace('0b7e', '1b7e')]);
  });

  it('an annotation without an id gets a UUID from its content, the same on a second plan', () => {
    const incoming = file([on(SANCTUARY, LEE), on(SANCTUARY, LEE, { note: 'anders' })]);
    const ids = plan(incoming).annotations.map((annotation) => annotation.id);
    expect(ids.every(isUuid)).to.equal(true);
    expect(new Set(ids).size).to.equal(2);
    expect(plan(incoming).annotations.map((annotation) => annotation.id)).to.deep.equal(ids);
  });
});

describe('import plan: what is already here', () => {
  const stored = '11111111-1111-4111-8111-111111111111';
  const twice = '22222222-2222-4222-8222-222222222222';
  const fresh = '33333333-3333-4333-8333-333333333333';

  it('counts ids already stored and ids repeated in the same file, and plans only the rest, once each', () => {
    const p = plan(
      file([
        on(SANCTUARY, LEE, { id: stored }),
        on(SANCTUARY, LEE, { id: twice, note: 'first' }),
        on(KELLY, JOHN_KELLY, { id: twice, note: 'second' }),
        on(KELLY, JOHN_KELLY, { id: fresh }),
      ]),
      { existingIds: new Set([stored]) },
    );
    expect(p.alreadyHere).to.equal(2);
    expect(field(p.annotations, 'note')).to.deep.equal({ [twice]: 'first', [fresh]: undefined });
    expect([...p.perDocument]).to.deep.equal([
      [SANCTUARY, 1],
      [KELLY, 1],
    ]);
    expect(p.placed).to.equal(2);
  });

  it('a file of nothing but what is stored plans nothing', () => {
    const p = plan(file([on(SANCTUARY, LEE, { id: stored })]), { existingIds: new Set([stored]) });
    expect(p).to.deep.include({ annotations: [], newCategories: [], placed: 0, unplaced: 0, alreadyHere: 1 });
    expect(p.perDocument.size).to.equal(0);
  });
});

describe('import plan: position is a hint, a page that is not here is skipped or assigned', () => {
  it('a position beyond the text (a whole web page\'s offsets) falls back to the quote, with one notice naming the annotations', () => {
    const length = codePointLength(article(KELLY).text);
    const p = plan(file([on(SANCTUARY, LEE, { id: 'fine' }), on(KELLY, JOHN_KELLY, { id: 'too-far', position: { start: length + 4000, end: length + 4033 } })]));
    const start = indexOf(KELLY, JOHN_KELLY);
    expect(p.annotations.find((a) => a.documentId === KELLY)).to.deep.include({ start, end: start + JOHN_KELLY.length, exact: JOHN_KELLY });
    expect(p).to.deep.include({ placed: 2, unplaced: 0 });
    expect(messages(p.warnings)).to.deep.equal([
      `${FILE}: annotation 2: the position lies outside the article's text (counted in a whole web page?); placed by the quote`,
    ]);
  });

  it('a position beyond the text with no quote to fall back on is skipped as a page note', () => {
    const p = plan(file([{ id: 'far', source: article(KELLY).iri, position: { start: 10 ** 6, end: 10 ** 6 + 5 } }]));
    expect(p.annotations).to.deep.equal([]);
    expect(p.skipped.map((group) => [group.reason, group.count])).to.deep.equal([['page-note', 1]]);
  });

  it('a position that ends exactly at the end of the text is accepted', () => {
    const { text } = article(KELLY);
    const length = codePointLength(text);
    const { annotations } = plan(file([{ source: article(KELLY).iri, id: 'end', position: { start: length - 5, end: length } }]));
    expect(annotations[0]).to.deep.include(describeRange(text, codePointToUtf16(text, length - 5), text.length));
  });

  it('annotations on pages not in the library are skipped and counted per page; the rest is planned', () => {
    const p = plan(
      file([
        on(SANCTUARY, LEE, { id: 'here' }),
        on(SANCTUARY, LEE, { id: 'x1', source: 'https://zeitung.example/a' }),
        on(KELLY, JOHN_KELLY, { id: 'x2', source: 'https://zeitung.example/a#kommentare' }),
        on(KELLY, JOHN_KELLY, { id: 'x3', source: 'https://zeitung.example/b' }),
        on(KELLY, JOHN_KELLY, { id: 'none', source: undefined }),
      ]),
    );
    expect(p.annotations.map((a) => a.documentId)).to.deep.equal([SANCTUARY]);
    expect(p.skipped).to.deep.equal([
      { reason: 'source-not-in-library', count: 4, sources: 4, example: { index: 1, reason: 'source-not-in-library', where: `${FILE}, annotation 2 (x1)`, id: 'x1', source: 'https://zeitung.example/a' } },
    ]);
    // One entry per page, the fragment dropped; annotations without a source are one entry ('').
    expect(p.unknownSources.map((source) => [source.key, source.annotations, source.quotes])).to.deep.equal([
      ['https://zeitung.example/a', 2, 2],
      ['https://zeitung.example/b', 1, 1],
      ['', 1, 1],
    ]);
    expect(p.newAliases).to.deep.equal([]);
  });

  it('offers first the articles whose text holds the most of a page\'s quotes, with the share found', () => {
    const p = plan(file([on(KELLY, JOHN_KELLY, { id: 'k', source: 'https://zeitung.example/k' }), on(SANCTUARY, LEE, { id: 's', source: 'https://zeitung.example/k' })]));
    const [source] = p.unknownSources;
    expect(source!.candidates.slice(0, 2).map((c) => [c.documentId, c.found, c.share])).to.deep.equal([
      [KELLY, 1, 0.5],
      [SANCTUARY, 1, 0.5],
    ].sort((a, b) => documents.findIndex((d) => d.id === a[0]) - documents.findIndex((d) => d.id === b[0])));
    expect(source!.candidates).to.have.length(documents.length);
    expect(source!.candidates.slice(2).every((c) => c.found === 0 && c.share === 0)).to.equal(true);
  });

  it('finds quotes whatever their quotation marks, case, accents and spacing', () => {
    const webPage = LEE.replaceAll('"', '„').replace('Bürgermeister', 'BURGERMEISTER').replace(' Ed ', '  Ed\n');
    const p = plan(file([{ id: 'w', source: 'https://zeitung.example/s', quote: { exact: webPage } }]));
    expect(p.unknownSources[0]!.candidates[0]).to.deep.equal({ documentId: SANCTUARY, found: 1, share: 1 });
  });

  it('a page the reader assigns to an article is planned there and remembered as an alias; skipping it counts it apart', () => {
    const parsed = file([
      on(SANCTUARY, LEE, { id: 'x1', source: 'https://zeitung.example/a#c' }),
      on(KELLY, JOHN_KELLY, { id: 'x2', source: 'https://zeitung.example/b' }),
      on(KELLY, JOHN_KELLY, { id: 'none', source: undefined }),
    ]);
    const assignments = new Map<string, string | null>([['https://zeitung.example/a', SANCTUARY], ['https://zeitung.example/b', null], ['', KELLY]]);
    const p = plan(parsed, { assignments });
    expect(p.annotations.map((a) => [a.documentId, a.exact])).to.deep.equal([[SANCTUARY, LEE], [KELLY, JOHN_KELLY]]);
    expect(p.unknownSources.map((source) => [source.key, source.assigned])).to.deep.equal([
      ['https://zeitung.example/a', SANCTUARY],
      ['https://zeitung.example/b', null],
      ['', KELLY],
    ]);
    // No alias for annotations without a page: there is nothing to recognise the next file by.
    expect(p.newAliases).to.deep.equal([{ source: 'https://zeitung.example/a', documentId: SANCTUARY }]);
    expect(p.skipped.map((group) => [group.reason, group.count])).to.deep.equal([['source-skipped', 1]]);
  });

  it('a remembered alias maps the page by itself, says so, and makes no new alias', () => {
    const parsed = file([on(SANCTUARY, LEE, { id: 'x1', source: 'https://zeitung.example/a' })]);
    const p = plan(parsed, { aliases: new Map([['https://zeitung.example/a', SANCTUARY]]) });
    expect(p.annotations.map((a) => a.documentId)).to.deep.equal([SANCTUARY]);
    expect(p.unknownSources).to.deep.equal([]);
    expect(p.rememberedSources).to.deep.equal([{ key: 'https://zeitung.example/a', documentId: SANCTUARY, annotations: 1 }]);
    expect(p.newAliases).to.deep.equal([]);
  });

  it('a target that names one of our articles as its via or canonical goes to that article', () => {
    const p = plan(file([on(SANCTUARY, LEE, { id: 'v', source: 'https://zeitung.example/a', sourceAliases: [article(SANCTUARY).iri] })]));
    expect(p.annotations.map((a) => a.documentId)).to.deep.equal([SANCTUARY]);
    expect(p.unknownSources).to.deep.equal([]);
  });

  it('an assignment to an article that is not in the library is no assignment', () => {
    const p = plan(file([on(SANCTUARY, LEE, { id: 'x', source: 'urn:x' })]), { assignments: new Map([['urn:x', 'gone']]) });
    expect(p.annotations).to.deep.equal([]);
    expect(p.unknownSources[0]).not.to.have.property('assigned');
  });
});

describe('import plan: what a foreign annotation keeps', () => {
  it('keeps its IRI as via, its creator\'s IRI and its link bodies', () => {
    const links = ['https://example.org/quelle', { id: 'https://example.org/bild.jpg', type: 'Image', format: 'image/jpeg' }];
    const { annotations } = plan(file([on(SANCTUARY, LEE, { id: 'h', via: 'https://hypothes.is/a/h', creator: 'alice', creatorId: 'acct:alice@hypothes.is', links })]));
    expect(annotations[0]).to.deep.include({ via: 'https://hypothes.is/a/h', creator: 'alice', creatorId: 'acct:alice@hypothes.is', links });
  });

  it('labels match without regard to accents and spacing; new categories go into the scheme the reader picked', () => {
    const p = plan(file([on(SANCTUARY, LEE, { id: 'a', tags: [{ label: 'zitát' }, { label: 'Neue  Sache' }] })]), { schemeId: 'unterricht' });
    expect(p.annotations[0]!.categoryIds).to.deep.equal(['quote', 'neue-sache']);
    expect(p.newCategories.map((c) => [c.id, c.schemeId, c.imported])).to.deep.equal([['neue-sache', 'unterricht', true]]);
  });

  it('a Hypothesis annotation has one stored id whether it came from the API or the client export', () => {
    const fromApi = plan(file([on(SANCTUARY, LEE, { id: 'Jz8Ac' })], 'hypothesis-api'));
    const fromExport = plan(file([on(SANCTUARY, LEE, { id: 'Jz8Ac' })], 'hypothesis'));
    expect(fromApi.annotations[0]!.id).to.equal(fromExport.annotations[0]!.id);
  });
});

describe('import plan: where each quote is placed', () => {
  it('a quote at its position is placed there, with its context as the text has it', () => {
    const start = indexOf(SANCTUARY, LEE);
    const p = plan(file([on(SANCTUARY, LEE, { id: 'a' })]));
    expect(p.annotations[0]).to.deep.include(describeRange(article(SANCTUARY).text, start, start + LEE.length));
    expect(p).to.deep.include({ placed: 1, unplaced: 0 });
  });

  it('a quote without a position is found in the text', () => {
    const start = indexOf(KELLY, JOHN_KELLY);
    const { annotations } = plan(file([{ id: 'a', source: article(KELLY).iri, quote: { exact: JOHN_KELLY } }]));
    expect(annotations[0]).to.deep.include(describeRange(article(KELLY).text, start, start + JOHN_KELLY.length));
  });

  it('a position without a quote takes the quote from the text', () => {
    const { text, iri } = article(KELLY);
    const start = indexOf(KELLY, JOHN_KELLY);
    const { annotations } = plan(file([{ id: 'a', source: iri, position: { start: utf16ToCodePoint(text, start), end: utf16ToCodePoint(text, start + JOHN_KELLY.length) } }]));
    expect(annotations[0]).to.deep.include({ start, end: start + JOHN_KELLY.length, exact: JOHN_KELLY });
  });

  it('a quote whose text has changed is placed approximately and stored with the text as it is now', () => {
    const { text } = article(SANCTUARY);
    const start = indexOf(SANCTUARY, LEE);
    const old = describeRange(text, start, start + LEE.length);
    const changed = 'sagte Bürgermeister Edwin Lee: "Wir sind und bleiben eine Sanctuary-City."';
    const p = plan(file([{ id: 'a', source: article(SANCTUARY).iri, quote: { exact: changed, prefix: old.prefix, suffix: old.suffix }, position: { start: start + 9, end: start + 9 + changed.length } }]));
    expect(p.annotations[0]).to.deep.include(old);
    expect(p).to.deep.include({ placed: 1, unplaced: 0 });
  });

  it('a quote that is nowhere in the text is kept unplaced (start = end = -1) with the quote it had', () => {
    const quote = { exact: 'Dieser Satz steht in keinem der Artikel.', prefix: 'Davor: ', suffix: ' Danach.' };
    const p = plan(file([{ id: 'a', source: article(SANCTUARY).iri, quote }, { id: 'b', source: article(SANCTUARY).iri, quote: { exact: 'Ω Ж 漢' } }]));
    expect(p.annotations[0]).to.deep.include({ start: -1, end: -1, ...quote });
    expect(p.annotations[1]).to.deep.include({ start: -1, end: -1, exact: 'Ω Ж 漢', prefix: '', suffix: '' });
    expect(p).to.deep.include({ placed: 0, unplaced: 2 });
    expect([...p.perDocument]).to.deep.equal([[SANCTUARY, 2]]);
  });

  it('counts placed and unplaced annotations, and new annotations per article', () => {
    const nowhere = { exact: 'Dieser Satz steht in keinem der Artikel.' };
    const p = plan(
      file([
        on(SANCTUARY, LEE, { id: 'a' }),
        on(KELLY, JOHN_KELLY, { id: 'b' }),
        { id: 'c', source: article(KELLY).iri, quote: nowhere },
        on(SANCTUARY, 'Sanctuary City', { id: 'd' }),
        on(KELLY, 'John Kelly', { id: 'e' }),
        { id: 'f', source: article(SANCTUARY).iri, quote: nowhere },
      ]),
    );
    expect([...p.perDocument].sort()).to.deep.equal([
      [KELLY, 3],
      [SANCTUARY, 3],
    ]);
    expect(p).to.deep.include({ placed: 4, unplaced: 2, alreadyHere: 0 });
    expect(p.annotations).to.have.length(6);
  });

  it('keeps note, creator and times; a missing time is the time of the import, a missing change time the creation time', () => {
    const { annotations } = plan(
      file([
        on(SANCTUARY, LEE, { id: 'a', note: '<b>fett</b> 🙂', creator: 'Ada', created: '2025-01-01T00:00:00Z', modified: '2025-02-01T00:00:00Z' }),
        on(SANCTUARY, LEE, { id: 'b', created: '2025-01-01T00:00:00Z' }),
        on(SANCTUARY, LEE, { id: 'c' }),
      ]),
    );
    expect(annotations[0]).to.deep.include({ note: '<b>fett</b> 🙂', creator: 'Ada', created: '2025-01-01T00:00:00Z', modified: '2025-02-01T00:00:00Z' });
    expect(annotations[1]).to.deep.include({ created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z' });
    expect(annotations[2]).to.deep.include({ created: NOW, modified: NOW });
    expect(annotations[2]).not.to.have.property('note');
    expect(annotations[2]).not.to.have.property('creator');
  });
});

describe('import plan: a real Hypothesis export (test/fixtures/w3c/hypothesis.json)', () => {
  /** The fixture, with its page's URL rewritten to the IRI of the Sanctuary article (the page it quotes). */
  async function hypothesisFile(): Promise<Success<ParsedImport>> {
    const text = await (await fetch('/test/fixtures/w3c/hypothesis.json')).text();
    const parsed = parseAnnotationFile(text.replaceAll('https://www.example.org/artikel/sanctuary-cities', article(SANCTUARY).iri), 'hypothesis.json');
    if (!parsed.ok) expect.fail(messages(parsed.problems).join('\n'));
    return parsed;
  }

  it('plans both annotations on the article: tags by label, untagged, note, display name, times, warnings kept', async () => {
    const p = plan(await hypothesisFile());
    expect(p.annotations.map((annotation) => annotation.documentId)).to.deep.equal([SANCTUARY, SANCTUARY]);
    expect(p.annotations.map((annotation) => annotation.categoryIds)).to.deep.equal([['actor', 'quote'], ['untagged']]);
    expect(p.newCategories.map((category) => category.id)).to.deep.equal(['untagged']);
    expect(p.annotations[0]).to.deep.include({
      note: 'Stimmt das? <b>Quelle</b> fehlt.',
      creator: 'Leserin L.',
      // Dates come in UTC with Z, whatever offset the file wrote (here +00:00 with microseconds).
      created: '2026-01-18T14:02:11.532Z',
      modified: '2026-01-18T14:05:40.001Z',
    });
    expect(p.annotations[1]).to.deep.include({ creator: 'leserin' });
    expect(p.annotations[1]).not.to.have.property('note');
    expect(messages(p.warnings)).to.deep.equal([
      'hypothesis.json: 1 selector Close Reader does not use, read past: RangeSelector ×1',
    ]);
    expect(p.skipped.map((group) => [group.reason, group.count, group.example.where])).to.deep.equal([['reply', 1, 'hypothesis.json, annotation 3 (Lr2Ce5APGg8ZyC0doiC2Ay): references']]);
    expect([...p.perDocument]).to.deep.equal([[SANCTUARY, 2]]);
  });

  it('keeps its quotes, which this article does not hold, unplaced and as they were', async () => {
    const p = plan(await hypothesisFile());
    expect(p).to.deep.include({ placed: 0, unplaced: 2 });
    expect(p.annotations[0]).to.deep.include({ start: -1, end: -1, exact: 'Bürgermeister Bill de Blasio', prefix: 'New Yorks ', suffix: ' kündigte an' });
    expect(p.annotations[1]).to.deep.include({ start: -1, end: -1, exact: 'Einwanderungsdekret', prefix: 'Trumps ', suffix: '.' });
  });

  it('stores its ids as stable UUIDs, so importing the file again finds both already here', async () => {
    const first = plan(await hypothesisFile());
    const ids = first.annotations.map((annotation) => annotation.id);
    expect(ids.every(isUuid)).to.equal(true);
    expect(ids).not.to.include('Jz8Ac3YNEe6XwA8bnhA0Yw');
    const again = plan(await hypothesisFile(), { existingIds: new Set(ids), categories: [...DEFAULT_CATEGORIES, ...first.newCategories] });
    expect(again).to.deep.include({ annotations: [], newCategories: [], alreadyHere: 2 });
  });
});
