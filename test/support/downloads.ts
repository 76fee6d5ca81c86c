/**
 * The files a page hands to the browser as downloads (src/ui/shared/download.ts clicks a link with
 * `download`), caught in component tests instead of saved: each file's name and text, in order.
 */

/** A caught download. */
export interface CaughtDownload {
  readonly name: string;
  readonly text: Promise<string>;
  /** The file's bytes as saved (text() drops a UTF-8 byte order mark; these keep it). */
  readonly bytes: Promise<Uint8Array>;
}

/** Catches downloads from `start()` until `stop()`; `files` lists them. */
export class CaughtDownloads {
  readonly files: CaughtDownload[] = [];

  private readonly catchOne = (event: MouseEvent): void => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    this.files.push({
      name: link.download,
      text: fetch(link.href).then((response) => response.text()),
      bytes: fetch(link.href).then(async (response) => new Uint8Array(await response.arrayBuffer())),
    });
  };

  start(): void {
    this.files.length = 0;
    document.addEventListener('click', this.catchOne, true);
  }

  stop(): void {
    document.removeEventListener('click', this.catchOne, true);
  }
}
