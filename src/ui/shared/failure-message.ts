/**
 * The sentence a reader sees when a write fails: that nothing was saved, and why, in words they can
 * act on (storage full, private mode) rather than an exception's name.
 */
import { msg, str } from '@lit/localize';
import { describeStorageError } from '../../app/storage-error.js';

/** "Not saved. …" and the reason, for an error thrown by a write. */
export function describeFailure(error: unknown): string {
  return msg(str`Not saved. ${describeStorageError(error)}`);
}
