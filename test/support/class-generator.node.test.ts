/**
 * The class generator (test/support/class-generator.ts) keeps its word: the same seed makes the same
 * class; annotations are real quotes of article 001 at word boundaries; its truth holds (a missed
 * passage has no student span of its category overlapping it by half, a found one has, extras touch
 * no model passage, the heat is each category's count of students per character) and is what the
 * comparison code says; the hand-in files read back as the student's annotations, in Moodle's folders.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { compareWithModel } from '../../src/model/agreement/model-comparison.js';
import { heatCounts } from '../../src/model/agreement/heat.js';
import { type CategorySpan, spansOf as spansOfCategory } from '../../src/model/agreement/spans.js';
import { parseHandIn } from '../../src/model/assignments/hand-in.js';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { type ArticleBlock, canonicalText } from '../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';
import { makeAssignment } from './assignments.js';
import { generateClass, handInFiles, moodleZip, sampledCharacters } from './class-generator.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'documents/manifest.json'), 'utf8')) as { documents: { id: string; iri: string; digest: string; file: string; seed: string }[] };
/** Article 001 (its seed file is 001_…): the one the class view's figures are measured on. */
const ENTRY = manifest.documents.find((entry) => entry.seed.startsWith('001_'))!;
const BLOCKS = (JSON.parse(readFileSync(path.join(root, 'documents', ENTRY.file), 'utf8')) as { blocks: ArticleBlock[] }).blocks;
const TEXT = canonicalText(BLOCKS);
const CATEGORIES = DEFAULT_CATEGORIES.map((category) => category.id);
const ASSIGNMENT = makeAssignment({ document: { id: ENTRY.id, iri: ENTRY.iri, digest: ENTRY.digest, title: 'Zweierlei Solidarität' } });
const OPTIONS = { blocks: BLOCKS, documentId: ENTRY.id, assignmentId: ASSIGNMENT.id, categories: CATEGORIES, seed: 16, students: 30, passagesPerCategory: 10 };
const CLASS = generateClass(OPTIONS);

const spansOf = (annotations: readonly Annotation[]): CategorySpan[] => annotations.flatMap((a) => a.categoryIds.map((category) => ({ category, start: a.start, end: a.end })));
const byStart = (a: CategorySpan, b: CategorySpan): number => a.start - b.start || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);
const overlapsByHalf = (a: CategorySpan, b: CategorySpan): boolean => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && 2 * shared >= Math.min(a.end - a.start, b.end - b.start);
};

