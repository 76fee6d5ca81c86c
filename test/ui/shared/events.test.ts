/**
 * Typed custom events (src/ui/shared/events.ts): `fire` sends an event out of a component's shadow
 * root to whoever renders it, with its detail (or null); `on` hands a template listener the detail.
 */
import { expect } from '@open-wc/testing';
import { fire, on } from '../../../src/ui/shared/events.js';

/** A host with a shadow root and a button inside it, as a component renders one. */
function component(): { host: HTMLElement; inner: HTMLButtonElement } {
  const host = document.createElement('div');
  const inner = document.createElement('button');
  host.attachShadow({ mode: 'open' }).append(inner);
  document.body.append(host);
  return { host, inner };
}

describe('typed custom events', () => {
  it('fire sends the event with its detail out of the shadow root', () => {
    const { host, inner } = component();
    const received: string[] = [];
    document.body.addEventListener('cr-tag', (event) => received.push(event.detail.categoryId), { once: true });
    fire(inner, 'cr-tag', { categoryId: 'actor' });
    host.remove();
    expect(received).to.deep.equal(['actor']);
  });

  it('fire gives an event without detail a null detail', () => {
    const { host, inner } = component();
    let detail: unknown = 'unset';
    host.addEventListener('cr-undo', (event) => (detail = event.detail), { once: true });
    fire(inner, 'cr-undo');
    host.remove();
    expect(detail).to.equal(null);
  });

  it('on hands the listener the detail of the event it names', () => {
    const directions: number[] = [];
    const listener = on('cr-find-step', ({ direction }) => directions.push(direction));
    listener(new CustomEvent('cr-find-step', { detail: { direction: -1 } }));
    expect(directions).to.deep.equal([-1]);
  });

  it('on refuses an event of another name (a binding and its listener that disagree)', () => {
    const listener = on('cr-find-step', () => undefined);
    expect(() => listener(new CustomEvent('cr-find', { detail: { query: 'x', matchCaseAndAccents: false } }))).to.throw(TypeError);
  });
});
