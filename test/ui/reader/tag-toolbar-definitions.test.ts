/**
 * A category's definition and example in the tag toolbar (issue 15): shown while the category's
 * button has keyboard focus (and on hover), tied to the button with aria-describedby so that a
 * screen reader says it, dismissed with Escape, in the reader's language; left out when an
 * assignment's rule hides the definitions, and never there for a category without one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CrTagToolbar } from '../../../src/ui/reader/tag-toolbar.js';
import '../../../src/ui/reader/tag-toolbar.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { SCHEME_CATEGORIES } from '../../support/assignments.js';

describe('definitions in the tag toolbar', () => {
  afterEach(() => applyLocale('en'));

  async function toolbar(hide = false): Promise<CrTagToolbar> {
    return fixture<CrTagToolbar>(html`<cr-tag-toolbar .categories=${SCHEME_CATEGORIES} ?hide-definitions=${hide}></cr-tag-toolbar>`);
  }

  const buttons = (bar: CrTagToolbar): HTMLButtonElement[] => [...bar.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.category')];
  /** The tooltip a button is described by, if any, and whether it shows. */
  function tooltip(bar: CrTagToolbar, button: HTMLButtonElement): { text: string; shown: boolean } | undefined {
    const id = button.getAttribute('aria-describedby');
    const tip = id ? bar.shadowRoot!.getElementById(id) : null;
    if (!tip) return undefined;
    return { text: [...tip.children].map((part) => part.textContent).join(' | '), shown: getComputedStyle(tip).display !== 'none' };
  }

  it('shows a category’s definition and example while its button has focus, and says them to screen readers', async () => {
    const bar = await toolbar();
    const [actor, policy] = buttons(bar);
    expect(tooltip(bar, actor!)).to.deep.equal({ text: 'Who acts or speaks. | Example: die Bürgermeisterin', shown: false });
    actor!.focus();
    expect(tooltip(bar, actor!)).to.deep.equal({ text: 'Who acts or speaks. | Example: die Bürgermeisterin', shown: true });
    expect(bar.shadowRoot!.getElementById(actor!.getAttribute('aria-describedby')!)!.getAttribute('role')).to.equal('tooltip');
    expect([tooltip(bar, policy!), policy!.hasAttribute('aria-describedby')]).to.deep.equal([undefined, false]);
  });

  it('hides the tooltip on Escape until the button is left', async () => {
    const bar = await toolbar();
    const [actor, policy] = buttons(bar);
    actor!.focus();
    actor!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await bar.updateComplete;
    expect(tooltip(bar, actor!)!.shown).to.equal(false);
    policy!.focus();
    actor!.focus();
    await bar.updateComplete;
    expect(tooltip(bar, actor!)!.shown).to.equal(true);
  });

  it('speaks German to a German reader', async () => {
    await applyLocale('de');
    const bar = await toolbar();
    expect(tooltip(bar, buttons(bar)[0]!)!.text).to.equal('Wer handelt oder spricht. | Beispiel: die Bürgermeisterin');
  });

  it('leaves the definitions out when the assignment hides them', async () => {
    const bar = await toolbar(true);
    expect(buttons(bar).map((button) => button.getAttribute('aria-describedby'))).to.deep.equal(SCHEME_CATEGORIES.map(() => null));
    expect(bar.shadowRoot!.querySelectorAll('[role=tooltip]').length).to.equal(0);
  });
});
