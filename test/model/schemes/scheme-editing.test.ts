/**
 * Scheme editing as a specification: each operation from a named table of cases, its refusals
 * included; deletion plans with their counts; moving versus deleting a category's annotations; and
 * a property: any run of moves and nestings keeps a scheme one level deep with children after
 * their parent.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type Category, DEFAULT_CATEGORIES, schemeOf } from '../../../src/model/schemes/category.js';
import { colourDistance, TOO_CLOSE_THRESHOLD } from '../../../src/model/schemes/category-palette.js';
import {
  addCategory,
  applyCategoryDeletion,
  createScheme,
  deleteCategory,
  type EditCode,
  type EditResult,
  moveCategory,
  planCategoryDeletion,
  recolour,
  renameCategory,
  renameScheme,
  schemeCategoryIri,
  schemeOrder,
  setKey,
  setLine,
  setParent,
} from '../../../src/model/schemes/scheme-editing.js';
import type { CategoryEdit } from '../../../src/model/schemes/scheme-edit-result.js';
import type { Problem } from '../../../src/model/result.js';
import { makeAnnotation } from '../../support/annotations.js';

const CIVICS_IRI = 'tag:close-reader.app,2026:schemes/civics';

function civic(id: string, en: string, order: number, extra: Partial<Category> = {}): Category {
  return { id, label: { de: `${en} (de)`, en }, colour: '#0072b2', line: 'solid', order, schemeId: 'civics', iri: `${CIVICS_IRI}/${id}`, ...extra };
}

/** The default scheme plus "civics": Speaker ▸ Government, Party; Claim; Source. */
const DEFAULTS = DEFAULT_CATEGORIES.map((category) => ({ ...category, schemeId: 'default' }));
const CIVICS = [
  civic('speaker', 'Speaker', 1, { key: 'a' }),
  civic('government', 'Government', 2, { parentId: 'speaker', colour: '#d55e00' }),
  civic('party', 'Party', 3, { parentId: 'speaker', colour: '#009e73', line: 'dashed' }),
  civic('claim', 'Claim', 4, { colour: '#7a5cc9', key: '1' }),
  civic('source', 'Source', 5, { colour: '#8c8200', line: 'wavy' }),
];
const ALL: readonly Category[] = [...DEFAULTS, ...CIVICS];

/** The edit's value with its warnings; throws when the edit was refused. */
function ok(result: EditResult): CategoryEdit & { readonly warnings: readonly Problem<EditCode>[] } {
  if (!result.ok) throw new Error(`refused: ${result.problems.map((p) => p.message).join(' ')}`);
  return { ...result.value, warnings: result.warnings };
}

function shape(categories: readonly Category[], schemeId = 'civics'): string[] {
  return schemeOrder(categories, schemeId).map((c) => `${c.order}:${c.parentId ? `  ${c.id}` : c.id}`);
}

