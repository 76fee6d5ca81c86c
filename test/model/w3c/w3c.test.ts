/**
 * The W3C boundary (src/model/w3c/w3c.ts) as a specification: export of fixed annotations (code point
 * positions after emoji, notes that stay text, two categories) against a baseline file; parse of
 * every accepted format against its .expected.json beside it in test/fixtures/w3c/; a file that is
 * not annotation data refused with a message that names the file; every bad annotation of a file
 * skipped with its reason and where, or read past with a warning, while the others are read; and a
 * fast-check round trip (export, JSON, parse) over texts with astral characters.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type Category, categoryIri, DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { codePointToUtf16, codePointLength } from '../../../src/model/text/code-points.js';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import { annotationOn as annotationOnPassage } from '../../support/annotations.js';
import { messages } from '../../../src/model/result.js';
import type { AnnotationLink } from '../../../src/model/annotations/annotation.js';
import { mineSetId } from '../../../src/model/sets/annotation-set.js';
import {
  type ExportContext,
  type IncomingTag,
  MAX_IMPORT_CHARS,
  parseAnnotationFile,
  toW3CAnnotation,
  toW3CCollection,
  type W3CAnnotationPage,
  type W3CSpecificResource,
} from '../../../src/model/w3c/w3c.js';

const TEXT = '🙂 Der Bürgermeister sagte: „Wir bleiben eine Sanctuary City.“ 🇺🇸 Gouverneur Tim Walz (𝔘) widersprach.';
const IRI = 'tag:close-reader.app,2026:documents/test-artikel';

function context(fields: Partial<ExportContext> = {}): ExportContext {
  return {
    documents: new Map([['test-artikel', { iri: IRI, text: TEXT }]]),
    categories: new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category])),
    locale: 'de',
    creatorName: 'Rea Reader',
    now: '2026-03-01T12:00:00.000Z',
    collectionId: 'urn:uuid:3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    label: 'Close Reader: Testartikel',
    ...fields,
  };
}

/** A stored annotation on `quote` in TEXT, tagged actor, with the times the export cases expect. */
function annotationOn(quote: string, id: string, fields: Partial<Annotation> = {}): Annotation {
  return annotationOnPassage(TEXT, quote, { id, documentId: 'test-artikel', created: '2026-02-01T10:00:00.000Z', modified: '2026-02-02T11:30:00.000Z', ...fields });
}

const ID = '0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d';
const tag = (label: string, language = 'de') => ({ type: 'TextualBody', purpose: 'tagging', value: label, language, format: 'text/plain' });
const classify = (id: string) => ({ type: 'SpecificResource', purpose: 'classifying', source: `tag:close-reader.app,2026:categories/${id}` });

