/**
 * An imported annotation's card shows who made it and the links its tool attached
 * (src/ui/reader/annotation-card.ts): each a link that opens in a new tab without access to this
 * page, its text the IRI shortened; an IRI that is not a web address is shown, never followed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/ui/reader/annotation-card.js';
import type { CrAnnotationCard } from '../../../src/ui/reader/annotation-card.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { makeAnnotation } from '../../support/annotations.js';

const LONG = `https://zeitung.example/${'a'.repeat(120)}`;

describe('the links and creator of an imported annotation in the card', () => {
  afterEach(() => applyLocale('en'));

  async function cardOf(fields: Parameters<typeof makeAnnotation>[0]): Promise<CrAnnotationCard> {
    return fixture<CrAnnotationCard>(html`<cr-annotation-card .annotations=${[makeAnnotation({ id: 'a', ...fields })]}></cr-annotation-card>`);
  }

  it('shows each link as a link to its IRI, shortened, opened in a new tab without opener or referrer', async () => {
    await applyLocale('en');
    const card = await cardOf({ links: ['https://zeitung.example/hintergrund', { id: LONG, type: 'Text' }] });
    const list = card.shadowRoot!.querySelector('ul.links')!;
    expect(list.getAttribute('aria-label')).to.equal('Links');
    const links = [...list.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent, a.target, a.rel]);
    expect(links).to.deep.equal([
      ['https://zeitung.example/hintergrund', 'https://zeitung.example/hintergrund', '_blank', 'noopener noreferrer'],
      [LONG, `${LONG.slice(0, 40)}…${LONG.slice(-39)}`, '_blank', 'noopener noreferrer'],
    ]);
  });

  it('shows an IRI that is not a web address as text, never as a link', async () => {
    const card = await cardOf({ links: ['javascript:alert(1)', 'urn:isbn:9783446'] });
    const items = [...card.shadowRoot!.querySelectorAll('ul.links li')];
    expect(items.map((item) => [item.textContent, item.querySelector('a')])).to.deep.equal([
      ['javascript:alert(1)', null],
      ['urn:isbn:9783446', null],
    ]);
  });

  it('says who made it, in the reader’s language; no list and no line when there is nothing to say', async () => {
    await applyLocale('de');
    const card = await cardOf({ creator: 'lehrerin' });
    expect(card.shadowRoot!.querySelector('.creator')?.textContent).to.equal('Von lehrerin');
    expect(card.shadowRoot!.querySelector('ul.links')).to.equal(null);
    const bare = await cardOf({});
    expect([bare.shadowRoot!.querySelector('.creator'), bare.shadowRoot!.querySelector('ul.links')]).to.deep.equal([null, null]);
  });
});
