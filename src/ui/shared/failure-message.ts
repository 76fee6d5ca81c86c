/**
 * The sentence a reader sees when a write fails: that nothing was saved, and why, in words they can
 * act on (storage full, private mode) rather than an exception's name, in the reader's language
 * (the failure's code, from app/storage-error.ts, said by problem-messages.ts).
 */
import { msg, str } from '@lit/localize';
import { storageProblem } from '../../app/storage-error.js';
import { describeProblem } from './problem-messages.js';

/** "Not saved. …" and the reason, for an error thrown by a write. */
export function describeFailure(error: unknown): string {
  const reason = describeProblem(storageProblem(error));
  return msg(str`Not saved. ${reason}`);
}