describe('export: a stored annotation as a W3C Annotation', () => {
  const cases: {
    name: string;
    annotation: Annotation;
    context?: Partial<ExportContext>;
    expected: Record<string, unknown>;
  }[] = [
    {
      name: 'an emoji before the quote: the TextPositionSelector counts code points, not UTF-16 units',
      annotation: annotationOn('Bürgermeister', ID),
      expected: {
        motivation: 'classifying',
        body: [tag('Akteur'), classify('actor')],
        target: {
          type: 'SpecificResource',
          source: IRI,
          selector: [
            { type: 'TextQuoteSelector', exact: 'Bürgermeister', prefix: '🙂 Der ', suffix: ' sagte: „Wir bleiben eine Sanctu' },
            { type: 'TextPositionSelector', start: 6, end: 19 },
          ],
        },
      },
    },
    {
      name: 'a flag (two code points) and an astral letter: positions still in code points',
      annotation: annotationOn('(𝔘)', ID),
      expected: { target: { type: 'SpecificResource', source: IRI, selector: [{ type: 'TextQuoteSelector', exact: '(𝔘)', prefix: 'City.“ 🇺🇸 Gouverneur Tim Walz ', suffix: ' widersprach.' }, { type: 'TextPositionSelector', start: 85, end: 88 }] } },
    },
    {
      name: 'a note with <script> stays plain text, with the commenting motivation',
      annotation: annotationOn('Tim Walz', ID, { note: '<script>alert("x")</script> & <b>fett</b>' }),
      expected: {
        motivation: ['classifying', 'commenting'],
        body: [tag('Akteur'), classify('actor'), { type: 'TextualBody', purpose: 'commenting', value: '<script>alert("x")</script> & <b>fett</b>', format: 'text/plain' }],
      },
    },
    {
      name: 'two categories: a label and an IRI each, in the order stored',
      annotation: annotationOn('„Wir bleiben eine Sanctuary City.“', ID, { categoryIds: ['quote', 'policy'] }),
      expected: { body: [tag('Zitat'), classify('quote'), tag('Maßnahme/Politik'), classify('policy')] },
    },
    {
      name: 'labels in English when the reader reads in English',
      annotation: annotationOn('Gouverneur', ID, { categoryIds: ['statistic'] }),
      context: { locale: 'en' },
      expected: { body: [tag('Statistic', 'en'), classify('statistic')] },
    },
    {
      name: 'a category no longer in the scheme: its id as label, its IRI, no language',
      annotation: annotationOn('Gouverneur', ID, { categoryIds: ['framing'] }),
      expected: { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'framing', format: 'text/plain' }, classify('framing')] },
    },
    {
      name: 'an unplaced annotation: the quote only, no position',
      annotation: { ...annotationOn('widersprach', ID), start: -1, end: -1 },
      expected: { target: { type: 'SpecificResource', source: IRI, selector: [{ type: 'TextQuoteSelector', exact: 'widersprach', prefix: '“ 🇺🇸 Gouverneur Tim Walz (𝔘) ', suffix: '.' }] } },
    },
    {
      name: 'a quote at the start of the text: no empty prefix',
      annotation: annotationOn('🙂 Der', ID),
      expected: { target: { type: 'SpecificResource', source: IRI, selector: [{ type: 'TextQuoteSelector', exact: '🙂 Der', suffix: ' Bürgermeister sagte: „Wir bleib' }, { type: 'TextPositionSelector', start: 0, end: 5 }] } },
    },
    {
      name: "the annotation's own creator before the reader's name",
      annotation: annotationOn('Tim Walz', ID, { creator: 'Ada' }),
      expected: { creator: { type: 'Person', name: 'Ada' } },
    },
    {
      name: 'no creator when neither the annotation nor the reader has a name',
      annotation: annotationOn('Tim Walz', ID),
      context: { creatorName: '' },
      expected: { creator: undefined },
    },
  ];
  for (const { name, annotation, context: fields, expected } of cases) {
    it(name, () => {
      const exported = toW3CAnnotation(annotation, context(fields)) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(expected)) expect(exported[key], key).to.deep.equal(value);
    });
  }

  it('writes the annotation-level fields every export has', () => {
    const exported = toW3CAnnotation(annotationOn('Tim Walz', ID), context());
    expect(exported).to.include({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: `urn:uuid:${ID}`, type: 'Annotation' });
    expect(exported).to.include({ created: '2026-02-01T10:00:00.000Z', modified: '2026-02-02T11:30:00.000Z', generated: '2026-03-01T12:00:00.000Z' });
    expect(exported.creator).to.deep.equal({ type: 'Person', name: 'Rea Reader' });
    expect(exported.generator).to.deep.equal({ type: 'Software', name: 'Close Reader' });
  });

  it('refuses an annotation whose article the context does not hold, naming both', () => {
    expect(() => toW3CAnnotation({ ...annotationOn('Tim Walz', ID), documentId: 'elsewhere' }, context())).to.throw(/elsewhere/);
  });
});

