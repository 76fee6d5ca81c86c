/**
 * What to tell the reader when storage fails (shared/ARCHITECTURE.md, "Storage": a clear message,
 * nothing lost). IndexedDB reports failures as DOMExceptions named by the spec; this turns the ones
 * browsers really produce into a sentence the reader can act on. The UI localizes around it.
 */

/** Sentences for the DOMException names IndexedDB writes fail with, keyed by `name`. */
const SENTENCES: Readonly<Record<string, string>> = {
  QuotaExceededError:
    "The browser's storage is full (quota exceeded), so the change was not saved. " +
    "Free some space (export and remove articles you no longer need, or clear other sites' data) and try again.",
  InvalidStateError:
    "The connection to the browser's storage was closed, often because Close Reader was updated in another tab. " +
    'Reload the page; what was saved before is kept.',
  TransactionInactiveError:
    'The change was not saved because the storage transaction had already ended. Please try again.',
  AbortError: 'The change was cancelled before it was saved, so nothing of it was written. Please try again.',
  UnknownError:
    "The browser's storage failed for a reason it did not give (a full disk or a damaged browser profile can cause this). " +
    'The change was not saved.',
  VersionError:
    'The data stored in this browser was written by a newer version of Close Reader. Reload the page to get that version.',
};

/** The name Firefox once gave a full quota, before it used QuotaExceededError. */
const LEGACY_QUOTA_NAME = 'NS_ERROR_DOM_QUOTA_REACHED';

/**
 * A plain sentence for a storage failure: quota exceeded and the other IndexedDB failures get a
 * sentence saying what happened and what to do; a failure to open the database is described by its
 * reason or its cause; anything else by its own message.
 */
export function describeStorageError(error: unknown): string {
  const name = errorName(error);
  if (name === LEGACY_QUOTA_NAME) return SENTENCES['QuotaExceededError']!;
  if (name !== undefined && Object.hasOwn(SENTENCES, name)) return SENTENCES[name]!;
  if (name === 'StorageUnavailableError') return describeUnavailable(error as Error & { reason?: string });
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

/** Sentences for the StorageUnavailableError of database.ts, which says why opening failed. */
function describeUnavailable(error: Error & { reason?: string }): string {
  switch (error.reason) {
    case 'unavailable':
      return 'This browser does not let the page store data (IndexedDB is unavailable, as in some private windows), ' +
        'so nothing you tag can be kept.';
    case 'blocked':
      return 'Close Reader is open in another tab with an older version. Close that tab, then reload this one.';
    default:
      // The cause says more than "failed": a newer version's data, a full disk.
      return error.cause !== undefined ? describeStorageError(error.cause) : error.message;
  }
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}
