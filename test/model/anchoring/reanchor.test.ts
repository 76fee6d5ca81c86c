/**
 * Re-anchoring on open (src/model/anchoring/reanchor.ts) as a table: for a text as stored and as
 * changed, exactly which annotations come back and with what range. Only an annotation whose
 * stored range no longer holds its quote comes back; it keeps everything but its place.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { reanchorStale } from '../../../src/model/anchoring/reanchor.js';
import { annotationOn, makeAnnotation } from '../../support/annotations.js';

const TEXT =
  'Die Reaktion aus Kalifornien ließ kaum eine Stunde auf sich warten. San Francisco werde es nicht zulassen, ' +
  'dass Einwanderer hier in Angst leben, sagte Bürgermeister Ed Lee.\n\n' +
  '„Wir sind und bleiben eine Sanctuary City“, sagte er am Abend vor dem Rathaus.';
const INSERTED = 'Aktualisiert am Freitag: Das Rathaus hat inzwischen eine schriftliche Stellungnahme veröffentlicht. ';

/** Placed on TEXT, with a note and times, so that keeping them can be seen. */
const LEE = annotationOn(TEXT, 'Bürgermeister Ed Lee', { id: 'lee', documentId: 'sanctuary', note: 'der Bürgermeister', created: '2026-01-05T09:00:00.000Z', modified: '2026-01-06T09:00:00.000Z' });
const CITY = annotationOn(TEXT, 'Sanctuary City', { id: 'city', documentId: 'sanctuary', categoryIds: ['quote', 'policy'] });
/** Unplaced already, though its quote is in TEXT: re-anchoring leaves it as it is. */
const LOST = makeAnnotation({ id: 'lost', documentId: 'sanctuary', start: -1, end: -1, exact: 'Kalifornien', prefix: 'Die Reaktion aus ', suffix: ' ließ kaum' });
const STORED: readonly Annotation[] = [LEE, CITY, LOST];

/** TEXT with `inserted` put in before the first occurrence of `before`. */
function insertBefore(before: string, inserted: string): string {
  const at = TEXT.indexOf(before);
  if (at < 0) throw new Error(`"${before}" is not in the text`);
  return TEXT.slice(0, at) + inserted + TEXT.slice(at);
}

describe('re-anchoring the stored annotations of a changed text', () => {
  it('starts from the ranges it expects', () => {
    expect([LEE.start, LEE.end, CITY.start, CITY.end]).to.deep.equal([151, 171, 201, 215]);
  });

  const cases: { name: string; text: string; expected: readonly Annotation[] }[] = [
    { name: 'the text is unchanged: nothing comes back', text: TEXT, expected: [] },
    {
      name: 'a sentence inserted before them: both move by its length, the rest kept',
      text: INSERTED + TEXT,
      expected: [
        { ...LEE, start: LEE.start + INSERTED.length, end: LEE.end + INSERTED.length },
        { ...CITY, start: CITY.start + INSERTED.length, end: CITY.end + INSERTED.length },
      ],
    },
    {
      name: 'a sentence inserted between them: only the one after it moves, with its new prefix',
      text: insertBefore('„Wir sind', INSERTED),
      expected: [{ ...CITY, start: CITY.start + INSERTED.length, end: CITY.end + INSERTED.length, prefix: 'cht. „Wir sind und bleiben eine ' }],
    },
    {
      name: 'the quote is gone: unplaced (start and end -1) and kept whole',
      text: TEXT.replace('„Wir sind und bleiben eine Sanctuary City“', 'Dazu wollte er nichts sagen'),
      expected: [{ ...CITY, start: -1, end: -1 }],
    },
    {
      name: 'a word within a quote changed: placed approximately, its quote described anew, the one after moved',
      text: TEXT.replace('Bürgermeister Ed Lee', 'Bürgermeister Edwin Lee'),
      expected: [
        { ...LEE, start: 151, end: 174, exact: 'Bürgermeister Edwin Lee' },
        { ...CITY, start: 204, end: 218 },
      ],
    },
  ];

  for (const { name, text, expected } of cases) {
    it(name, () => {
      expect(reanchorStale(text, STORED)).to.deep.equal(expected);
    });
  }

  it('leaves an annotation that is already unplaced untouched, even where its quote is in the text', () => {
    expect(reanchorStale(INSERTED + TEXT, [LOST])).to.deep.equal([]);
    expect(LOST).to.include({ start: -1, end: -1 });
  });
});
