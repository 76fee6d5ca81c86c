/**
 * What the teacher is told of a received hand-in, in English and German: saved with its counts
 * (and the hand-in it replaced), or nothing saved because a newer one, or this one, is kept.
 */
import { expect } from '@open-wc/testing';
import type { ReceivedHandIn } from '../../../src/app/assignments/receive-hand-in.js';
import { handInReceivedMessage } from '../../../src/ui/assignments/hand-in-received-message.js';
import { formatDateTime } from '../../../src/ui/shared/format-date-time.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';

const T1 = '2026-03-05T10:00:00.000Z';
const T2 = '2026-03-06T10:00:00.000Z';
const BASE: ReceivedHandIn = {
  outcome: { kind: 'saved' }, assignmentId: 'a', assignmentTitle: 'Akteure finden', student: 'Kim', handedIn: T2,
  setId: 'received:a:kim', documentId: '001', annotations: 6, placedAnew: 2, unplaced: 0, skipped: 0, textDiffers: true,
};

describe('the message of a received hand-in', () => {
  afterEach(() => applyLocale('en'));

  const cases: readonly (readonly [string, Partial<ReceivedHandIn>, () => string, () => string])[] = [
    ['saved', {}, () => 'Hand-in by Kim for “Akteure finden” saved: 6 annotations (2 placed anew, 0 unplaced).', () => 'Abgabe von Kim für „Akteure finden“ gespeichert: 6 Annotationen (2 neu platziert, 0 nicht platziert).'],
    ['saved, one annotation', { annotations: 1, placedAnew: 0, unplaced: 1 }, () => 'Hand-in by Kim for “Akteure finden” saved: 1 annotation (0 placed anew, 1 unplaced).', () => 'Abgabe von Kim für „Akteure finden“ gespeichert: 1 Annotation (0 neu platziert, 1 nicht platziert).'],
    [
      'saved, replacing an older one',
      { outcome: { kind: 'saved', replaced: T1 } },
      () => `Hand-in by Kim for “Akteure finden” saved: 6 annotations (2 placed anew, 0 unplaced). It replaces the hand-in of ${formatDateTime(T1)}.`,
      () => `Abgabe von Kim für „Akteure finden“ gespeichert: 6 Annotationen (2 neu platziert, 0 nicht platziert). Sie ersetzt die Abgabe vom ${formatDateTime(T1)}.`,
    ],
    [
      'older than the one kept',
      { outcome: { kind: 'older', kept: T2 }, handedIn: T1 },
      () => `The hand-in by Kim for “Akteure finden” of ${formatDateTime(T1)} is older than the one kept (${formatDateTime(T2)}): the newer one is kept. Nothing was saved.`,
      () => `Die Abgabe von Kim für „Akteure finden“ vom ${formatDateTime(T1)} ist älter als die gespeicherte (${formatDateTime(T2)}): Die neuere bleibt. Nichts wurde gespeichert.`,
    ],
    [
      'the same again',
      { outcome: { kind: 'same' } },
      () => `The hand-in by Kim for “Akteure finden” of ${formatDateTime(T2)} is saved already. Nothing changed.`,
      () => `Die Abgabe von Kim für „Akteure finden“ vom ${formatDateTime(T2)} ist schon gespeichert. Nichts wurde geändert.`,
    ],
  ];

  for (const [name, fields, english, german] of cases) {
    it(`${name}, in English and German`, async () => {
      expect(handInReceivedMessage({ ...BASE, ...fields })).to.equal(english());
      await applyLocale('de');
      expect(handInReceivedMessage({ ...BASE, ...fields })).to.equal(german());
    });
  }
});
