/**
 * <cr-instructions>: an assignment's Markdown shown as headings, lists and emphasis, never as
 * HTML: tags stay characters, links are text with their address and nothing to follow.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/ui/assignments/instructions-view.js';
import type { CrInstructions } from '../../../src/ui/assignments/instructions-view.js';

describe('assignment instructions', () => {
  it('shows headings one level under the page’s, paragraphs, lists and emphasis', async () => {
    const source = '# Worauf achten\n\nLesen Sie **genau** und *langsam*.\n\n- Wer spricht?\n- Welche Zahl?\n\n1. Zitate\n2. Quellen';
    const view = await fixture<CrInstructions>(html`<cr-instructions .source=${source}></cr-instructions>`);
    expect(view.shadowRoot!.querySelector('h2')!.textContent).to.equal('Worauf achten');
    expect(view.shadowRoot!.querySelector('p')!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('Lesen Sie <strong>genau</strong> und <em>langsam</em>.');
    expect([...view.shadowRoot!.querySelectorAll('ul li')].map((item) => item.textContent)).to.deep.equal(['Wer spricht?', 'Welche Zahl?']);
    expect([...view.shadowRoot!.querySelectorAll('ol li')].map((item) => item.textContent)).to.deep.equal(['Zitate', 'Quellen']);
  });

  it('never makes HTML of the text: a tag stays characters, a link is its text and address, nothing to click', async () => {
    const source = 'Siehe [die Quelle](javascript:alert(1)) <script>window.crRan = true</script> <img src=x onerror="window.crRan = true">';
    const view = await fixture<CrInstructions>(html`<cr-instructions .source=${source}></cr-instructions>`);
    const root = view.shadowRoot!;
    expect(root.querySelectorAll('a, script, img')).to.have.length(0);
    expect(root.querySelector('p')!.textContent).to.equal('Siehe die Quelle (javascript:alert(1)) <script>window.crRan = true</script> <img src=x onerror="window.crRan = true">');
    expect((window as { crRan?: boolean }).crRan).to.equal(undefined);
  });
});
