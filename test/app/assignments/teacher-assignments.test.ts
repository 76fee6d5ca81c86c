/**
 * The teacher's use cases (app/assignments/teacher-assignments.ts): a new assignment on an own
 * document names the digest of its text and keeps an empty model answer; a change the hand-out
 * would refuse is refused with its problems and stores nothing; whatever a change is accepted as,
 * its hand-out opens in a student's browser (parseHandOut) as that assignment, carrying an own
 * document's blocks and no annotation.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { MemoryAssignmentPersistence } from '../../../src/app/assignments/memory-assignment-persistence.js';
import { buildHandOut, createAssignment, handOutDocument, type TeacherServices, updateAssignment } from '../../../src/app/assignments/teacher-assignments.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { parseHandOut } from '../../../src/model/assignments/assignments.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import type { ArticleEntry, ArticleSource } from '../../../src/model/documents/library.js';
import { modelSetId } from '../../../src/model/sets/annotation-set.js';
import { ARTICLE_BLOCKS, SCHEME, SCHEME_CATEGORIES } from '../../support/assignments.js';

const ID = '0b5c1d2e-3f40-4a51-8b62-7c83d94ea5f6';
const NOW = '2026-12-01T09:00:00.000Z';
const OWN: ArticleEntry = {
  id: 'mein-text-1a2b',
  iri: 'urn:uuid:5e0c9b1a-2d3e-4f50-8a61-b7c8d9e0f1a2',
  title: 'Mein Text',
  titleSource: 'text',
  lang: 'de',
  digest: 'sha256:' + '0'.repeat(64),
  wordCount: 20,
  own: true,
};

function services(): TeacherServices {
  const articles: ArticleSource = {
    entries: [OWN],
    entry: (id) => (id === OWN.id ? OWN : undefined),
    loadBody: async () => ({ id: OWN.id, lang: 'de', blocks: ARTICLE_BLOCKS }),
  };
  return { articles, assignments: new MemoryAssignmentPersistence(), sets: new MemoryAnnotationPersistence() };
}

describe('the teacher’s use cases', () => {
  it('makes an assignment on an own document: the digest of its text, the scheme, an empty model answer', async () => {
    const teacher = services();
    const record = await createAssignment(teacher, { documentId: OWN.id, scheme: SCHEME, author: '  Frau Lehmann ', id: ID, now: NOW });
    const digest = await textDigest(canonicalText(ARTICLE_BLOCKS));
    expect(record).to.deep.equal({
      role: 'teacher',
      schemeId: 'default',
      assignment: {
        id: ID,
        title: 'Mein Text',
        instructions: '',
        document: { id: OWN.id, iri: OWN.iri, digest, title: 'Mein Text' },
        schemeIri: SCHEME.iri,
        created: NOW,
        modified: NOW,
        rules: { hideDefinitions: false, studentsMayAddCategories: false },
      },
    });
    expect(await teacher.assignments.getAssignment(ID)).to.deep.equal(record);
    expect(await teacher.sets.listSetsByAssignment(`urn:uuid:${ID}`)).to.deep.equal([
      { id: modelSetId(ID), kind: 'model', documentId: OWN.id, assignmentId: `urn:uuid:${ID}`, author: 'Frau Lehmann', modified: NOW },
    ]);
  });

  const refused: readonly { name: string; change: Parameters<typeof updateAssignment>[2]; codes: string[] }[] = [
    { name: 'HTML in the title', change: { title: 'Akteure <b>finden</b>' }, codes: ['markup-in-field:title'] },
    { name: 'HTML in the instructions', change: { instructions: 'Lesen Sie <script>alert(1)</script>' }, codes: ['markup-in-field:instructions'] },
    { name: 'an empty title', change: { title: '   ' }, codes: ['assignment-field-empty:title'] },
    { name: 'a title of 201 characters', change: { title: 'x'.repeat(201) }, codes: ['assignment-field-too-long:title'] },
    { name: 'a day that does not exist', change: { due: '2026-02-30' }, codes: ['assignment-date-invalid:due'] },
  ];
  for (const { name, change, codes } of refused) {
    it(`refuses ${name} and stores nothing`, async () => {
      const teacher = services();
      const record = await createAssignment(teacher, { documentId: OWN.id, scheme: SCHEME, id: ID, now: NOW });
      const result = await updateAssignment(teacher.assignments, record, change, 'Assignment', '2026-12-02T00:00:00.000Z');
      expect(result.ok ? [] : result.problems.map((p) => `${p.code}:${String(p.params['field'])}`)).to.deep.equal(codes);
      expect(await teacher.assignments.getAssignment(ID)).to.deep.equal(record);
    });
  }

  it('stores an accepted change with its time, and takes the due date away with ""', async () => {
    const teacher = services();
    const record = await createAssignment(teacher, { documentId: OWN.id, scheme: SCHEME, id: ID, now: NOW });
    const dated = await updateAssignment(teacher.assignments, record, { due: '2026-12-14', rules: { studentsMayAddCategories: true } }, 'A', '2026-12-02T00:00:00.000Z');
    if (!dated.ok) throw new Error('refused');
    expect([dated.value.assignment.due, dated.value.assignment.rules, dated.value.assignment.modified]).to.deep.equal([
      '2026-12-14',
      { hideDefinitions: false, studentsMayAddCategories: true },
      '2026-12-02T00:00:00.000Z',
    ]);
    const undated = await updateAssignment(teacher.assignments, dated.value, { due: '' }, 'A', '2026-12-03T00:00:00.000Z');
    expect(undated.ok && 'due' in undated.value.assignment).to.equal(false);
    expect((await teacher.assignments.getAssignment(ID))!.assignment.due).to.equal(undefined);
  });

  it('hands out whatever it accepts: the hand-out opens as the stored assignment, with the own document’s blocks', async () => {
    const teacher = services();
    const record = await createAssignment(teacher, { documentId: OWN.id, scheme: SCHEME, id: ID, now: NOW });
    const doc = await handOutDocument(teacher.articles, OWN.id);
    expect([doc.bundled, doc.blocks]).to.deep.equal([false, ARTICLE_BLOCKS]);
    const texts = fc.string({ unit: fc.constantFrom('a', 'Ä', ' ', '<', '>', '#', '*', '\n', '🙂', '&', '"'), maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(texts, texts, fc.boolean(), async (title, instructions, hide) => {
        const result = await updateAssignment(teacher.assignments, record, { title, instructions, rules: { hideDefinitions: hide } }, 'A', NOW);
        if (!result.ok) return;
        const built = buildHandOut(result.value.assignment, doc, SCHEME, SCHEME_CATEGORIES);
        if (!built.ok) throw new Error(built.problems.map((p) => p.message).join('\n'));
        const read = parseHandOut(built.value.json, built.value.fileName);
        if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
        expect(read.value.assignment).to.deep.equal(result.value.assignment);
        expect(read.value.carried?.blocks).to.deep.equal(ARTICLE_BLOCKS);
        expect((JSON.parse(built.value.json) as { total: number }).total).to.equal(0);
      }),
      { numRuns: 60 },
    );
  });
});
