/**
 * <cr-solid-sign-in> (issue 18) before the tab leaves the app: the server field is filled with the
 * server typed last and keeps what is typed; before anything happens it says where the reader will
 * go and that nothing is sent; an address that is no server, a server that cannot be reached, and
 * a server that is no Solid sign-in server are each named, and the page stays where it is. German
 * first, axe clean. The sign-in round trip itself runs end to end against a real Solid server
 * (test/e2e/hand-in-box.test.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CrSolidSignIn } from '../../../src/ui/shared/solid-sign-in.js';
import '../../../src/ui/shared/solid-sign-in.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';

const LAST_SERVER_KEY = 'close-reader.solid-server';

function words(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element, once the library has loaded and the button can be pressed. */
async function signIn(): Promise<CrSolidSignIn> {
  const element = await fixture<CrSolidSignIn>(html`<cr-solid-sign-in return-to="#/assignment/x"></cr-solid-sign-in>`);
  await waitUntil(() => element.querySelector<HTMLButtonElement>('button[type=submit]')?.getAttribute('aria-disabled') === 'false', 'the sign-in did not render', { timeout: 10_000 });
  return element;
}

/** Types `address` into the field as a reader does and presses Sign in. */
async function submit(element: CrSolidSignIn, address: string): Promise<string> {
  const field = element.querySelector<HTMLInputElement>('#cr-solid-server')!;
  field.value = address;
  field.dispatchEvent(new Event('input'));
  await element.updateComplete;
  element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await waitUntil(() => element.querySelector('[role=alert]') !== null, 'no problem shown', { timeout: 25_000 });
  return words(element.querySelector('[role=alert]'));
}

describe('signing in to a Solid server, before leaving the app', () => {
  beforeEach(async () => {
    localStorage.removeItem(LAST_SERVER_KEY);
    await applyLocale('de');
  });
  after(() => localStorage.removeItem(LAST_SERVER_KEY));

  it('fills the field with the server typed last, keeps what is typed, and says where the reader will go', async () => {
    localStorage.setItem(LAST_SERVER_KEY, 'https://solid.schule.example');
    const element = await signIn();
    const field = element.querySelector<HTMLInputElement>('#cr-solid-server')!;
    expect(field.value).to.equal('https://solid.schule.example');
    expect(words(element.querySelector('#cr-solid-server-hint'))).to.equal(
      'Sie gehen zur Anmeldung zu https://solid.schule.example/ und kommen dann hierher zurück. Nichts wird gesendet, bevor Sie es sagen.',
    );
    field.value = 'https://pod.example';
    field.dispatchEvent(new Event('input'));
    expect(localStorage.getItem(LAST_SERVER_KEY)).to.equal('https://pod.example');
  });

  it('names an address that is no server, and stays', async () => {
    const element = await signIn();
    const before = location.href;
    expect(await submit(element, 'mailto:lehrerin@schule.example')).to.equal(
      'Geben Sie die Adresse Ihres Solid-Servers ein, etwa https://solid.schule.example/.',
    );
    expect(location.href).to.equal(before);
  });

  it('names a server that cannot be reached', async () => {
    const element = await signIn();
    // Port 9 (discard) has no listener here: the connection is refused at once.
    expect(await submit(element, 'http://127.0.0.1:9/')).to.equal(
      'http://127.0.0.1:9/ ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.',
    );
  });

  it('while the server is checked, the button keeps the focus, says it is busy and does nothing more', async () => {
    const element = await signIn();
    const field = element.querySelector<HTMLInputElement>('#cr-solid-server')!;
    field.value = 'http://127.0.0.1:9/';
    field.dispatchEvent(new Event('input'));
    await element.updateComplete;
    const button = element.querySelector<HTMLButtonElement>('button[type=submit]')!;
    button.focus();
    button.click();
    await element.updateComplete;
    expect([button.getAttribute('aria-disabled'), document.activeElement === button]).to.deep.equal(['true', true]);
    button.click();
    await waitUntil(() => element.querySelector('[role=alert]') !== null, 'no problem shown', { timeout: 25_000 });
    expect([element.querySelectorAll('[role=alert]').length, button.getAttribute('aria-disabled'), document.activeElement === button]).to.deep.equal([1, 'false', true]);
  });

  it('names a server that answers but is no Solid sign-in server (the test page’s own server)', async () => {
    const element = await signIn();
    const own = `${location.origin}/`;
    expect(await submit(element, own)).to.equal(`Bei ${own} kann man sich nicht mit Solid anmelden. Prüfen Sie die Adresse.`);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`has no axe violation with a problem shown (${locale})`, async () => {
      await applyLocale(locale);
      const element = await signIn();
      await submit(element, 'mailto:x');
      await expect(element).to.be.accessible();
    });
  }
});
