/**
 * The folder a reading is published to (issue 18): the one Close Reader offers in an account's
 * storage, what the reader typed read as a container's address, and the field that holds it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { LdpClient } from '../../app/sync/ldp-client.js';

/** The folder in an account's storage that Close Reader offers for shared projects. */
export const SHARED_FOLDER = 'close-reader/shared/';

/** A typed folder as a container URL (absolute http(s), ending with a slash), or undefined when it is none. */
export function containerUrl(typed: string): string | undefined {
  const trimmed = typed.trim();
  if (!URL.canParse(trimmed)) return undefined;
  const url = new URL(trimmed);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.search !== '' || url.hash !== '') return undefined;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The field "Folder on the server" of <cr-share-view>: what is typed (or filled in for the account,
 * never over the reader's words) and what is wrong with it. Updates its host on each change.
 */
export class FolderField implements ReactiveController {
  /** The folder as typed or filled in. */
  value = '';
  /** What is wrong with it, or why a preview could not be made; '' when nothing. */
  problem = '';
  private typed = false;
  private filled = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Fills the field once for an account: its `close-reader/shared/` folder when that exists (a GET
   * of the reader's own storage; nothing is sent), else the storage's root.
   */
  async fill(storage: string, client: LdpClient | undefined): Promise<void> {
    if (this.typed || this.filled) return;
    this.filled = true;
    const offered = new URL(SHARED_FOLDER, storage).href;
    const exists = (await client?.get(offered))?.ok ?? false;
    if (!this.typed) this.say({ value: exists ? offered : storage });
  }

  /** The reader typed `value`. */
  input(value: string): void {
    this.typed = true;
    this.say({ value, problem: '' });
  }

  /** The folder as a container URL; undefined, with the problem said, when it is none. */
  container(): string | undefined {
    const url = containerUrl(this.value);
    this.say({ problem: url === undefined ? msg('Enter the address of a folder on your Solid server, such as https://solid.example/alice/close-reader/shared/.') : '' });
    return url;
  }

  /** Sets what changed and updates the page. */
  say(change: { value?: string; problem?: string }): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }
}
