/**
 * The order of an export file (src/app/export/export-order.ts): by article in library order, then
 * by place in the text, the unplaced last by when they were made; and buildExport writes the
 * library in that order whatever order storage gave, with each article's aliases as `via`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { buildExport } from '../../../src/app/export/annotation-export.js';
import { exportOrder } from '../../../src/app/export/export-order.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { annotationOn, makeAnnotation } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';

const at = (id: string, documentId: string, start: number, end: number, created = '2026-01-01T00:00:00.000Z'): Annotation =>
  makeAnnotation({ id, documentId, start, end, created });

describe('export order', () => {
  const cases: { name: string; given: Annotation[]; order: string[]; expected: string[] }[] = [
    {
      name: 'articles in library order, not by id',
      given: [at('1', 'a', 0, 3), at('2', 'z', 0, 3), at('3', 'm', 0, 3)],
      order: ['z', 'a', 'm'],
      expected: ['2', '1', '3'],
    },
    {
      name: 'by start in the text, the longer first at the same start',
      given: [at('1', 'a', 10, 12), at('2', 'a', 2, 4), at('3', 'a', 2, 9)],
      order: ['a'],
      expected: ['3', '2', '1'],
    },
    {
      name: 'the unplaced last, by when they were made',
      given: [at('1', 'a', -1, -1, '2026-03-01T00:00:00.000Z'), at('2', 'a', 40, 44), at('3', 'a', -1, -1, '2026-02-01T00:00:00.000Z')],
      order: ['a'],
      expected: ['2', '3', '1'],
    },
    {
      name: 'an article not in the library order after the others, never dropped',
      given: [at('1', 'gone', 0, 3), at('2', 'a', 5, 6)],
      order: ['a'],
      expected: ['2', '1'],
    },
  ];
  for (const { name, given, order, expected } of cases) {
    it(name, () => {
      expect(exportOrder(given, order).map((annotation) => annotation.id)).to.deep.equal(expected);
    });
  }

  it('gives the same order whatever order the annotations come in, and keeps every one', () => {
    const annotation = fc
      .record({ id: fc.uuid(), doc: fc.constantFrom('a', 'b', 'c'), start: fc.integer({ min: -1, max: 30 }), length: fc.integer({ min: 1, max: 5 }), day: fc.integer({ min: 1, max: 28 }) })
      .map(({ id, doc, start, length, day }) => at(id, doc, start, start < 0 ? -1 : start + length, `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`));
    fc.assert(
      fc.property(fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 30 }), fc.nat(), (annotations, seed) => {
        const shuffled = [...annotations].sort((x, y) => ((x.id.charCodeAt(seed % 36) || 0) - (y.id.charCodeAt(seed % 36) || 0)));
        const ordered = exportOrder(annotations, ['b', 'a', 'c']);
        expect(exportOrder(shuffled, ['b', 'a', 'c'])).to.deep.equal(ordered);
        expect(ordered.map((a) => a.id).sort()).to.deep.equal(annotations.map((a) => a.id).sort());
        const ranks = ordered.map((a) => ['b', 'a', 'c'].indexOf(a.documentId));
        expect(ranks).to.deep.equal([...ranks].sort((x, y) => x - y));
        for (let i = 1; i < ordered.length; i++) {
          const [before, after] = [ordered[i - 1]!, ordered[i]!];
          if (before.documentId !== after.documentId) continue;
          // Within an article: never an unplaced before a placed one, and placed ones by start.
          if (after.start >= 0) expect(before.start >= 0 && before.start <= after.start, `${before.start} before ${after.start}`).to.equal(true);
        }
      }),
    );
  });
});

describe('buildExport of the library', () => {
  it('writes the annotations by article in library order, then in text order, and each article’s aliases as via', async () => {
    const articles = await loadShippedArticles();
    const [first, second] = articles.entries;
    const textOf = async (id: string) => canonicalText((await articles.loadBody(id)).blocks);
    const [firstText, secondText] = [await textOf(first!.id), await textOf(second!.id)];
    const on = (text: string, documentId: string, from: number, id: string) => annotationOn(text, text.slice(from, from + 12), { id, documentId, categoryIds: ['actor'] });
    const stored = [
      on(secondText, second!.id, 10, '00000000-0000-4000-8000-000000000001'),
      on(firstText, first!.id, 200, '00000000-0000-4000-8000-000000000002'),
      { ...on(firstText, first!.id, 50, '00000000-0000-4000-8000-000000000003'), start: -1, end: -1 },
      on(firstText, first!.id, 20, '00000000-0000-4000-8000-000000000004'),
    ];
    const file = await buildExport({
      annotations: stored,
      articles,
      categories: CategoryStore.defaults(),
      aliases: { listAliases: async () => [{ source: 'https://zeitung.example/b', documentId: first!.id }, { source: 'https://zeitung.example/a', documentId: first!.id }] },
      locale: 'de',
      creatorName: '',
      scope: 'library',
      label: 'Close Reader: library',
      now: new Date('2026-03-01T12:00:00.000Z'),
    });
    const collection = JSON.parse(file.json) as { '@context': unknown; first: { items: { id: string; target: { source: string; via?: unknown } }[] } };
    expect(collection['@context']).to.equal('http://www.w3.org/ns/anno.jsonld');
    expect(collection.first.items.map((item) => item.id.slice(-1))).to.deep.equal(['4', '2', '3', '1']);
    expect(collection.first.items.map((item) => item.target.via ?? null)).to.deep.equal([
      ['https://zeitung.example/a', 'https://zeitung.example/b'],
      ['https://zeitung.example/a', 'https://zeitung.example/b'],
      ['https://zeitung.example/a', 'https://zeitung.example/b'],
      null,
    ]);
  });
});
