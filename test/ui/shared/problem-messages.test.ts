/**
 * Problems in the reader's language (src/ui/shared/problem-messages.ts). A table names every code
 * the model can produce (annotation files, their import plan, the documents they carry, scheme
 * edits, scheme files and their merge) and every storage failure, each with parameters as the model
 * gives them; `satisfies` makes the table fail to compile when a code is added to the model and
 * not here. For each, the German interface must give a German sentence of its own: not the
 * model's English fallback, not the English wording. Then some problems made by the model itself,
 * and a failed save, are pinned word for word in both languages.
 */
import { expect } from '@open-wc/testing';
import type { Problem } from '../../../src/model/result.js';
import type { DocumentCode } from '../../../src/model/documents/library.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { type EditCode, setKey, setParent } from '../../../src/model/schemes/scheme-editing.js';
import type { MergeCode, SkosCode } from '../../../src/model/schemes/skos.js';
import type { ImportPlanCode } from '../../../src/model/w3c/import-plan.js';
import type { CarriedMatchCode } from '../../../src/model/w3c/carried-document-match.js';
import { parseAnnotationFile, type W3cParseCode } from '../../../src/model/w3c/w3c.js';
import type { StorageCode } from '../../../src/app/storage-error.js';
import type { AssignmentCode } from '../../../src/model/assignments/assignment.js';
import { describeFailure } from '../../../src/ui/shared/failure-message.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { describeProblem } from '../../../src/ui/shared/problem-messages.js';

type Code = W3cParseCode | ImportPlanCode | DocumentCode | CarriedMatchCode | EditCode | SkosCode | MergeCode | StorageCode | AssignmentCode;
type Params = Problem['params'];

const FILE = 'notizen.jsonld';
const AT = `${FILE}, annotation 3 (urn:uuid:1)`;
const CONCEPT = 'schema.jsonld: concept 2 (tag:x/court)';
const ACTOR = { label: 'Actor', labelDe: 'Akteur' };

