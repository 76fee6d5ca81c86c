/**
 * The card's note is saved as the reader types, in a real Chromium with real focus and keys: after
 * a pause, at once when the page goes (pagehide), and once more, marked ended, when the reader
 * leaves the field; a save that lands while the reader types on takes nothing from the field.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/ui/reader/annotation-card.js';
import type { CrAnnotationCard } from '../../../src/ui/reader/annotation-card.js';
import type { CrEventDetails } from '../../../src/ui/shared/events.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { makeAnnotation } from '../../support/annotations.js';

type NoteSave = CrEventDetails['cr-annotation-note'];

describe('the note of the annotation card', () => {
  let card: CrAnnotationCard;
  let saves: NoteSave[];

  function field(): HTMLTextAreaElement {
    return card.shadowRoot!.querySelector('textarea')!;
  }

  /** Types `text` at the caret as one input event, within the current task. */
  function typeAtOnce(text: string): void {
    field().setRangeText(text, field().selectionStart, field().selectionEnd, 'end');
    field().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  }

  function status(): string {
    return card.shadowRoot!.querySelector('.note-status')?.textContent ?? '';
  }

  beforeEach(async () => {
    await applyLocale('en');
    saves = [];
    card = await fixture<CrAnnotationCard>(html`<cr-annotation-card .annotations=${[makeAnnotation({ id: 'a', note: 'Alt' })]}></cr-annotation-card>`);
    card.addEventListener('cr-annotation-note', (event) => saves.push(event.detail));
    field().focus();
    field().setSelectionRange(3, 3);
  });

  it('saves after a pause in typing, without leaving the field, in one typing session', async () => {
    await sendKeys({ type: ' und neu' });
    await waitUntil(() => saves.at(-1)?.note === 'Alt und neu', 'nothing was saved while the field had the focus');
    expect(card.shadowRoot!.activeElement).to.equal(field());
    expect(new Set(saves.map((save) => save.session)).size).to.equal(1);
    expect(saves.every((save) => save.ended === false && save.id === 'a')).to.be.true;
    expect(status()).to.equal('Saving…');
  });

  it('saves at once, before the pause is over, when the page is left', () => {
    // Typed and left in one task: no pause can have passed in between.
    typeAtOnce('!');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(saves.map(({ note, ended }) => [note, ended])).to.deep.equal([['Alt!', false]]);
  });

  it('saves once more, marked ended, when the reader leaves the field: the one save announced', () => {
    typeAtOnce('!');
    field().blur();
    expect(saves.map(({ note, ended }) => [note, ended])).to.deep.equal([['Alt!', true]]);
    const session = saves[0]!.session;
    field().focus();
    typeAtOnce('?');
    card.close();
    expect(saves.map(({ note, ended }) => [note, ended])).to.deep.equal([['Alt!', true], ['Alt!?', true]]);
    expect(saves[1]!.session).not.to.equal(session);
  });

  it('keeps what the reader typed on when an earlier save comes back, and says Saved once it is kept', async () => {
    await sendKeys({ type: 'ab' });
    const caret = field().selectionStart;
    // The store gives back the save of "Alta" while the field already holds "Altab".
    card.annotations = [makeAnnotation({ id: 'a', note: 'Alta' })];
    await card.updateComplete;
    expect([field().value, field().selectionStart, caret]).to.deep.equal(['Altab', 5, 5]);
    await waitUntil(() => saves.at(-1)?.note === 'Altab', 'nothing was saved');
    card.annotations = [makeAnnotation({ id: 'a', note: 'Altab' })];
    await waitUntil(() => status() === 'Saved', 'the field does not say it was saved');
    expect(field().value).to.equal('Altab');
  });

  it('shows a change from elsewhere (an undo) once nothing typed waits', async () => {
    card.annotations = [makeAnnotation({ id: 'a', note: 'Rückgängig' })];
    await card.updateComplete;
    expect(field().value).to.equal('Rückgängig');
    expect(saves).to.deep.equal([]);
  });
});