describe('a generated class on article 001', () => {
  it('is the same for the same seed and another for another', () => {
    assert.deepEqual(generateClass(OPTIONS), CLASS);
    assert.notDeepEqual(generateClass({ ...OPTIONS, seed: 17 }).model, CLASS.model);
  });

  it('has the model passages asked for, 30 students with unique names, and annotations that quote the text at word boundaries', () => {
    assert.equal(ENTRY.id, 'zweierlei-solidaritaet');
    assert.equal(CLASS.model.length, 40);
    assert.deepEqual(CATEGORIES.map((category) => CLASS.model.filter((a) => a.categoryIds[0] === category).length), [10, 10, 10, 10]);
    assert.equal(new Set(CLASS.students.map((s) => s.name)).size, 30);
    const all = [...CLASS.model, ...CLASS.students.flatMap((s) => s.annotations)];
    assert.equal(new Set(all.map((a) => a.id)).size, all.length);
    for (const a of all) {
      assert.equal(TEXT.slice(a.start, a.end), a.exact);
      assert.equal(TEXT.slice(Math.max(0, a.start - 32), a.start), a.prefix);
      assert.equal(TEXT.slice(a.end, a.end + 32), a.suffix);
      assert.match(a.exact, /^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
      assert.doesNotMatch(a.exact, /\n\n/);
      assert.ok(!/[\p{L}\p{N}]/u.test(TEXT[a.start - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(TEXT[a.end] ?? ' '), a.exact);
      assert.equal(a.documentId, ENTRY.id);
    }
    assert.ok(CLASS.model.every((a) => a.setId === `model:${ASSIGNMENT.id}`));
    assert.ok(CLASS.students.every((s) => s.annotations.every((a) => a.setId === `student:${ASSIGNMENT.id}` && a.creator === s.name)));
  });

  it('makes students who stray: some miss passages, some use a wrong category, all add passages of their own', () => {
    const missed = CLASS.students.map((s) => s.missed.length);
    assert.ok(missed.every((n) => n < 40) && missed.reduce((a, b) => a + b) > 30 * 40 * 0.2);
    assert.ok(CLASS.students.filter((s) => s.wrongCategory.length > 0).length >= 20);
    assert.ok(CLASS.students.every((s) => s.extra.length === 3));
    // Some passages are tagged twice (a part again): more annotations than passages.
    assert.ok(CLASS.students.some((s) => s.annotations.length > 40 - s.missed.length + s.wrongCategory.length + s.extra.length));
  });

  it('leaves at least five words (twice the largest shift, and one) between model passages of one block', () => {
    for (let i = 1; i < CLASS.model.length; i++) {
      const between = TEXT.slice(CLASS.model[i - 1]!.end, CLASS.model[i]!.start);
      if (!between.includes('\n\n')) assert.ok((between.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length >= 5, between);
    }
  });

  it('keeps its truth about misses: no span of the category overlaps a missed passage by half, some span finds every other', () => {
    for (const student of CLASS.students) {
      const own = spansOf(student.annotations);
      const missedKeys = new Set(student.missed.map((m) => `${m.category}:${m.start}`));
      for (const passage of spansOf(CLASS.model)) {
        const found = own.some((span) => span.category === passage.category && overlapsByHalf(span, passage));
        assert.equal(found, !missedKeys.has(`${passage.category}:${passage.start}`), `${student.name}: ${passage.category} ${TEXT.slice(passage.start, passage.end)}`);
      }
      for (const span of student.extra) assert.ok(spansOf(CLASS.model).every((passage) => Math.min(span.end, passage.end) <= Math.max(span.start, passage.start)));
    }
  });

  it('names the misses, wrong categories and extras the comparison with the model answer names', () => {
    for (const student of CLASS.students) {
      const comparison = compareWithModel(spansOf(CLASS.model), spansOf(student.annotations), CATEGORIES);
      assert.deepEqual([...comparison.missed].sort(byStart), [...student.missed].sort(byStart), student.name);
      assert.deepEqual(comparison.wrongCategory.map((w) => w.student).sort(byStart), [...student.wrongCategory].sort(byStart), student.name);
      assert.deepEqual([...comparison.extra].sort(byStart), [...student.extra].sort(byStart), student.name);
    }
  });

  it('counts per character how many students tagged each category, as the heat code does', () => {
    for (const category of CATEGORIES) {
      const students = CLASS.students.map((s) => spansOfCategory(spansOf(s.annotations), category));
      assert.deepEqual(CLASS.heat.get(category), heatCounts(students, TEXT.length));
    }
    // And by hand at the first sampled character.
    const [first] = sampledCharacters(CLASS, 1, 5);
    const tagged = CLASS.students.filter((s) => s.annotations.some((a) => a.categoryIds.includes(first!.category) && a.start <= first!.offset && first!.offset < a.end));
    assert.equal(first!.count, tagged.length);
  });

  it('samples 20 characters, most of them tagged, in every category', () => {
    const samples = sampledCharacters(CLASS, 20, 7);
    assert.equal(samples.length, 20);
    assert.deepEqual(new Set(samples.map((s) => s.category)), new Set(CATEGORIES));
    assert.ok(samples.filter((s) => s.count > 0).length >= 13);
    assert.ok(samples.every((s) => s.count === CLASS.heat.get(s.category)![s.offset]));
  });

  it('throws when the article has no room for the model passages asked for', () => {
    assert.throws(() => generateClass({ ...OPTIONS, passagesPerCategory: 400 }), /no room for 400 model passages/);
  });
});

describe('the hand-in files of a generated class', () => {
  const entries = handInFiles(CLASS, {
    assignment: ASSIGNMENT,
    document: { iri: ENTRY.iri, digest: ENTRY.digest, blocks: BLOCKS },
    categories: DEFAULT_CATEGORIES,
    firstHandedIn: '2026-11-23T08:00:00.000Z',
  });

  it('are in one Moodle folder per student, named as the app names a hand-in', () => {
    assert.equal(entries.length, 30);
    assert.equal(entries[0]!.path, 'Ada Berg_12345_assignsubmission_file_/Akteure finden_Ada Berg_2026-11-23.jsonld');
    assert.ok(entries.every((entry, index) => entry.path.startsWith(`${CLASS.students[index]!.name}_${12345 + index}_assignsubmission_file_/`)));
  });

  it('read back as hand-ins of the assignment with each student’s annotations where the generator put them', () => {
    for (const [index, entry] of entries.entries()) {
      const read = parseHandIn(entry.json, entry.path);
      assert.ok(read.ok, entry.path);
      const student = CLASS.students[index]!;
      assert.deepEqual(
        [read.value.assignmentId, read.value.student, read.value.document, read.value.handedIn],
        [ASSIGNMENT.id, student.name, { iri: ENTRY.iri, digest: ENTRY.digest }, new Date(Date.parse('2026-11-23T08:00:00.000Z') + index * 60_000).toISOString()],
      );
      assert.equal(read.value.annotations.length, student.annotations.length);
      assert.deepEqual(read.value.skipped, []);
    }
  });

  it('zip into one archive with every file as written', () => {
    const unzipped = unzipSync(moodleZip(entries));
    assert.deepEqual(Object.keys(unzipped), entries.map((entry) => entry.path));
    assert.equal(strFromU8(unzipped[entries[7]!.path]!), entries[7]!.json);
  });
});
