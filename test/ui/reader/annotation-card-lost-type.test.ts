/**
 * A link whose type the scheme editor deleted since (issue 17), in the annotation card
 * (src/ui/reader/relation-list.ts): the card still lists it, named by its type id, says why in the
 * reader's language, and still jumps to the partner and removes the link. axe-clean in de and en.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/ui/reader/annotation-card.js';
import type { CrAnnotationCard } from '../../../src/ui/reader/annotation-card.js';
import type { Relation } from '../../../src/model/relations/relation.js';
import { DEFAULT_RELATION_TYPES } from '../../../src/model/relations/relation-type.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { relationIndex } from '../../../src/ui/reader/relation-entries.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { makeAnnotation } from '../../support/annotations.js';

const QUOTE = makeAnnotation({ id: 'quote', start: 15, end: 38, exact: 'Wir schließen die Häfen', categoryIds: ['quote'] });
const SALVINI = makeAnnotation({ id: 'salvini', start: 0, end: 7, exact: 'Salvini', categoryIds: ['actor'] });
/** A link of type "blames", which the scheme had when it was made and has no longer. */
const LOST: Relation = { id: 'r1', setId: 'mine:doc', documentId: 'doc', typeId: 'blames', sourceId: 'quote', targetId: 'salvini', created: 'x', modified: 'x' };

describe('a link whose type the scheme no longer has, in the card', () => {
  afterEach(() => applyLocale('en'));

  async function card(): Promise<CrAnnotationCard> {
    const relations = relationIndex([LOST], [SALVINI, QUOTE], DEFAULT_RELATION_TYPES, (annotation) => annotation.categoryIds.map((id) => ({ id })));
    return fixture<CrAnnotationCard>(html`<cr-annotation-card .annotations=${[QUOTE]} .categories=${DEFAULT_CATEGORIES} .relations=${relations}></cr-annotation-card>`);
  }

  it('is listed by its type id with the reason, jumps to its partner and can be removed, in English', async () => {
    await applyLocale('en');
    const element = await card();
    const item = element.shadowRoot!.querySelector('li.relation')!;
    expect(item.querySelector('button.jump')!.textContent).to.equal('blames: Salvini');
    expect(item.querySelector('button.unlink')!.getAttribute('aria-label')).to.equal('Remove link: blames Salvini');
    expect(item.querySelector('.relation-warning')!.textContent).to.equal('The scheme no longer has this type of link; it is named by its id.');
    const fired: string[] = [];
    element.addEventListener('cr-relation-jump', (event) => fired.push(`jump ${event.detail.id}`));
    element.addEventListener('cr-relation-remove', (event) => fired.push(`remove ${event.detail.relationId}`));
    item.querySelector<HTMLButtonElement>('button.jump')!.click();
    item.querySelector<HTMLButtonElement>('button.unlink')!.click();
    expect(fired).to.deep.equal(['jump salvini', 'remove r1']);
    await expect(element).to.be.accessible();
  });

  it('says the same in German', async () => {
    await applyLocale('de');
    const element = await card();
    expect(element.shadowRoot!.querySelector('.relation-warning')!.textContent).to.equal('Das Schema hat diese Art von Verknüpfung nicht mehr; sie ist mit ihrer Kennung benannt.');
    await expect(element).to.be.accessible();
  });
});
