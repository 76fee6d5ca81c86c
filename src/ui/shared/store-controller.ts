/**
 * Re-renders a component (or runs `onChange`) whenever a store it reads from changes: the
 * ReactiveController that ties a store subscription to the component's connected lifetime.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Anything with a `subscribe(listener) => unsubscribe`; `A` is what the listener hears of a change. */
export interface Subscribable<A extends unknown[] = []> {
  subscribe(listener: (...change: A) => void): () => void;
}

/** Subscribes `host` to `store` while it is connected; `onChange` hears what the store says of each change. */
export class StoreController<A extends unknown[] = []> implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly getStore: () => Subscribable<A> | undefined,
    private readonly onChange: (...change: A) => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resubscribe();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Call when the store itself was replaced (e.g. a context delivered a new one). */
  resubscribe(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.getStore()?.subscribe((...change: A) => this.onChange(...change));
  }
}
