/**
 * What to tell the reader when storage fails (shared/ARCHITECTURE.md, "Storage": a clear message,
 * nothing lost). IndexedDB reports failures as DOMExceptions named by the spec; this turns the ones
 * browsers really produce into a problem (model/result.ts): a code the UI says in the reader's
 * language (ui/shared/problem-messages.ts), and a sentence in English the reader can act on.
 */
import { type Problem, problem } from '../model/result.js';

/**
 * Why a write or the opening of the database failed. `storage-failed` is any other failure; its
 * `reason` param is the browser's own words.
 */
export type StorageCode =
  | 'storage-quota-exceeded' | 'storage-connection-closed' | 'storage-transaction-inactive' | 'storage-aborted'
  | 'storage-unknown-failure' | 'storage-newer-version' | 'storage-read-only' | 'storage-unavailable' | 'storage-upgrade-blocked'
  | 'storage-failed';

/** Codes and sentences for the DOMException names IndexedDB writes fail with, keyed by `name`. */
const BY_NAME: Readonly<Record<string, { readonly code: StorageCode; readonly sentence: string }>> = {
  QuotaExceededError: {
    code: 'storage-quota-exceeded',
    sentence:
      "The browser's storage is full (quota exceeded), so the change was not saved. " +
      "Free some space (export and remove articles you no longer need, or clear other sites' data) and try again.",
  },
  InvalidStateError: {
    code: 'storage-connection-closed',
    sentence:
      "The connection to the browser's storage was closed, often because Close Reader was updated in another tab. " +
      'Reload the page; what was saved before is kept.',
  },
  TransactionInactiveError: {
    code: 'storage-transaction-inactive',
    sentence: 'The change was not saved because the storage transaction had already ended. Please try again.',
  },
  AbortError: {
    code: 'storage-aborted',
    sentence: 'The change was cancelled before it was saved, so nothing of it was written. Please try again.',
  },
  UnknownError: {
    code: 'storage-unknown-failure',
    sentence:
      "The browser's storage failed for a reason it did not give (a full disk or a damaged browser profile can cause this). " +
      'The change was not saved.',
  },
  VersionError: {
    code: 'storage-newer-version',
    sentence: 'The data stored in this browser was written by a newer version of Close Reader. Reload the page to get that version.',
  },
};

/**
 * The data was written by a newer version and is open read-only (storage/read-only-database.ts
 * names its refusal ReadOnlyDatabaseError): the notice the app shows all along, and why a change was refused.
 */
const READ_ONLY = {
  name: 'ReadOnlyDatabaseError',
  code: 'storage-read-only',
  sentence:
    'The data in this browser was written by a newer version of Close Reader. You can read and export here, ' +
    'but changes are not saved. Reload the newer version of Close Reader to edit.',
} as const satisfies { name: string; code: StorageCode; sentence: string };

/** The name Firefox once gave a full quota, before it used QuotaExceededError. */
const LEGACY_QUOTA_NAME = 'NS_ERROR_DOM_QUOTA_REACHED';

/** Sentences for the StorageUnavailableError of database.ts, which says why opening failed. */
const UNAVAILABLE = {
  unavailable: {
    code: 'storage-unavailable',
    sentence:
      'This browser does not let the page store data (IndexedDB is unavailable, as in some private windows), ' +
      'so nothing you tag can be kept.',
  },
  blocked: {
    code: 'storage-upgrade-blocked',
    sentence: 'Close Reader was updated. Close its other tabs: this one opens as soon as they are closed.',
  },
} as const satisfies Record<string, { code: StorageCode; sentence: string }>;

/**
 * A storage failure as a problem: quota exceeded and the other IndexedDB failures get their code
 * and a sentence saying what happened and what to do; a failure to open the database is described
 * by its reason or its cause; anything else is 'storage-failed' with its own message as `reason`.
 */
export function storageProblem(error: unknown): Problem<StorageCode> {
  const name = errorName(error);
  const known = name === LEGACY_QUOTA_NAME ? BY_NAME['QuotaExceededError'] : name !== undefined && Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined;
  if (known) return problem(known.code, {}, known.sentence);
  if (name === READ_ONLY.name) return readOnlyProblem();
  if (name === 'StorageUnavailableError') {
    const { reason, cause, message } = error as Error & { reason?: string };
    if (reason === 'unavailable' || reason === 'blocked') return problem(UNAVAILABLE[reason].code, {}, UNAVAILABLE[reason].sentence);
    // The cause says more than "failed": a newer version's data, a full disk.
    if (cause !== undefined) return storageProblem(cause);
    return failed(message);
  }
  if (error instanceof Error) return failed(error.message || error.name);
  if (typeof error === 'object' && error !== null && 'message' in error) return failed(String(error.message));
  return failed(String(error));
}

/**
 * A plain English sentence for a storage failure ({@link storageProblem}'s message), for where no
 * interface language is at hand yet (the start of the app).
 */
export function describeStorageError(error: unknown): string {
  return storageProblem(error).message;
}

/**
 * What the reader is told all along while the data is open read-only (written by a newer version),
 * and why each change is refused: the same words.
 */
export function readOnlyProblem(): Problem<StorageCode> {
  return problem(READ_ONLY.code, {}, READ_ONLY.sentence);
}

/** An error that says nothing can be stored here: thrown by a store asked to write without storage. */
export function noStorageError(): Error {
  return Object.assign(new Error(UNAVAILABLE.unavailable.sentence), { name: 'StorageUnavailableError', reason: 'unavailable' });
}

/** Any other failure: its own words as `reason`. */
function failed(reason: string): Problem<StorageCode> {
  return problem('storage-failed', { reason }, reason);
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}