/** Every code, with the parameters of each way the model makes it (a file's and the editor's, where both do). */
const CODES = {
  // Annotation files (model/w3c) and the import (app/import)
  'too-large': [{ file: FILE, megabytes: 51 }],
  'not-json': [{ file: FILE, reason: 'Unexpected end of JSON input' }],
  'too-deep': [{ file: FILE, max: 100 }],
  'too-many-annotations': [{ file: FILE, count: 100_001, max: 100_000 }],
  'unknown-format': [{ file: FILE }],
  'wrong-type': [
    { where: `${AT}: target`, expected: 'an IRI or an object', found: '5' },
    { where: `${AT}: tags`, expected: 'a list of text', found: 'an object' },
    { where: `${FILE}, closeReaderDocuments[0].title`, expected: 'a non-empty string' },
  ],
  'context-missing': [{ where: AT }],
  'context-wrong': [{ where: AT, found: '"http://schema.org"' }],
  'total-without-first': [{ file: FILE, total: 12 }],
  'page-not-embedded': [{ file: FILE, address: 'https://example.org/page/1' }],
  'more-pages': [{ file: FILE, field: 'first.next' }],
  'no-annotations': [{ file: FILE }],
  'not-a-date': [{ where: `${AT}: created`, found: '"gestern"' }],
  'selectors-ignored': [{ file: FILE, count: 2, kinds: 'RangeSelector ×2' }],
  'several-targets': [{ file: FILE, count: 2, annotations: '3, 5' }],
  'position-ignored': [{ file: FILE, count: 1 }, { file: FILE, count: 3 }],
  'date-without-offset': [{ file: FILE, count: 1 }, { file: FILE, count: 2 }],
  'link-too-large': [{ where: `${AT}: body[2]`, chars: 5000 }],
  'position-outside-text': [{ file: 'notizen.jsonld', count: 1, annotations: '2' }, { file: 'notizen.jsonld', count: 3, annotations: '2, 5, 9' }],
  // Documents a file carries, checked as the manifest is (model/documents)
  'not-a-slug': [{ where: `${FILE}, closeReaderDocuments[0].id`, id: 'Mein Text' }],
  'duplicate-id': [{ where: 'manifest.documents[2].id', id: 'kelly' }],
  'not-a-digest': [{ where: 'manifest.documents[2].digest' }],
  'unknown-block-type': [{ where: `${FILE}, closeReaderDocuments[0].blocks[1].type`, found: '"table"' }],
  'text-untrimmed': [{ where: `${FILE}, closeReaderDocuments[0].blocks[1].text` }],
  'unknown-mark-type': [{ where: `${FILE}, closeReaderDocuments[0].blocks[1].marks[0].type`, found: '"underline"' }],
  'mark-out-of-range': [{ where: `${FILE}, closeReaderDocuments[0].blocks[1].marks[0]`, start: 4, end: 90, length: 52 }],
  'carried-id-taken': [{ where: `${FILE}, closeReaderDocuments[0]`, title: 'Fremder Text', id: 'zweierlei-solidaritaet', taken: 'Zweierlei Solidarität', newId: 'fremder-text-1a2b3c4d' }],
  'carried-text-differs': [{ where: `${FILE}, closeReaderDocuments[0]`, title: 'Fremder Text', iri: 'urn:uuid:1', existing: 'Zweierlei Solidarität' }],
  // Scheme edits (model/schemes/scheme-editing.ts and scheme-ids.ts)
  'not-found': [{ id: 'court' }],
  'label-empty': [{}],
  'label-taken': [{ ...ACTOR, otherId: 'actor' }],
  'colour-invalid': [{ colour: 'blau' }, { where: CONCEPT, colour: 'blau', took: '#0072b2' }],
  'line-invalid': [{ line: 'zigzag', lines: 'solid, double, dashed, dotted, wavy' }, { where: CONCEPT, line: 'zigzag', took: 'wavy' }],
  'key-invalid': [{ key: '  ' }, { where: CONCEPT, key: 'ab' }],
  'key-reserved': [{ key: 'j', use: 'passages' }, { key: 'l', use: 'link' }],
  'key-taken': [{ key: '1', ...ACTOR, otherId: 'actor' }, { key: '1', label: 'Court', labelDe: 'Gericht' }],
  'cannot-move': [{ ...ACTOR, direction: 'up' }, { ...ACTOR, direction: 'down' }],
  'parent-not-found': [{ ...ACTOR, parentId: 'court' }, { where: `${CONCEPT}: skos:broader`, parent: 'tag:x/none' }],
  'parent-is-self': [ACTOR, { where: `${CONCEPT}: skos:broader` }],
  'parent-other-scheme': [{ ...ACTOR, otherId: 'actor' }],
  'parent-not-top-level': [{ ...ACTOR, otherId: 'actor' }, { where: `${CONCEPT}: skos:broader`, parent: 'tag:x/actor' }],
  'has-children': [ACTOR],
  'target-invalid': [{ ...ACTOR, to: 'court' }],
  'colour-too-close': [{ ...ACTOR, distance: 8.5, otherId: 'actor' }],
  'colour-low-contrast': [{ figures: 'lightLine 2.20:1' }],
  // Scheme files (model/schemes/skos-parse.ts) and their merge (skos-merge.ts)
  'no-concept-scheme': [{ file: 'schema.jsonld' }],
  'several-concept-schemes': [{ file: 'schema.jsonld', count: 2 }],
  'no-concepts': [{ file: 'schema.jsonld' }],
  'id-missing': [{ where: CONCEPT }],
  'id-duplicate': [{ where: CONCEPT, other: 1 }],
  'other-scheme': [{ where: CONCEPT, found: 'tag:x/other', expected: 'tag:x/scheme' }],
  'label-missing': [{ where: CONCEPT }],
  'several-parents': [{ where: `${CONCEPT}: skos:broader`, count: 2 }],
  'category-joins-scheme': [{ label: 'Court', labelDe: 'Gericht', iri: 'tag:x/court' }],
  'nesting-flattened': [{ label: 'Court', labelDe: 'Gericht' }],
  'too-many-categories': [{ file: 'schema.jsonld', count: 10_000, max: 1000 }, { file: 'schema.jsonld', count: 1200, max: 1000, stored: 600 }, { count: 1001, max: 1000, stored: 1000 }],
  'category-text-cut': [{ where: CONCEPT, field: 'skos:definition', max: 2000 }],
  // Assignments, hand-outs and hand-ins (model/assignments)
  'assignment-field-empty': [{ where: 'aufgabe.jsonld', field: 'title' }],
  'assignment-field-too-long': [{ where: 'aufgabe.jsonld', field: 'instructions', max: 20_000 }],
  'markup-in-field': [{ where: 'aufgabe.jsonld', field: 'instructions', found: '<script>' }, { where: 'aufgabe.jsonld: closeReaderScheme: tag:x/actor', field: 'name', found: '<b>' }],
  'assignment-id-invalid': [{ where: 'aufgabe.jsonld: id', found: 'https://x.test' }],
  'assignment-date-invalid': [{ where: 'aufgabe.jsonld', field: 'due', found: '2026-02-30' }],
  'assignment-box-invalid': [{ where: 'aufgabe.jsonld', field: 'handInBox', found: 'ftp://pod.example/box/' }],
  'hand-out-digest-differs': [{ file: 'aufgabe.jsonld', title: 'Zweierlei Solidarität', iri: 'tag:x/001' }],
  'hand-out-article-unknown': [{ file: 'aufgabe.jsonld', title: 'Zweierlei Solidarität', iri: 'tag:x/001' }],
  'hand-in-unknown-assignment': [{ file: 'abgabe.jsonld', title: 'Akteure finden', student: 'Lea' }],
  'not-an-assignment-file': [{ file: 'abgabe.jsonld', expected: 'hand-out', found: 'hand-in' }, { file: 'schema.jsonld', expected: 'hand-in', found: '' }],
  'assignment-format-unknown': [{ file: 'aufgabe.jsonld', version: 2, known: 1 }],
  'assignment-scheme-mismatch': [{ file: 'aufgabe.jsonld', expected: 'tag:x/a', found: 'tag:x/b' }],
  // Storage (app/storage-error.ts)
  'storage-quota-exceeded': [{}],
  'storage-connection-closed': [{}],
  'storage-transaction-inactive': [{}],
  'storage-aborted': [{}],
  'storage-unknown-failure': [{}],
  'storage-newer-version': [{}],
  'storage-read-only': [{}],
  'storage-unavailable': [{}],
  'storage-upgrade-blocked': [{}],
  'storage-failed': [{ reason: 'Internal error opening backing store' }],
} satisfies Record<Code, readonly Params[]>;

