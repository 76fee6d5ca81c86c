/**
 * A store from context (src/ui/shared/store-consumer.ts): the component re-renders, or runs its
 * own `onChange`, when the store arrives (also after the component connected), when it changes,
 * and when another store replaces it; it stops listening to a replaced store and when removed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider, createContext } from '@lit/context';
import { LitElement } from 'lit';
import { consumeStore } from '../../../src/ui/shared/store-consumer.js';

/** A store with a name and listeners, changed by hand. */
class FakeStore {
  readonly listeners = new Set<() => void>();
  constructor(public name: string) {}
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  rename(name: string): void {
    this.name = name;
    for (const listener of this.listeners) listener();
  }
}

const storeContext = createContext<FakeStore>(Symbol('fake-store'));

/** Provides a store to what is inside it, once `provide` is called. */
class TestProvider extends LitElement {
  private readonly provider = new ContextProvider(this, { context: storeContext });
  provide(store: FakeStore): void {
    this.provider.setValue(store);
  }
}
customElements.define('test-store-provider', TestProvider);

/** Renders the store's name; notes the name at each `onChange` call. */
class TestConsumer extends LitElement {
  readonly seen: string[] = [];
  readonly store = consumeStore(this, storeContext);
  readonly counted = consumeStore(this, storeContext, () => {
    if (this.counted.value) this.seen.push(this.counted.value.name);
  });
  protected override render() {
    return html`${this.store.value?.name ?? 'none'}`;
  }
}
customElements.define('test-store-consumer', TestConsumer);

async function mount(): Promise<{ provider: TestProvider; consumer: TestConsumer }> {
  const provider = await fixture<TestProvider>(html`<test-store-provider><test-store-consumer></test-store-consumer></test-store-provider>`);
  const consumer = provider.querySelector<TestConsumer>('test-store-consumer');
  if (!consumer) throw new Error('no consumer');
  await consumer.updateComplete;
  return { provider, consumer };
}

async function shown(consumer: TestConsumer): Promise<string> {
  await consumer.updateComplete;
  return consumer.shadowRoot?.textContent?.trim() ?? '';
}

describe('a store from context', () => {
  it('has no store until one is provided, then renders it and runs onChange', async () => {
    const { provider, consumer } = await mount();
    expect(consumer.store.value).to.equal(undefined);
    expect(await shown(consumer)).to.equal('none');
    provider.provide(new FakeStore('first'));
    expect(await shown(consumer)).to.equal('first');
    expect(consumer.seen).to.deep.equal(['first']);
  });

  it('re-renders and runs onChange whenever the store changes', async () => {
    const { provider, consumer } = await mount();
    const store = new FakeStore('first');
    provider.provide(store);
    store.rename('renamed');
    expect(await shown(consumer)).to.equal('renamed');
    expect(consumer.seen).to.deep.equal(['first', 'renamed']);
  });

  it('follows a store that replaces the first, and no longer listens to the first', async () => {
    const { provider, consumer } = await mount();
    const first = new FakeStore('first');
    const second = new FakeStore('second');
    provider.provide(first);
    provider.provide(second);
    expect(await shown(consumer)).to.equal('second');
    expect(first.listeners.size).to.equal(0);
    expect(second.listeners.size).to.equal(2);
    second.rename('changed');
    expect(await shown(consumer)).to.equal('changed');
  });

  it('stops listening when the component is removed', async () => {
    const { provider, consumer } = await mount();
    const store = new FakeStore('first');
    provider.provide(store);
    consumer.remove();
    expect(store.listeners.size).to.equal(0);
  });
});
