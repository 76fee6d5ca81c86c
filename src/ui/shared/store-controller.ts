/**
 * Re-renders a component (or runs `onChange`) whenever a store it reads from changes: the
 * ReactiveController that ties a store subscription to the component's connected lifetime.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Anything with a `subscribe(listener) => unsubscribe`. */
export interface Subscribable {
  subscribe(listener: () => void): () => void;
}

/** Subscribes `host` to `store` while it is connected. */
export class StoreController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly getStore: () => Subscribable | undefined,
    private readonly onChange: () => void = () => host.requestUpdate(),
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
    this.unsubscribe = this.getStore()?.subscribe(() => this.onChange());
  }
}
