/**
 * What the reader's screen reader hears: one polite live region per page, fed by every tool
 * (tagging, navigation, find). Clearing it before each message makes the same message twice still
 * be read out.
 */
import type { ReactiveControllerHost } from 'lit';

/** Holds the current announcement and re-renders its host to show it. */
export class Announcer {
  /** The text of the live region. */
  message = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Announces `message`. */
  announce(message: string): void {
    this.message = '';
    this.host.requestUpdate();
    requestAnimationFrame(() => {
      this.message = message;
      this.host.requestUpdate();
    });
  }
}