describe('export: a set of annotations as an AnnotationCollection', () => {
  const annotations = [
    annotationOn('Bürgermeister', '11111111-1111-4111-8111-111111111111'),
    annotationOn('„Wir bleiben eine Sanctuary City.“', '22222222-2222-4222-8222-222222222222', { categoryIds: ['quote', 'policy'], note: 'Wörtlich? <i>prüfen</i>', creator: 'Ada' }),
    { ...annotationOn('widersprach', '33333333-3333-4333-8333-333333333333', { categoryIds: ['statistic'] }), start: -1, end: -1 },
  ];

  it('matches the baseline file test/fixtures/w3c/close-reader-collection.jsonld', async () => {
    const baseline: unknown = await (await fetch('/test/fixtures/w3c/close-reader-collection.jsonld')).json();
    expect(JSON.parse(JSON.stringify(toW3CCollection(annotations, context())))).to.deep.equal(baseline);
  });

  it('embeds one page holding every annotation, with total, partOf, startIndex and last', () => {
    const collection = toW3CCollection(annotations, context());
    const page = collection.first as W3CAnnotationPage;
    expect(collection).to.include({ id: context().collectionId, type: 'AnnotationCollection', label: 'Close Reader: Testartikel', total: 3 });
    expect(page).to.include({ id: `${context().collectionId}#page1`, type: 'AnnotationPage', partOf: context().collectionId, startIndex: 0 });
    expect(page).not.to.have.property('@context');
    expect(collection.last).to.equal(page.id);
    expect(page.items.map((item) => item.id)).to.deep.equal(annotations.map((annotation) => `urn:uuid:${annotation.id}`));
  });

  it('writes an empty collection without pages', () => {
    const collection = toW3CCollection([], context());
    expect(collection.total).to.equal(0);
    expect(collection).not.to.have.property('first');
    expect(collection).not.to.have.property('last');
  });
});

async function parseFixture(file: string): Promise<ReturnType<typeof parseAnnotationFile>> {
  return parseAnnotationFile(await (await fetch(`/test/fixtures/w3c/${file}`)).text(), file);
}