describe('scheme editing: refusals', () => {
  const refusals: [string, () => EditResult, EditCode][] = [
    ['add without any label', () => addCategory(ALL, 'civics', { label: { de: ' ', en: '' } }), 'label-empty'],
    ['add a label the scheme has (any case)', () => addCategory(ALL, 'civics', { label: { en: 'claim' } }), 'label-taken'],
    ['add with a key of two characters', () => addCategory(ALL, 'civics', { label: { en: 'X' }, key: 'xy' }), 'key-invalid'],
    ['add with a key the scheme uses', () => addCategory(ALL, 'civics', { label: { en: 'X' }, key: '1' }), 'key-taken'],
    ['add with j, which steps through passages', () => addCategory(ALL, 'civics', { label: { en: 'X' }, key: 'j' }), 'key-reserved'],
    ['add with a colour that is none', () => addCategory(ALL, 'civics', { label: { en: 'X' }, colour: 'blue' }), 'colour-invalid'],
    ['add under a nested category', () => addCategory(ALL, 'civics', { label: { en: 'X' }, parentId: 'party' }), 'parent-not-top-level'],
    ['add under a category of another scheme', () => addCategory(ALL, 'civics', { label: { en: 'X' }, parentId: 'actor' }), 'parent-other-scheme'],
    ['rename an unknown category', () => renameCategory(ALL, 'nope', { en: 'X' }), 'not-found'],
    ['rename to nothing in both languages', () => renameCategory(ALL, 'claim', { de: '', en: ' ' }), 'label-empty'],
    ['rename to a sibling’s German label', () => renameCategory(ALL, 'claim', { de: 'source (DE)' }), 'label-taken'],
    ['recolour with no colour', () => recolour(ALL, 'claim', '#12'), 'colour-invalid'],
    ['set a line style that does not exist', () => setLine(ALL, 'claim', 'zigzag' as never), 'line-invalid'],
    ['set a space as key', () => setKey(ALL, 'claim', ' '), 'key-invalid'],
    ['set a control character as key', () => setKey(ALL, 'claim', '\n'), 'key-invalid'],
    ['set an emoji pair as key', () => setKey(ALL, 'claim', '🙂🙂'), 'key-invalid'],
    ['set k as key', () => setKey(ALL, 'claim', 'k'), 'key-reserved'],
    ['set L as key (Shift+L starts a link as l does)', () => setKey(ALL, 'claim', 'L'), 'key-reserved'],
    ['add with J, which steps through passages as j does', () => addCategory(ALL, 'civics', { label: { en: 'X' }, key: 'J' }), 'key-reserved'],
    ['set K as key', () => setKey(ALL, 'claim', 'K'), 'key-reserved'],
    ['set the digit another category uses', () => setKey(ALL, 'source', '1'), 'key-taken'],
    ['move the first top-level category up', () => moveCategory(ALL, 'speaker', 'up'), 'cannot-move'],
    ['move the last top-level category down', () => moveCategory(ALL, 'source', 'down'), 'cannot-move'],
    ['move the first child up out of its parent', () => moveCategory(ALL, 'government', 'up'), 'cannot-move'],
    ['move the last child down out of its parent', () => moveCategory(ALL, 'party', 'down'), 'cannot-move'],
    ['nest a category under itself', () => setParent(ALL, 'claim', 'claim'), 'parent-is-self'],
    ['nest under a category that is not there', () => setParent(ALL, 'claim', 'nope'), 'parent-not-found'],
    ['nest under a category of another scheme', () => setParent(ALL, 'claim', 'actor'), 'parent-other-scheme'],
    ['nest two levels deep', () => setParent(ALL, 'claim', 'government'), 'parent-not-top-level'],
    ['nest a category that has children', () => setParent(ALL, 'speaker', 'claim'), 'has-children'],
    ['delete an unknown category', () => deleteCategory(ALL, 'nope', { kind: 'delete' }), 'not-found'],
    ['move annotations to the deleted category itself', () => deleteCategory(ALL, 'claim', { kind: 'move', to: 'claim' }), 'target-invalid'],
    ['move annotations to another scheme', () => deleteCategory(ALL, 'claim', { kind: 'move', to: 'actor' }), 'target-invalid'],
    ['move annotations to nowhere', () => deleteCategory(ALL, 'claim', { kind: 'move', to: 'nope' }), 'target-invalid'],
  ];
  for (const [name, run, code] of refusals) {
    it(`refuses to ${name} (${code})`, () => {
      const result = run();
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.problems).to.have.length(1);
        expect(result.problems[0]!.code).to.equal(code);
        expect(result.problems[0]!.message).to.be.a('string').and.not.be.empty;
      }
    });
  }

  it('names the category that holds a taken key', () => {
    const result = setKey(ALL, 'source', 'a');
    expect(result.ok || result.problems[0]!.params.otherId).to.equal('speaker');
  });
});

