/**
 * The browser's file picker, opened from code: one way to ask the reader for files, whether they
 * bring a document, a category scheme or annotations to import.
 */

/** What the picker offers. */
export interface FilePickerOptions {
  /** The file types offered, as the `accept` attribute lists them (extensions and MIME types). */
  readonly accept: string;
  /** Whether the reader may choose several files at once (default: one). */
  readonly multiple?: boolean;
}

/**
 * Opens the file picker and resolves with the files the reader chose, in their order; with none
 * when they cancel. Call it straight from a click or key handler: browsers open a picker only
 * during a user gesture. A browser that fires no `cancel` event on a file input leaves the promise
 * pending when the reader cancels, which costs nothing.
 */
export function pickFiles({ accept, multiple = false }: FilePickerOptions): Promise<File[]> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.multiple = multiple;
  const chosen = new Promise<File[]>((resolve) => {
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
  });
  input.click();
  return chosen;
}
