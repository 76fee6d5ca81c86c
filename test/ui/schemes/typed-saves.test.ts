/**
 * TypedSaves (src/ui/schemes/typed-saves.ts): what is typed is saved after a pause, and at once
 * when the page is hidden or left, so that nothing typed is lost; a save finishing mid-word keeps
 * the newer text as the draft. The pause here is an hour, so that only a flush can have saved.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TypedSaves } from '../../../src/ui/schemes/typed-saves.js';

/** A host with no element: it connects its controllers when told. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
}

const HOUR = 60 * 60 * 1000;

describe('TypedSaves', () => {
  let host: Host;
  let typed: TypedSaves;
  let saved: [string, string][];
  const save = (field: string) => async (text: string): Promise<boolean> => {
    saved.push([field, text]);
    return text !== 'refused';
  };

  beforeEach(() => {
    host = new Host();
    typed = new TypedSaves(host, HOUR);
    saved = [];
    for (const controller of host.controllers) controller.hostConnected?.();
  });

  afterEach(() => {
    for (const controller of host.controllers) controller.hostDisconnected?.();
  });

  it('keeps the typed text as the field’s draft and saves only the last text of a burst', async () => {
    typed.type('actor:en', 'A', save('actor:en'));
    typed.type('actor:en', 'Ac', save('actor:en'));
    expect(typed.draft('actor:en')).to.equal('Ac');
    expect(saved).to.deep.equal([]);
    await typed.flush();
    expect(saved).to.deep.equal([['actor:en', 'Ac']]);
    expect(typed.draft('actor:en')).to.equal(undefined);
  });

  it('saves every waiting field when the page is left (pagehide)', async () => {
    typed.type('actor:en', 'Actors', save('actor:en'));
    typed.type('policy:de', 'Politik', save('policy:de'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await Promise.resolve();
    expect(saved).to.deep.equal([
      ['actor:en', 'Actors'],
      ['policy:de', 'Politik'],
    ]);
  });

  it('saves when the page is hidden (another tab, a phone switching apps), not when it is shown', async () => {
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    try {
      typed.type('actor:en', 'Actors', save('actor:en'));
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
      expect(saved).to.deep.equal([]);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
      expect(saved).to.deep.equal([['actor:en', 'Actors']]);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(visibility);
    }
  });

  it('saves what waits when its view goes away (another page of the app)', async () => {
    typed.type('actor:en', 'Actors', save('actor:en'));
    for (const controller of host.controllers) controller.hostDisconnected?.();
    await Promise.resolve();
    expect(saved).to.deep.equal([['actor:en', 'Actors']]);
  });

  it('keeps a refused text as the draft until it is discarded', async () => {
    typed.type('actor:en', 'refused', save('actor:en'));
    await typed.flush('actor:en');
    expect(typed.draft('actor:en')).to.equal('refused');
    typed.discard('actor:en');
    expect(typed.draft('actor:en')).to.equal(undefined);
  });

  it('keeps the newer text as the draft when the reader typed on while a save ran', async () => {
    let finish: (saved: boolean) => void = () => undefined;
    typed.type('actor:en', 'Act', () => new Promise<boolean>((resolve) => (finish = resolve)));
    const flushing = typed.flush('actor:en');
    typed.type('actor:en', 'Actor', save('actor:en'));
    finish(true);
    await flushing;
    expect(typed.draft('actor:en')).to.equal('Actor');
    await typed.flush();
    expect(typed.draft('actor:en')).to.equal(undefined);
  });
});
