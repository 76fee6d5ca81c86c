/**
 * A component's view of a store it receives through @lit/context: the store, and a re-render (or
 * `onChange`) whenever the store changes or a new store is provided, including one that arrives
 * after the component connected. The one way components read a store (ARCHITECTURE.md, data flow).
 */
import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { StoreController, type Subscribable } from './store-controller.js';

/** The store a component was given, or undefined until one is provided. */
export interface ConsumedStore<T> {
  readonly value?: T | undefined;
}

/**
 * Gives `host` the store provided for `context` and keeps it current: on every change of the store,
 * and when a (new) store is provided, it re-renders `host`, or runs `onChange` instead for a
 * component that must do more than render (count again, reload). Read `.value` for the store.
 */
export function consumeStore<T extends Subscribable>(
  host: ReactiveControllerHost & HTMLElement,
  context: Context<unknown, T>,
  onChange?: () => void,
): ConsumedStore<T> {
  const watch = new StoreController(host, () => consumer.value, onChange);
  const consumer = new ContextConsumer(host, {
    context,
    subscribe: true,
    callback: () => {
      watch.resubscribe();
      // A new store is a change too; the consumer itself already re-renders the host.
      onChange?.();
    },
  });
  return consumer;
}
