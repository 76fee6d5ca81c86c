/**
 * Field-level changes of categories and schemes (src/model/schemes/record-patch.ts): a save writes
 * only the fields that differ from what its tab knew, applied to the record as stored.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_CATEGORIES, type Category } from '../../../src/model/schemes/category.js';
import { applyPatch, diffRecord } from '../../../src/model/schemes/record-patch.js';

const ACTOR: Category = { ...DEFAULT_CATEGORIES[0]!, schemeId: 'default' };

describe('field-level changes of categories', () => {
  it('keeps a rename made in another tab when this tab saves a new colour', () => {
    const renamedElsewhere: Category = { ...ACTOR, label: { ...ACTOR.label, en: 'Speaker' } };
    const patch = diffRecord(ACTOR, { ...ACTOR, colour: '#d55e00' })!;
    expect(patch).to.deep.equal({ id: 'actor', fields: [{ path: 'colour', value: '#d55e00' }] });
    expect(applyPatch(renamedElsewhere, patch)).to.deep.equal({ ...renamedElsewhere, colour: '#d55e00' });
  });

  it('keeps the German name changed in one tab and the English name changed in the other', () => {
    const german = diffRecord(ACTOR, { ...ACTOR, label: { de: 'Sprecher', en: 'Actor' } })!;
    const english = diffRecord(ACTOR, { ...ACTOR, label: { de: 'Akteur', en: 'Speaker' } })!;
    expect(applyPatch(applyPatch(ACTOR, german), english)!.label).to.deep.equal({ de: 'Sprecher', en: 'Speaker' });
  });

  it('removes a field taken away (a key, a parent), and writes nothing when nothing differs', () => {
    const { key: _key, ...keyless } = ACTOR;
    const patch = diffRecord(ACTOR, keyless)!;
    expect(patch.fields).to.deep.equal([{ path: 'key' }]);
    expect(applyPatch({ ...ACTOR, colour: '#000000' }, patch)).to.deep.equal({ ...keyless, colour: '#000000' });
    expect(diffRecord(ACTOR, { ...ACTOR, label: { ...ACTOR.label } })).to.equal(undefined);
  });

  it('stores a new category whole, and drops a change of one deleted meanwhile (the deletion wins)', () => {
    const court: Category = { id: 'court', label: { de: 'Gericht', en: 'Court' }, colour: '#cc79a7', line: 'wavy', order: 5 };
    expect(applyPatch(undefined, diffRecord(undefined, court)!)).to.deep.equal(court);
    expect(applyPatch(undefined, diffRecord(ACTOR, { ...ACTOR, colour: '#d55e00' })!)).to.equal(undefined);
  });

  it('turns what this tab knew into what it saves, whatever the fields (property)', () => {
    const category = fc.record(
      {
        id: fc.constant('c'),
        label: fc.record({ de: fc.string(), en: fc.string() }),
        colour: fc.constantFrom('#0072b2', '#d55e00'),
        line: fc.constantFrom('solid', 'wavy'),
        key: fc.constantFrom('1', '2'),
        parentId: fc.constantFrom('actor', 'quote'),
        order: fc.integer({ min: 0, max: 9 }),
      },
      { requiredKeys: ['id', 'label', 'colour', 'line', 'order'] },
    ) as fc.Arbitrary<Category>;
    fc.assert(
      fc.property(category, category, (before, after) => {
        const patch = diffRecord(before, after);
        expect(patch ? applyPatch(before, patch) : before).to.deep.equal(after);
      }),
    );
  });
});
