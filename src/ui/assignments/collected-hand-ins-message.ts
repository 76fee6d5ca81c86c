/**
 * What the teacher is told after collecting hand-ins (app/assignments/collect-hand-ins.ts), in the
 * reader's language: one sentence counting the outcomes ("28 hand-ins stored, 1 replaced an older
 * one, 1 file of another assignment, 1 broken.") and, per file, why it came out so.
 */
import { msg, str } from '@lit/localize';
import type { CollectedFile, CollectedOutcome } from '../../app/assignments/collect-hand-ins.js';
import { shorten } from '../../model/text/shorten.js';
import { formatBytes } from '../shared/format-bytes.js';
import { formatCount, plural } from '../shared/plural.js';
import { describeProblem } from '../shared/problem-messages.js';
import { handInReceivedMessage } from './hand-in-received-message.js';

/** The kinds of outcome, in the order they are listed. */
export const OUTCOME_ORDER: readonly CollectedOutcome['kind'][] = ['stored', 'not-newer', 'other-assignment', 'broken', 'zip-refused', 'skipped'];

/** The heading of a group of files of one outcome. */
export function outcomeHeading(kind: CollectedOutcome['kind']): string {
  switch (kind) {
    case 'stored':
      return msg('Stored');
    case 'not-newer':
      return msg('Not newer than the hand-in kept');
    case 'other-assignment':
      return msg('Of another assignment');
    case 'broken':
      return msg('Broken');
    case 'zip-refused':
      return msg('ZIP files not opened');
    case 'skipped':
      return msg('Skipped');
  }
}

/** The sentence counting the outcomes of `files`. */
export function collectedSummary(files: readonly CollectedFile[]): string {
  const count = (kind: CollectedOutcome['kind']): number => files.filter((file) => file.outcome.kind === kind).length;
  const replaced = files.filter((file) => file.outcome.kind === 'stored' && file.outcome.received.outcome.kind === 'saved' && file.outcome.received.outcome.replaced).length;
  const parts = [
    plural(count('stored'), { zero: () => msg('No hand-ins stored'), one: () => msg('1 hand-in stored'), other: (n) => msg(str`${n} hand-ins stored`) }),
    replaced ? plural(replaced, { one: () => msg('1 replaced an older one'), other: (n) => msg(str`${n} replaced older ones`) }) : '',
    count('not-newer') ? plural(count('not-newer'), { one: () => msg('1 not newer than the one kept'), other: (n) => msg(str`${n} not newer than the ones kept`) }) : '',
    count('other-assignment') ? plural(count('other-assignment'), { one: () => msg('1 file of another assignment'), other: (n) => msg(str`${n} files of another assignment`) }) : '',
    count('broken') ? plural(count('broken'), { one: () => msg('1 broken'), other: (n) => msg(str`${n} broken`) }) : '',
    count('zip-refused') ? plural(count('zip-refused'), { one: () => msg('1 ZIP not opened'), other: (n) => msg(str`${n} ZIPs not opened`) }) : '',
    count('skipped') ? plural(count('skipped'), { one: () => msg('1 file skipped'), other: (n) => msg(str`${n} files skipped`) }) : '',
  ];
  return `${parts.filter(Boolean).join(', ')}.`;
}

/** Why one file came out as it did. */
export function collectedReason(outcome: CollectedOutcome): string {
  switch (outcome.kind) {
    case 'stored':
    case 'not-newer':
      return handInReceivedMessage(outcome.received);
    case 'other-assignment': {
      const [student, title] = [shorten(outcome.student), shorten(outcome.assignmentTitle)];
      return msg(str`A hand-in by ${student} for “${title}”, another assignment: not stored.`);
    }
    case 'broken':
      return outcome.problems.map(describeProblem).join(' ');
    case 'skipped':
      return outcome.reason === 'entry-too-large' ? msg(str`Larger than 50 MB (${formatBytes(outcome.bytes)}): not opened.`) : msg('Not a hand-in file.');
    case 'zip-refused':
      if (outcome.reason === 'too-large') return msg(str`Larger than 200 MB (${formatBytes(outcome.bytes)}): not opened.`);
      if (outcome.reason === 'too-many-entries') return msg(str`Holds ${formatCount(outcome.entries)} files, more than ${formatCount(outcome.maxEntries)}: not opened.`);
      return msg('Not a readable ZIP file.');
  }
}