/** What the model would show if the interface had no words for the code. */
const FALLBACK = 'the English fallback';

/** `problem` as the interface says it in `locale`. */
async function said(problem: Problem, locale: 'de' | 'en'): Promise<string> {
  await applyLocale(locale);
  return describeProblem(problem);
}

describe('problems in the reader’s language', () => {
  after(() => applyLocale('en'));

  for (const [code, variants] of Object.entries(CODES) as [Code, readonly Params[]][]) {
    variants.forEach((params, index) => {
      it(`says ${code}${variants.length > 1 ? ` (${index + 1})` : ''} in German`, async () => {
        const problem: Problem = { code, params, message: FALLBACK };
        const english = await said(problem, 'en');
        const german = await said(problem, 'de');
        expect(english, 'the English wording').to.not.equal(FALLBACK);
        expect(german, 'the German wording').to.not.equal(FALLBACK);
        expect(german, 'a German sentence of its own').to.not.equal(english);
        expect(german).to.not.match(/undefined|\$\{/);
        if (typeof params['file'] === 'string') expect(german).to.contain(params['file']);
        if (typeof params['labelDe'] === 'string') expect(german).to.contain(`„${params['labelDe']}“`);
        if (typeof params['where'] === 'string' && params['where'].includes('annotation 3')) expect(german).to.match(/^notizen\.jsonld, Annotation 3 /);
        if (typeof params['where'] === 'string' && params['where'].includes('concept 2')) expect(german).to.match(/^schema\.jsonld: Konzept 2 /);
      });
    });
  }

  it('says a code it does not know in the model’s own words', async () => {
    expect(await said({ code: 'no-such-code', params: {}, message: FALLBACK }, 'de')).to.equal(FALLBACK);
  });

  it('says a key taken, as the editor refuses it, with the German name of the category that has it', async () => {
    const refused = setKey(DEFAULT_CATEGORIES, 'policy', '1');
    if (refused.ok) throw new Error('the key 1 of Actor was given to Policy');
    expect(await said(refused.problems[0]!, 'de')).to.equal('„Akteur“ hat schon die Taste 1.');
    expect(await said(refused.problems[0]!, 'en')).to.equal('"Actor" already has the key 1.');
  });

  it('says why a reserved key is refused, each key with what it does in the text', async () => {
    const refusal = async (key: string, locale: 'de' | 'en') => {
      const refused = setKey(DEFAULT_CATEGORIES, 'actor', key);
      if (refused.ok) throw new Error(`the reserved key ${key} was given to Actor`);
      return said(refused.problems[0]!, locale);
    };
    expect(await refusal('l', 'en')).to.equal('"l" already starts a link from the focused annotation to another.');
    expect(await refusal('l', 'de')).to.equal('Mit „l“ beginnt man schon eine Verknüpfung von der fokussierten Annotation zu einer anderen.');
    expect(await refusal('k', 'en')).to.equal('"k" already steps through the passages of an article.');
    expect(await refusal('j', 'de')).to.equal('Mit „j“ springt man schon von Stelle zu Stelle im Artikel.');
  });

  it('says a parent put under another category, as the editor refuses it', async () => {
    const withChild = [...DEFAULT_CATEGORIES, { ...DEFAULT_CATEGORIES[1]!, id: 'court', label: { de: 'Gericht', en: 'Court' }, key: 'g', parentId: 'actor', order: 5 }];
    const refused = setParent(withChild, 'actor', 'quote');
    if (refused.ok) throw new Error('Actor, with Court under it, went under Quote');
    expect(await said(refused.problems[0]!, 'de')).to.equal('Unter „Akteur“ stehen Kategorien, darum kann sie nicht selbst unter eine andere.');
  });

  it('says where in an annotation file a problem is, and what was expected, in German', async () => {
    const text = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:1', type: 'AnnotationPage', items: 5 });
    const parsed = parseAnnotationFile(text, FILE);
    if (parsed.ok) throw new Error('items of 5 were read');
    expect(await Promise.all(parsed.problems.map((p) => said(p, 'de')))).to.deep.equal([
      'notizen.jsonld: items: Erwartet war eine Liste von Annotationen, gefunden wurde 5.',
    ]);
  });

  it('writes numbers as a German reader writes them', async () => {
    expect(await said({ code: 'too-many-annotations', params: { file: FILE, count: 100_001, max: 100_000 }, message: FALLBACK }, 'de')).to.equal(
      'notizen.jsonld: 100.001 Annotationen; Close Reader importiert höchstens 100.000 aus einer Datei.',
    );
  });

  it('says a failed save in German: not saved, and why', async () => {
    await applyLocale('de');
    expect(describeFailure(new DOMException('quota', 'QuotaExceededError'))).to.match(
      /^Nicht gespeichert\. Der Speicher des Browsers ist voll \(Kontingent überschritten\), darum wurde die Änderung nicht gespeichert\./,
    );
    expect(describeFailure(new TypeError('Something odd'))).to.equal('Nicht gespeichert. Etwas ist schiefgegangen: Something odd');
    await applyLocale('en');
    expect(describeFailure(new TypeError('Something odd'))).to.equal('Not saved. Something went wrong: Something odd');
  });
});