describe('scheme editing: addCategory', () => {
  it('takes the id from the English label, an IRI below its scheme, the next order and a palette colour', () => {
    const { category, categories, changed } = ok(addCategory(ALL, 'civics', { label: { de: 'Gericht', en: 'Court' } }));
    expect(category).to.include({ id: 'court', schemeId: 'civics', iri: `${CIVICS_IRI}/court`, order: 6 });
    expect(category.label).to.deep.equal({ de: 'Gericht', en: 'Court' });
    for (const other of CIVICS) expect(colourDistance(category.colour, other.colour)).to.be.at.least(TOO_CLOSE_THRESHOLD);
    expect(category.line).to.equal('double'); // the first line style no civics category uses
    expect(categories).to.have.length(ALL.length + 1);
    expect(changed).to.deep.equal([category]);
  });

  it('makes the id unique across ALL schemes, not just its own', () => {
    const { category } = ok(addCategory(ALL, 'civics', { label: { en: 'Actor' } }));
    expect(category.id).to.equal('actor-2');
    expect(category.iri).to.equal(`${CIVICS_IRI}/actor-2`);
  });

  it('keeps the default IRI (no iri field) in the default scheme', () => {
    const { category } = ok(addCategory(ALL, 'default', { label: { en: 'Framing' } }));
    expect(category.id).to.equal('framing');
    expect(category).not.to.have.property('iri');
    expect(schemeCategoryIri('default', 'framing')).to.equal(undefined);
  });

  it('slugs a German label when there is no English one, and uses it for both', () => {
    const { category } = ok(addCategory(ALL, 'civics', { label: { de: 'Maßnahme der Zivilgesellschaft' } }));
    expect(category.id).to.equal('massnahme-der-zivilgesellschaft');
    expect(category.label).to.deep.equal({ de: 'Maßnahme der Zivilgesellschaft', en: 'Maßnahme der Zivilgesellschaft' });
  });

  it('nests under a parent, after its last child, renumbering the scheme', () => {
    const { categories, category } = ok(addCategory(ALL, 'civics', { label: { en: 'Civil society' }, parentId: 'speaker', key: 'c' }));
    expect(category).to.include({ parentId: 'speaker', key: 'c', order: 4 });
    expect(shape(categories)).to.deep.equal(['1:speaker', '2:  government', '3:  party', '4:  civil-society', '5:claim', '6:source']);
  });

  it('warns, and still adds, when the chosen colour is too close to another', () => {
    const result = ok(addCategory(ALL, 'civics', { label: { en: 'Court' }, colour: '#0a76b6' }));
    expect(result.warnings.map((w) => [w.code, w.params.otherId])).to.deep.equal([['colour-too-close', 'speaker']]);
    expect(result.category.colour).to.equal('#0a76b6');
  });
});

describe('scheme editing: rename, recolour, line, key', () => {
  it('renames one language and keeps the other', () => {
    const { category, changed } = ok(renameCategory(ALL, 'claim', { de: 'Behauptung' }));
    expect(category.label).to.deep.equal({ de: 'Behauptung', en: 'Claim' });
    expect(changed).to.deep.equal([category]);
  });

  it('fills an emptied language with the other', () => {
    expect(ok(renameCategory(ALL, 'claim', { en: '' })).category.label).to.deep.equal({ de: 'Claim (de)', en: 'Claim (de)' });
  });

  it('recolours, normalising the colour', () => {
    const result = ok(recolour(ALL, 'claim', '#C43C3C'));
    expect(result.category.colour).to.equal('#c43c3c');
    expect(result.warnings).to.deep.equal([]);
  });

  const recolourWarnings: [string, string, EditCode[]][] = [
    ['a near twin of Speaker’s blue', '#0074b4', ['colour-too-close']],
    ['a yellow too light for an underline', '#f0e442', ['colour-low-contrast']],
  ];
  for (const [name, colour, codes] of recolourWarnings) {
    it(`warns on ${name}`, () => expect(ok(recolour(ALL, 'claim', colour)).warnings.map((w) => w.code)).to.deep.equal(codes));
  }

  it('does not compare a category’s colour with its own old one', () => {
    expect(ok(recolour(ALL, 'speaker', '#0074b4')).warnings).to.deep.equal([]);
  });

  it('sets a line style', () => expect(ok(setLine(ALL, 'claim', 'wavy')).category.line).to.equal('wavy'));

  const keys: [string, string, string | undefined][] = [
    ['a letter', 'claim', 'q'],
    ['its own key again', 'claim', '1'],
    ['a digit another scheme uses', 'source', '2'],
    ['an umlaut', 'source', 'ä'],
  ];
  for (const [name, id, key] of keys) {
    it(`sets ${name} as key`, () => expect(ok(setKey(ALL, id, key!)).category.key).to.equal(key));
  }

  it("clears the key with ''", () => {
    const { category } = ok(setKey(ALL, 'claim', ''));
    expect(category).not.to.have.property('key');
  });
});

