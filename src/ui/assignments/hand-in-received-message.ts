/**
 * What the reader is told when a hand-in was received (app/assignments/receive-hand-in.ts), in the
 * reader's language: whose hand-in of which assignment was saved, with how many annotations and how
 * many of them were placed anew or found nowhere, and whether it replaced an older hand-in — or
 * that nothing was saved because a newer one (or this one) is kept already.
 */
import { msg, str } from '@lit/localize';
import type { ReceivedHandIn } from '../../app/assignments/receive-hand-in.js';
import { shorten } from '../../model/text/shorten.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { formatCount, plural } from '../shared/plural.js';

/** "Hand-in by Kim for „…“ saved: 6 annotations (2 placed anew, 0 unplaced)." and the other outcomes. */
export function handInReceivedMessage(received: ReceivedHandIn): string {
  const student = shorten(received.student);
  const title = shorten(received.assignmentTitle);
  const { outcome } = received;
  if (outcome.kind === 'same') return msg(str`The hand-in by ${student} for “${title}” of ${formatDateTime(received.handedIn)} is saved already. Nothing changed.`);
  if (outcome.kind === 'older') {
    return msg(str`The hand-in by ${student} for “${title}” of ${formatDateTime(received.handedIn)} is older than the one kept (${formatDateTime(outcome.kept)}): the newer one is kept. Nothing was saved.`);
  }
  const [anew, unplaced] = [formatCount(received.placedAnew), formatCount(received.unplaced)];
  const saved = plural(received.annotations, {
    zero: () => msg(str`Hand-in by ${student} for “${title}” saved: no annotations.`),
    one: () => msg(str`Hand-in by ${student} for “${title}” saved: 1 annotation (${anew} placed anew, ${unplaced} unplaced).`),
    other: (count) => msg(str`Hand-in by ${student} for “${title}” saved: ${count} annotations (${anew} placed anew, ${unplaced} unplaced).`),
  });
  return outcome.replaced ? `${saved} ${msg(str`It replaces the hand-in of ${formatDateTime(outcome.replaced)}.`)}` : saved;
}
