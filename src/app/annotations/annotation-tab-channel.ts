/**
 * How the annotation stores of several tabs keep in step (shared/ARCHITECTURE.md, "Data flow"):
 * after each write a tab says over a BroadcastChannel which documents, which sets and which
 * annotations it changed, and the other tabs read those sets again (annotation-store.ts): a hand-in
 * collected while another tab has the class loaded costs that tab one set, not the class. The
 * message names what changed, never the records themselves: the database is the one truth, and a
 * tab reads it.
 */

/** What one tab tells the others after a write. */
export interface AnnotationsMessage {
  readonly documentIds: readonly string[];
  /** The annotations changed; absent when any of the documents' may have (an import). */
  readonly ids?: readonly string[];
  /** The only sets changed; absent when any set of the documents may have (a tab of an older version). */
  readonly sets?: readonly string[];
}

/** The channel's name: the same in every tab of the app. */
export const ANNOTATIONS_CHANNEL = 'close-reader-annotations';

/** A BroadcastChannel that carries {@link AnnotationsMessage}s; nothing where the browser has none. */
export class AnnotationTabChannel {
  private readonly channel: BroadcastChannel | undefined;

  constructor(name: string | undefined, onMessage: (message: AnnotationsMessage) => void) {
    if (!name || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = readMessage(event.data);
      if (message) onMessage(message);
    };
  }

  /** Tells the other tabs. */
  post(message: AnnotationsMessage): void {
    if (message.documentIds.length > 0) this.channel?.postMessage(message);
  }

  /** Stops listening and telling. */
  close(): void {
    this.channel?.close();
  }
}

/**
 * A message as another tab sent it, or undefined for one that is none. A tab still running the
 * version before this one sends `{ documentId }`: read as "anything of that document"; one that
 * sends no `sets`: read as "any set of those documents".
 */
function readMessage(data: unknown): AnnotationsMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { documentIds, documentId, ids, sets } = data as { documentIds?: unknown; documentId?: unknown; ids?: unknown; sets?: unknown };
  const strings = (value: unknown): string[] | undefined =>
    Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
  const documents = strings(documentIds) ?? (typeof documentId === 'string' ? [documentId] : undefined);
  if (!documents) return undefined;
  const changed = strings(ids);
  const written = strings(sets);
  return { documentIds: documents, ...(changed && { ids: changed }), ...(written && { sets: written }) };
}