describe('scheme editing: order and nesting', () => {
  const cases: [string, () => EditResult, string[]][] = [
    ['moves a top-level category down, past a parent with its children', () => moveCategory(ALL, 'speaker', 'down'), ['1:claim', '2:speaker', '3:  government', '4:  party', '5:source']],
    ['moves a top-level category up, past a parent with its children', () => moveCategory(ALL, 'claim', 'up'), ['1:claim', '2:speaker', '3:  government', '4:  party', '5:source']],
    ['moves a child up among its siblings', () => moveCategory(ALL, 'party', 'up'), ['1:speaker', '2:  party', '3:  government', '4:claim', '5:source']],
    ['nests a category at the end of its new parent’s children', () => setParent(ALL, 'source', 'speaker'), ['1:speaker', '2:  government', '3:  party', '4:  source', '5:claim']],
    ['un-nests a child to just after its parent’s branch', () => setParent(ALL, 'government', undefined), ['1:speaker', '2:  party', '3:government', '4:claim', '5:source']],
    ["un-nests with ''", () => setParent(ALL, 'party', ''), ['1:speaker', '2:  government', '3:party', '4:claim', '5:source']],
  ];
  for (const [name, run, expected] of cases) {
    it(name, () => {
      const { categories } = ok(run());
      expect(shape(categories)).to.deep.equal(expected);
      expect(categories.filter((c) => schemeOf(c) === 'default')).to.deep.equal(DEFAULTS);
    });
  }

  it('reports only the records whose order or parent changed', () => {
    const { changed } = ok(moveCategory(ALL, 'claim', 'down'));
    expect(changed.map((c) => `${c.id}:${c.order}`)).to.deep.equal(['claim:5', 'source:4']);
  });

  it('keeps any run of moves and nestings one level deep, children after their parent, orders 1…n', () => {
    const step = fc.tuple(fc.constantFrom(...CIVICS.map((c) => c.id)), fc.constantFrom('up', 'down', 'nest', 'unnest'), fc.constantFrom(...CIVICS.map((c) => c.id)));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let categories: readonly Category[] = ALL;
        for (const [id, action, other] of steps) {
          const result =
            action === 'nest' ? setParent(categories, id, other) : action === 'unnest' ? setParent(categories, id, undefined) : moveCategory(categories, id, action);
          if (result.ok) categories = result.value.categories;
        }
        const ordered = schemeOrder(categories, 'civics');
        expect(ordered.map((c) => c.order)).to.deep.equal(ordered.map((_, i) => i + 1));
        const byId = new Map(ordered.map((c) => [c.id, c]));
        ordered.forEach((c, i) => {
          if (!c.parentId) return;
          expect(byId.get(c.parentId)?.parentId, 'one level').to.equal(undefined);
          const parentIndex = ordered.findIndex((p) => p.id === c.parentId);
          expect(ordered.slice(parentIndex + 1, i).every((between) => between.parentId === c.parentId), 'contiguous').to.equal(true);
        });
        expect(categories.filter((c) => schemeOf(c) === 'default')).to.deep.equal(DEFAULTS);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scheme editing: deletion', () => {
  const ANNOTATIONS = [
    makeAnnotation({ id: 'a1', documentId: 'doc-1', categoryIds: ['speaker'] }),
    makeAnnotation({ id: 'a2', documentId: 'doc-1', categoryIds: ['speaker', 'claim'] }),
    makeAnnotation({ id: 'a3', documentId: 'doc-2', categoryIds: ['claim', 'speaker'] }),
    makeAnnotation({ id: 'a4', documentId: 'doc-2', categoryIds: ['source'] }),
    makeAnnotation({ id: 'a5', documentId: 'doc-3', categoryIds: ['actor'] }),
  ];
  const NOW = '2026-05-05T05:05:05.000Z';

  it('plans: how many annotations in how many articles, the children made top-level, where they can move', () => {
    const plan = planCategoryDeletion(CIVICS[0]!, ANNOTATIONS, ALL);
    expect(plan.count).to.equal(3);
    expect(plan.documents).to.equal(2);
    expect(plan.children.map((c) => [c.id, c.parentId, c.order])).to.deep.equal([
      ['government', undefined, 2],
      ['party', undefined, 3],
    ]);
    expect(plan.targets.map((c) => c.id)).to.deep.equal(['government', 'party', 'claim', 'source']);
  });

  it('plans zero for an unused category, with no children', () => {
    expect(planCategoryDeletion(civic('court', 'Court', 9), ANNOTATIONS, ALL)).to.include({ count: 0, documents: 0 });
  });

  it('deletes a parent: its children become top-level where they were', () => {
    const { categories, changed } = ok(deleteCategory(ALL, 'speaker', { kind: 'delete' }));
    expect(shape(categories)).to.deep.equal(['2:government', '3:party', '4:claim', '5:source']);
    expect(changed.map((c) => c.id)).to.deep.equal(['government', 'party']);
  });

  const outcomes: [string, Parameters<typeof applyCategoryDeletion>[2], Record<string, string[] | 'deleted'>][] = [
    ['moving to Claim: replaced in place, never twice', { kind: 'move', to: 'claim' }, { a1: ['claim'], a2: ['claim'], a3: ['claim'] }],
    ['moving to Source: replaced where it stood', { kind: 'move', to: 'source' }, { a1: ['source'], a2: ['source', 'claim'], a3: ['claim', 'source'] }],
    ['deleting: only-Speaker annotations go, the others lose it', { kind: 'delete' }, { a1: 'deleted', a2: ['claim'], a3: ['claim'] }],
  ];
  for (const [name, choice, expected] of outcomes) {
    it(name, () => {
      const change = applyCategoryDeletion(ANNOTATIONS, 'speaker', choice, NOW);
      const got: Record<string, string[] | 'deleted'> = {};
      for (const id of change.delete) got[id] = 'deleted';
      for (const a of change.put) got[a.id] = [...a.categoryIds];
      expect(got).to.deep.equal(expected);
      for (const a of change.put) expect(a.modified).to.equal(NOW);
      expect([...change.put.map((a) => a.id), ...change.delete]).not.to.include.members(['a4', 'a5']);
    });
  }

  it('changes nothing for a move to the deleted category itself', () => {
    expect(applyCategoryDeletion(ANNOTATIONS, 'speaker', { kind: 'move', to: 'speaker' })).to.deep.equal({ put: [], delete: [] });
  });
});

describe('scheme editing: schemes and slugs', () => {
  it('creates a scheme with a unique slug id and an IRI of ours', () => {
    const existing = [{ id: 'civics', iri: CIVICS_IRI, label: { de: 'x', en: 'x' }, created: '', modified: '' }];
    expect(createScheme({ en: 'Civics' }, existing, '2026-01-01T00:00:00.000Z')).to.deep.equal({
      ok: true,
      value: {
        id: 'civics-2',
        iri: `${CIVICS_IRI}-2`,
        label: { de: 'Civics', en: 'Civics' },
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
      },
      warnings: [],
    });
    expect(createScheme({ de: '' }, existing, '')).to.deep.include({ ok: false });
  });

  it('refuses a new scheme with the name of another, in either language, whatever its case', () => {
    const existing = [{ id: 'civics', iri: CIVICS_IRI, label: { de: 'Politik', en: 'Civics' }, created: '', modified: '' }];
    const taken = { code: 'label-taken', params: { label: 'Civics', labelDe: 'Politik', otherId: 'civics' }, message: '"Civics" has this name already.' };
    expect(createScheme({ de: 'civics', en: 'civics' }, existing, '')).to.deep.equal({ ok: false, problems: [taken] });
    expect(createScheme({ de: 'POLITIK' }, existing, '')).to.deep.equal({ ok: false, problems: [taken] });
    expect(createScheme({ de: 'Klasse 9b', en: 'Class 9b' }, existing, '').ok).to.equal(true);
  });

  it('renames a scheme: one language at a time, the other kept, id and IRI unchanged; its own name is no clash', () => {
    const civics = { id: 'civics', iri: CIVICS_IRI, label: { de: 'Politik', en: 'Civics' }, created: 'c', modified: 'm' };
    const other = { id: 'media', iri: `${CIVICS_IRI}-media`, label: { de: 'Medien', en: 'Media' }, created: '', modified: '' };
    expect(renameScheme(civics, { de: 'Politik 9b' }, [civics, other], 'now')).to.deep.equal({
      ok: true,
      value: { ...civics, label: { de: 'Politik 9b', en: 'Civics' }, modified: 'now' },
      warnings: [],
    });
    expect(renameScheme(civics, { en: 'civics' }, [civics, other], 'now').ok).to.equal(true);
    expect(renameScheme(civics, { en: ' ' }, [civics, other], 'now')).to.deep.include({ ok: true });
    expect(renameScheme(civics, { en: 'Media' }, [civics, other], 'now')).to.deep.include({ ok: false });
    expect(renameScheme({ ...civics, label: { de: '', en: '' } }, { de: '' }, [civics], 'now')).to.deep.include({ ok: false });
  });

  it('names the category of a refusal in both languages, so that the interface can say it in German', () => {
    const taken = setKey(ALL, 'speaker', '1');
    expect(taken.ok ? [] : taken.problems.map((p) => p.params)).to.deep.equal([{ key: '1', label: 'Claim', labelDe: 'Claim (de)', otherId: 'claim' }]);
    const nested = setParent(ALL, 'speaker', 'claim');
    expect(nested.ok ? [] : nested.problems.map((p) => [p.code, p.params])).to.deep.equal([['has-children', { label: 'Speaker', labelDe: 'Speaker (de)' }]]);
  });

  it('gives a category with an unsluggable label the id "category"', () => {
    expect(ok(addCategory(ALL, 'civics', { label: { en: '中文' } })).category.id).to.equal('category');
  });
});