describe('parse: every format Close Reader accepts (each fixture beside its .expected.json)', () => {
  const cases: { file: string; what: string }[] = [
    { file: 'close-reader-collection.jsonld', what: 'our own export: labels and IRIs paired again, the unplaced one without position' },
    { file: 'collection-items.jsonld', what: 'a collection with its items directly on it' },
    { file: 'page.jsonld', what: 'an AnnotationPage; RangeSelector and XPathSelector read past with one warning' },
    { file: 'array.jsonld', what: 'an array of annotations; a plain-IRI body is a tag, bodyValue is the note' },
    { file: 'annotation.jsonld', what: 'one annotation with @context as a list, several targets, a FragmentSelector' },
    { file: 'hypothesis.json', what: "the Hypothesis client's export: tags, text, display name, a reply left out" },
    { file: 'recogito.json', what: "Recogito's W3C output: #ids kept, creator and time from the bodies, no source" },
    { file: 'html-strings.jsonld', what: 'markup and script in every string, kept as plain text' },
  ];
  for (const { file, what } of cases) {
    it(`${file}: ${what}`, async () => {
      const result = await parseFixture(file);
      if (!result.ok) expect.fail(messages(result.problems).join('\n'));
      const expected: unknown = await (await fetch(`/test/fixtures/w3c/${file.replace(/\.json(ld)?$/, '.expected.json')}`)).json();
      // The .expected.json files list the warnings' messages beside the annotations.
      expect(JSON.parse(JSON.stringify({ ...result.value, warnings: messages(result.warnings) }))).to.deep.equal(expected);
    });
  }

  it('keeps markup as text and runs nothing', async () => {
    const result = await parseFixture('html-strings.jsonld');
    expect(result.ok && result.value.annotations[0]!.note).to.equal('<script>window.__w3cXss = true</script> & &amp; <!-- -->');
    expect((window as unknown as { __w3cXss?: boolean }).__w3cXss).to.equal(undefined);
  });

  const bodies: { name: string; body: unknown; bodyValue?: string; tags: IncomingTag[]; note?: string; links?: AnnotationLink[] }[] = [
    { name: 'a label followed by its IRI is one tag', body: [tag('Akteur'), classify('actor')], tags: [{ label: 'Akteur', language: 'de', iri: categoryIri({ id: 'actor' }) }] },
    {
      name: 'a note between label and IRI keeps them apart',
      body: [tag('Akteur'), { type: 'TextualBody', value: 'n' }, classify('actor')],
      tags: [{ label: 'Akteur', language: 'de' }, { iri: categoryIri({ id: 'actor' }) }],
      note: 'n',
    },
    { name: 'an IRI before a label is not paired with it', body: [classify('actor'), tag('Akteur')], tags: [{ iri: categoryIri({ id: 'actor' }) }, { label: 'Akteur', language: 'de' }] },
    { name: 'a plain IRI body is a link, not a tag', body: 'https://example.org/vocab/akteur', tags: [], links: ['https://example.org/vocab/akteur'] },
    {
      name: 'an External Web Resource body is a link kept as the file had it',
      body: { id: 'https://example.org/video.mp4', type: 'Video', format: 'video/mp4' },
      tags: [],
      links: [{ id: 'https://example.org/video.mp4', type: 'Video', format: 'video/mp4' }],
    },
    { name: 'a classifying TextualBody is a label, with its language', body: { type: 'TextualBody', purpose: 'classifying', value: 'Akteur', language: 'de' }, tags: [{ label: 'Akteur', language: 'de' }] },
    { name: 'a linking SpecificResource is a link by its source', body: { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/x' }, tags: [], links: ['https://example.org/x'] },
    { name: 'a tagging SpecificResource names a tag by IRI', body: { type: 'SpecificResource', purpose: 'tagging', source: 'https://example.org/t' }, tags: [{ iri: 'https://example.org/t' }] },
    {
      name: 'a link object over 4 KB of JSON keeps only its IRI',
      body: { id: 'https://example.org/big', type: 'Text', description: 'x'.repeat(5000) },
      tags: [],
      links: ['https://example.org/big'],
    },
    { name: 'bodyValue is the note', body: undefined, bodyValue: 'nur Text', tags: [], note: 'nur Text' },
    {
      name: 'two comments are joined by a blank line',
      body: [{ type: 'TextualBody', purpose: 'commenting', value: 'eins' }, { type: 'TextualBody', purpose: 'describing', value: 'zwei' }],
      tags: [],
      note: 'eins\n\nzwei',
    },
    { name: 'a blank label and an empty note are left out', body: [{ type: 'TextualBody', purpose: 'tagging', value: ' ' }, { type: 'TextualBody', value: '' }], tags: [] },
  ];
  for (const { name, body, bodyValue, tags, note, links } of bodies) {
    it(`bodies: ${name}`, () => {
      const annotation = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', body, bodyValue, target: { source: IRI, selector: { type: 'TextQuoteSelector', exact: 'x' } } };
      const result = parseAnnotationFile(JSON.stringify(annotation), 'bodies.jsonld');
      if (!result.ok) expect.fail(messages(result.problems).join('\n'));
      expect(result.value.annotations[0]!.tags).to.deep.equal(tags);
      expect(result.value.annotations[0]!.note).to.equal(note);
      expect(result.value.annotations[0]!.links).to.deep.equal(links);
    });
  }
});

describe('parse: what is read past is said once, as a warning', () => {
  const annotation = (fields: Record<string, unknown> = {}) => ({ type: 'Annotation', target: { source: IRI, selector: { type: 'TextQuoteSelector', exact: 'x' } }, ...fields });
  const page = (items: unknown[], fields: Record<string, unknown> = {}) => ({ id: 'urn:uuid:p', type: 'AnnotationPage', items, ...fields });
  const collection = (fields: Record<string, unknown>) => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:c', type: 'AnnotationCollection', ...fields });
  const cases: { name: string; file: unknown; warnings: string[]; count: number }[] = [
    { name: 'an empty collection', file: collection({ total: 0 }), warnings: ['w.jsonld: the file holds no annotations'], count: 0 },
    {
      name: 'a collection with pages beyond the file',
      file: collection({ total: 2, first: page([annotation()], { next: 'https://example.org/page2' }) }),
      warnings: ["w.jsonld: first.next: the collection has further pages that are not in the file; only this page's annotations are imported"],
      count: 1,
    },
    {
      name: 'times that are not dates',
      file: collection({ first: page([annotation({ created: 'gestern', modified: 2 })]) }),
      warnings: ['w.jsonld, annotation 1: created: "gestern" is not a date; the time of the import is used', 'w.jsonld, annotation 1: modified: 2 is not a date; the time of the import is used'],
      count: 1,
    },
    {
      name: 'selectors of other kinds, counted over the whole file',
      file: collection({
        first: page([1, 2, 3].map(() => annotation({ target: { source: IRI, selector: [{ type: 'CssSelector', value: 'p' }, 'https://example.org/sel', { type: 'TextQuoteSelector', exact: 'x' }] } }))),
      }),
      warnings: ['w.jsonld: 6 selectors Close Reader does not use, read past: CssSelector ×3, IRI ×3'],
      count: 3,
    },
  ];
  for (const { name, file, warnings, count } of cases) {
    it(name, () => {
      const result = parseAnnotationFile(JSON.stringify(file), 'w.jsonld');
      if (!result.ok) expect.fail(messages(result.problems).join('\n'));
      expect(messages(result.warnings)).to.deep.equal(warnings);
      expect(result.value.annotations).to.have.length(count);
    });
  }
});

describe('parse: a file that is not annotation data is refused with a message that says where', () => {
  const cases: { file: string; messages: RegExp[] }[] = [
    { file: 'bad-not-json.jsonld', messages: [/^bad-not-json\.jsonld: not JSON: /] },
    { file: 'bad-wrong-shape.json', messages: [/^bad-wrong-shape\.json: .*"@context".*"annotations"/] },
    { file: 'bad-number.json', messages: [/^bad-number\.json: expected a W3C Web Annotation document .*found 42/] },
    { file: 'bad-wrong-context.jsonld', messages: [/^bad-wrong-context\.jsonld: @context is "http:\/\/iiif\.io\/.*": expected "http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/] },
    { file: 'bad-first-page-elsewhere.jsonld', messages: [/^bad-first-page-elsewhere\.jsonld: first: the annotations are not in the file/] },
  ];
  for (const { file, messages } of cases) {
    it(`refuses ${file}`, async () => {
      const result = await parseFixture(file);
      if (result.ok) expect.fail(`${file} was accepted`);
      expect(result.problems).to.have.length(messages.length);
      messages.forEach((message, i) => expect(result.problems[i]!.message).to.match(message));
    });
  }

  const POSITION_IGNORED = 'TextPositionSelector with start or end not a whole number ≥ 0, or end before start, ignored; the quote places the passage';
  const judged: { file: string; what: string; read: string[]; skipped: { index: number; reason: string; where: string }[]; warnings: string[] }[] = [
    { file: 'bad-no-context.jsonld', what: 'a page without @context is still a page', read: ['Solidarität'], skipped: [], warnings: [] },
    { file: 'bad-array-item-without-context.jsonld', what: 'items of a bare array need no @context', read: ['Solidarität', 'Europa'], skipped: [], warnings: [] },
    {
      file: 'bad-no-target.jsonld',
      what: 'an annotation without target is skipped, the other read',
      read: ['Stefanie Kron'],
      skipped: [{ index: 1, reason: 'no-target', where: 'bad-no-target.jsonld, annotation 2 (urn:uuid:64b8c9da-4e56-4708-a9ba-2b3c4d5e6f70): target' }],
      warnings: [],
    },
    { file: 'bad-negative-position.jsonld', what: 'a negative start: the quote places it', read: ['Solidarity City'], skipped: [], warnings: [`bad-negative-position.jsonld: 1 ${POSITION_IGNORED}`] },
    { file: 'bad-fractional-position.jsonld', what: 'a start of 2.5: the quote places it', read: ['Solidarity City'], skipped: [], warnings: [`bad-fractional-position.jsonld: 1 ${POSITION_IGNORED}`] },
    { file: 'bad-reversed-position.jsonld', what: 'end before start: the quote places it', read: ['Solidarity City'], skipped: [], warnings: [`bad-reversed-position.jsonld: 1 ${POSITION_IGNORED}`] },
    {
      file: 'bad-no-quote-no-position.jsonld',
      what: 'a whole-article target and a RangeSelector alone are page notes',
      read: [],
      skipped: [
        { index: 0, reason: 'page-note', where: 'bad-no-quote-no-position.jsonld, annotation 1 (https://example.org/anno/whole-article): target' },
        { index: 1, reason: 'page-note', where: 'bad-no-quote-no-position.jsonld, annotation 2 (https://example.org/anno/range-only): target.selector' },
      ],
      warnings: ['bad-no-quote-no-position.jsonld: 1 selector Close Reader does not use, read past: RangeSelector ×1'],
    },
    {
      file: 'bad-quote-without-exact.jsonld',
      what: 'a quote without exact text is a bad selector',
      read: [],
      skipped: [{ index: 0, reason: 'bad-selector', where: 'bad-quote-without-exact.jsonld, annotation 1 (urn:uuid:86daebfc-6078-492a-8bdc-4d5e6f708192): target.selector' }],
      warnings: [],
    },
    { file: 'bad-hypothesis-tags.json', what: 'Hypothesis tags as one text are one tag', read: ['Kelly'], skipped: [], warnings: [] },
  ];
  for (const { file, what, read, skipped, warnings } of judged) {
    it(`judges ${file} annotation by annotation: ${what}`, async () => {
      const result = await parseFixture(file);
      if (!result.ok) expect.fail(messages(result.problems).join('\n'));
      expect(result.value.annotations.map((a) => a.quote?.exact)).to.deep.equal(read);
      expect(result.value.annotations.every((a) => a.position === undefined || a.position.start <= a.position.end)).to.equal(true);
      expect(result.value.skipped.map(({ index, reason, where }) => ({ index, reason, where }))).to.deep.equal(skipped);
      expect(messages(result.warnings)).to.deep.equal(warnings);
    });
  }

  it('refuses more than 100,000 annotations with one message, before reading them', () => {
    const text = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: Array(100_001).fill({}) });
    const result = parseAnnotationFile(text, 'many.jsonld');
    expect(result).to.deep.equal({
      ok: false,
      problems: [
        {
          code: 'too-many-annotations',
          params: { file: 'many.jsonld', count: 100_001, max: 100_000 },
          message: 'many.jsonld: 100,001 annotations; Close Reader imports at most 100,000 from one file',
        },
      ],
    });
  });

  it('refuses a text over 50 MB without parsing it', () => {
    const result = parseAnnotationFile('['.repeat(MAX_IMPORT_CHARS + 1), 'huge.jsonld');
    expect(result).to.deep.equal({
      ok: false,
      problems: [{ code: 'too-large', params: { file: 'huge.jsonld', megabytes: 51 }, message: 'huge.jsonld: the file is 51 MB; Close Reader imports files up to 50 MB' }],
    });
  });

  it('skips each of 80 annotations without target with its own index, refusing nothing', () => {
    const items = Array.from({ length: 80 }, (_, i) => ({ id: `urn:uuid:x-${i}`, type: 'Annotation' }));
    const result = parseAnnotationFile(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items }), 'broken.jsonld');
    if (!result.ok) expect.fail(messages(result.problems).join('\n'));
    expect(result.value.annotations).to.deep.equal([]);
    expect(result.value.skipped).to.have.length(80);
    expect(result.value.skipped[79]).to.deep.equal({ index: 79, reason: 'no-target', id: 'urn:uuid:x-79', where: 'broken.jsonld, annotation 80 (urn:uuid:x-79): target' });
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        const result = parseAnnotationFile(text, 'any.json');
        expect(result.ok === true || result.problems.length > 0).to.be.true;
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on annotation-shaped objects with arbitrary values', () => {
    const value = fc.oneof(fc.anything(), fc.constant(undefined));
    const selector = fc.record({ type: fc.constantFrom('TextQuoteSelector', 'TextPositionSelector', 'RangeSelector', 7), exact: value, start: value, end: value }, { requiredKeys: ['type'] });
    const annotation = fc.record(
      {
        '@context': fc.constantFrom('http://www.w3.org/ns/anno.jsonld', undefined),
        type: fc.constantFrom('Annotation', ['Annotation'], 'Other'),
        id: value,
        creator: value,
        created: value,
        body: fc.oneof(value, fc.array(fc.record({ type: value, purpose: value, value, source: value }))),
        target: fc.oneof(value, fc.record({ source: value, selector: fc.oneof(selector, fc.array(selector)) })),
        references: value,
        tags: value,
        text: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(annotation), fc.boolean(), (items, hypothesis) => {
        const file = hypothesis ? { annotations: items } : items;
        const result = parseAnnotationFile(JSON.stringify(file), 'odd.json');
        expect(result.ok === true || result.problems.length > 0).to.be.true;
      }),
      { numRuns: 500 },
    );
  });
});

