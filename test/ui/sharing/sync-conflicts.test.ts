/**
 * <cr-sync-conflicts> (issue 18), rendered from a SyncConflict[] given as a property: one fieldset
 * per annotation named by its passage, the two versions side by side (categories by label, note,
 * "Deleted", the version's own passage when it differs), the apply button's state and its count of
 * what is left, the choices handed up exactly, the keyboard (Tab between conflicts, arrows between
 * the versions, Space to choose), a press too early taking the reader to the first one left, and
 * axe clean in German and English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConflictChoice, ConflictSideName, SyncConflict } from '../../../src/app/sync/shared-project-sync.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/sharing/sync-conflicts.js';
import type { CrSyncConflicts } from '../../../src/ui/sharing/sync-conflicts.js';

const NOTE_EDIT: SyncConflict = {
  annotationId: 'a1',
  mine: { deleted: false, categoryId: 'actor', note: 'Minister, not general', exact: 'John Kelly', modified: '2026-12-01T09:00:00.000Z', creator: 'Ada' },
  theirs: { deleted: false, categoryId: 'actor,quote', note: 'The general', exact: 'John Kelly', creator: 'Bo' },
  seen: { categoryIds: ['actor', 'quote'], start: 10, end: 20, exact: 'John Kelly', note: 'The general', creator: 'Bo' },
};
const DELETED_THERE: SyncConflict = {
  annotationId: 'a2',
  mine: { deleted: false, categoryId: 'statistic', exact: 'elf Millionen' },
  theirs: { deleted: true },
};
const SPAN_EDIT: SyncConflict = {
  annotationId: 'a3',
  mine: { deleted: false, categoryId: 'lost-category', exact: 'Donald Trump' },
  theirs: { deleted: false, categoryId: 'actor', exact: 'Präsident Donald Trump' },
};

/** The text of an element, spaces folded. */
function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('the list of conflicting edits of a shared project', () => {
  afterEach(async () => {
    await applyLocale('en');
  });

  async function shown(conflicts: readonly SyncConflict[]): Promise<CrSyncConflicts> {
    const list = await fixture<CrSyncConflicts>(
      html`<cr-sync-conflicts .conflicts=${conflicts} .categories=${DEFAULT_CATEGORIES} article-lang="de"></cr-sync-conflicts>`,
    );
    await list.updateComplete;
    return list;
  }

  const root = (list: CrSyncConflicts) => list.shadowRoot!;
  const button = (list: CrSyncConflicts) => root(list).querySelector<HTMLButtonElement>('button.apply')!;
  const left = (list: CrSyncConflicts) => text(root(list).querySelector('#conflicts-left'));
  const radio = (list: CrSyncConflicts, index: number, side: ConflictSideName) => root(list).querySelector<HTMLInputElement>(`#conflict-${index}-${side}`)!;

  /** The choices handed up by one press of the apply button, or undefined when none were. */
  async function pressApply(list: CrSyncConflicts): Promise<ReadonlyMap<string, ConflictSideName> | undefined> {
    const handed = await pressApplyWhole(list);
    return handed && new Map([...handed].map(([id, choice]) => [id, choice.side]));
  }

  /** The choices handed up by one press, each with the server's version it was made on. */
  async function pressApplyWhole(list: CrSyncConflicts): Promise<ReadonlyMap<string, ConflictChoice> | undefined> {
    let choices: ReadonlyMap<string, ConflictChoice> | undefined;
    const listener = (event: Event) => (choices = (event as CustomEvent<{ choices: ReadonlyMap<string, ConflictChoice> }>).detail.choices);
    list.addEventListener('cr-sync-conflicts-apply', listener);
    button(list).click();
    list.removeEventListener('cr-sync-conflicts-apply', listener);
    await list.updateComplete;
    return choices;
  }

  it('shows each conflict as a fieldset named by its passage, with both versions in words', async () => {
    const list = await shown([NOTE_EDIT, DELETED_THERE, SPAN_EDIT]);
    const fieldsets = [...root(list).querySelectorAll('fieldset')];
    expect(fieldsets.map((fieldset) => text(fieldset.querySelector('legend')))).to.deep.equal([
      'Passage: John Kelly',
      'Passage: elf Millionen',
      'Passage: Donald Trump',
    ]);
    expect(fieldsets.map((fieldset) => fieldset.querySelector('legend q')!.getAttribute('lang'))).to.deep.equal(['de', 'de', 'de']);
    const sides = fieldsets.map((fieldset) => [...fieldset.querySelectorAll('label.side')].map(text));
    expect(sides).to.deep.equal([
      [
        `Yours Categories: Actor Note: Minister, not general Ada, ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-12-01T09:00:00.000Z'))}`,
        'On the server Categories: Actor, Quote Note: The general Bo',
      ],
      ['Yours Categories: Statistic No note', 'On the server Deleted'],
      ['Yours Categories: lost-category No note', 'On the server Categories: Actor No note Passage: Präsident Donald Trump'],
    ]);
    expect(text(root(list).querySelector('h2'))).to.equal('Changed on both sides');
    expect(text(root(list).querySelector('p'))).to.equal(
      'You and someone else both changed these 3 annotations since the last sync. Choose which version to keep of each; nothing has been sent or changed yet.',
    );
  });

  it('names each radio button by its version and groups the two of a conflict', async () => {
    const list = await shown([NOTE_EDIT, DELETED_THERE]);
    expect(radio(list, 0, 'mine').labels![0]!.querySelector('.side-name')!.textContent).to.equal('Yours');
    expect(radio(list, 0, 'theirs').labels![0]!.querySelector('.side-name')!.textContent).to.equal('On the server');
    expect([radio(list, 0, 'mine').name, radio(list, 0, 'theirs').name, radio(list, 1, 'mine').name]).to.deep.equal(['conflict-0', 'conflict-0', 'conflict-1']);
  });

  it('applies only when every conflict is chosen, saying how many are left, and hands up exactly the choices', async () => {
    const list = await shown([NOTE_EDIT, DELETED_THERE, SPAN_EDIT]);
    expect(button(list).getAttribute('aria-disabled')).to.equal('true');
    expect(left(list)).to.equal('3 annotations left to choose');
    expect(await pressApply(list), 'nothing is applied with 3 left').to.equal(undefined);

    radio(list, 1, 'theirs').click();
    await list.updateComplete;
    expect(left(list)).to.equal('2 annotations left to choose');
    radio(list, 0, 'mine').click();
    await list.updateComplete;
    expect(left(list)).to.equal('1 annotation left to choose');
    expect(button(list).getAttribute('aria-disabled')).to.equal('true');
    expect(await pressApply(list), 'nothing is applied with 1 left').to.equal(undefined);
    expect(root(list).activeElement?.id, 'the press took the reader to the one left').to.equal('conflict-2-mine');

    radio(list, 2, 'theirs').click();
    radio(list, 0, 'theirs').click(); // changing one's mind counts the last choice
    await list.updateComplete;
    expect(left(list)).to.equal('Every annotation chosen');
    expect(button(list).getAttribute('aria-disabled')).to.equal('false');
    const choices = await pressApply(list);
    expect(choices && [...choices].sort()).to.deep.equal([['a1', 'theirs'], ['a2', 'theirs'], ['a3', 'theirs']]);
  });

  it('does not apply while a sync is under way', async () => {
    const list = await shown([DELETED_THERE]);
    radio(list, 0, 'mine').click();
    list.busy = true;
    await list.updateComplete;
    expect(button(list).getAttribute('aria-disabled')).to.equal('true');
    expect(await pressApply(list)).to.equal(undefined);
    list.busy = false;
    await list.updateComplete;
    expect(await pressApply(list)).to.deep.equal(new Map([['a2', 'mine']]));
  });

  it('keeps the choices of the annotations still in conflict when a later sync gives new conflicts', async () => {
    const list = await shown([NOTE_EDIT, DELETED_THERE]);
    radio(list, 0, 'theirs').click();
    radio(list, 1, 'mine').click();
    list.conflicts = [DELETED_THERE, SPAN_EDIT];
    await list.updateComplete;
    expect(left(list)).to.equal('1 annotation left to choose');
    expect([radio(list, 0, 'mine').checked, radio(list, 0, 'theirs').checked, radio(list, 1, 'mine').checked, radio(list, 1, 'theirs').checked]).to.deep.equal([
      true,
      false,
      false,
      false,
    ]);
  });

  it('is used by keyboard alone: arrows between the versions, Tab to the next conflict and to the button, Enter applies', async () => {
    const list = await shown([NOTE_EDIT, DELETED_THERE]);
    radio(list, 0, 'mine').focus();
    await sendKeys({ press: 'ArrowRight' });
    await list.updateComplete;
    expect([radio(list, 0, 'mine').checked, radio(list, 0, 'theirs').checked]).to.deep.equal([false, true]);
    await sendKeys({ press: 'Tab' });
    expect(root(list).activeElement?.id).to.equal('conflict-1-mine');
    await sendKeys({ press: 'Space' });
    await list.updateComplete;
    expect(left(list)).to.equal('Every annotation chosen');
    await sendKeys({ press: 'Tab' });
    expect(root(list).activeElement?.className).to.equal('primary apply');
    let choices: ReadonlyMap<string, ConflictChoice> | undefined;
    list.addEventListener('cr-sync-conflicts-apply', (event) => (choices = event.detail.choices));
    await sendKeys({ press: 'Enter' });
    expect(choices).to.deep.equal(
      new Map<string, ConflictChoice>([
        ['a1', { side: 'theirs', seen: NOTE_EDIT.seen! }],
        ['a2', { side: 'mine' }],
      ]),
    );
  });

  it('hands each choice up with the server version it was shown, and asks again when a later sync shows a newer one', async () => {
    const list = await shown([NOTE_EDIT]);
    radio(list, 0, 'mine').click();
    await list.updateComplete;
    expect(await pressApplyWhole(list)).to.deep.equal(new Map([['a1', { side: 'mine', seen: NOTE_EDIT.seen }]]));
    list.conflicts = [{ ...NOTE_EDIT, theirs: { ...NOTE_EDIT.theirs, note: 'Newer' }, seen: { ...NOTE_EDIT.seen!, note: 'Newer' } }];
    await list.updateComplete;
    expect([radio(list, 0, 'mine').checked, left(list)]).to.deep.equal([false, '1 annotation left to choose']);
  });

  it('speaks German', async () => {
    await applyLocale('de');
    const list = await shown([DELETED_THERE]);
    expect([...root(list).querySelectorAll('label.side')].map(text)).to.deep.equal(['Ihre Fassung Kategorien: Statistik Keine Notiz', 'Auf dem Server Gelöscht']);
    expect(text(button(list))).to.equal('Übernehmen und synchronisieren');
    expect(left(list)).to.equal('1 Anmerkung noch zu wählen');
  });

  for (const locale of ['en', 'de'] as const) {
    it(`is axe clean (${locale})`, async () => {
      await applyLocale(locale);
      const list = await shown([NOTE_EDIT, DELETED_THERE, SPAN_EDIT]);
      radio(list, 0, 'mine').click();
      await list.updateComplete;
      await expect(list).to.be.accessible();
    });
  }
});