describe('round trip: export, JSON, parse', () => {
  const categories: readonly Category[] = DEFAULT_CATEGORIES;
  const character = fc.oneof(fc.constantFrom('🙂', '🇩🇪', '𝔘', 'ä', 'ß', '„', '“', ' ', '\n\n'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
  const text = fc.array(character, { minLength: 1, maxLength: 50 }).map((parts) => parts.join(''));
  const time = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString());
  const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
  const annotationOnText = (documentId: string, content: string) =>
    fc
      .record({
        id: fc.uuid(),
        from: fc.nat(),
        to: fc.nat(),
        placed: fc.boolean(),
        categoryIds: fc.subarray(categories.map((category) => category.id), { minLength: 1 }),
        note: fc.option(name.filter((note) => note.trim() !== ''), { nil: undefined }),
        creator: fc.option(name, { nil: undefined }),
        created: time,
        modified: time,
      })
      .map(({ id, from, to, placed, note, creator, ...rest }): Annotation => {
        const length = codePointLength(content);
        const a = from % length;
        const b = a + 1 + (to % (length - a));
        const range = describeRange(content, codePointToUtf16(content, a), codePointToUtf16(content, b));
        return {
          id,
          setId: mineSetId(documentId),
          documentId,
          ...range,
          ...(placed ? {} : { start: -1, end: -1 }),
          ...rest,
          ...(note !== undefined ? { note } : {}),
          ...(creator !== undefined ? { creator } : {}),
        };
      });
  const library = fc.array(text, { minLength: 1, maxLength: 2 }).chain((texts) =>
    fc.record({
      texts: fc.constant(texts),
      annotations: fc.array(fc.nat({ max: texts.length - 1 }).chain((d) => annotationOnText(`doc-${d}`, texts[d]!)), { minLength: 1, maxLength: 4 }),
      creatorName: fc.option(name, { nil: undefined }),
    }),
  );

  it('gives back quote, code point position, tags, note, creator and times (1,000 runs)', () => {
    fc.assert(
      fc.property(library, ({ texts, annotations, creatorName }) => {
        const documents = new Map(texts.map((content, d) => [`doc-${d}`, { iri: `tag:close-reader.app,2026:documents/doc-${d}`, text: content }]));
        const exported = toW3CCollection(annotations, context({ documents, creatorName }));
        const result = parseAnnotationFile(JSON.stringify(exported), 'round-trip.jsonld');
        if (!result.ok) expect.fail(messages(result.problems).join('\n'));
        expect(result.value.format).to.equal('w3c-collection');
        expect(result.warnings).to.deep.equal([]);
        expect(result.value.annotations).to.have.length(annotations.length);
        annotations.forEach((original, i) => {
          const incoming = result.value.annotations[i]!;
          const document = documents.get(original.documentId)!;
          expect(incoming.index).to.equal(i);
          expect(incoming.id).to.equal(original.id);
          expect(incoming.source).to.equal(document.iri);
          expect(incoming.quote?.exact).to.equal(original.exact);
          expect(incoming.quote?.prefix ?? '').to.equal(original.prefix);
          expect(incoming.quote?.suffix ?? '').to.equal(original.suffix);
          if (original.start >= 0) {
            expect(incoming.position, 'position').to.not.equal(undefined);
            expect(codePointToUtf16(document.text, incoming.position!.start)).to.equal(original.start);
            expect(codePointToUtf16(document.text, incoming.position!.end)).to.equal(original.end);
          } else {
            expect(incoming.position).to.equal(undefined);
          }
          expect(incoming.tags.map((t) => t.iri)).to.deep.equal(original.categoryIds.map((id) => categoryIri({ id })));
          expect(incoming.note).to.equal(original.note);
          expect(incoming.creator).to.equal(original.creator || creatorName || undefined);
          expect(incoming.created).to.equal(original.created);
          expect(incoming.modified).to.equal(original.modified);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('positions in the export are code points of the canonical text', () => {
    fc.assert(
      fc.property(text.chain((content) => annotationOnText('doc-0', content).map((annotation) => ({ content, annotation }))), ({ content, annotation }) => {
        fc.pre(annotation.start >= 0);
        const documents = new Map([['doc-0', { iri: IRI, text: content }]]);
        const target = toW3CAnnotation(annotation, context({ documents })).target as W3CSpecificResource;
        const position = (target.selector as readonly { type: string; start?: number; end?: number }[])[1]!;
        expect(position.start).to.equal([...content.slice(0, annotation.start)].length);
        expect(position.end! - position.start!).to.equal([...annotation.exact].length);
      }),
      { numRuns: 300 },
    );
  });
});
