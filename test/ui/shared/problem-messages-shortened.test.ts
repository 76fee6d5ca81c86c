/**
 * Problems said in the reader's language never carry an outside string whole
 * (src/ui/shared/problem-messages.ts with src/model/text/shorten.ts): a 1 MB id from a file, a
 * 100 KB label, a long file name and the English fallback sentence are shortened to their start
 * and end, and the message still names the thing.
 */
import { expect } from '@open-wc/testing';
import type { Problem } from '../../../src/model/result.js';
import { ELLIPSIS } from '../../../src/model/text/shorten.js';
import { parseAnnotationFile } from '../../../src/model/w3c/w3c.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { describeProblem } from '../../../src/ui/shared/problem-messages.js';
import { groupSkipped } from '../../../src/model/w3c/import-plan.js';
import { describeSkipped } from '../../../src/ui/shell/skipped-annotations.js';

const HUGE_ID = `urn:uuid:${'7'.repeat(1_000_000)}`;

describe('problems with long outside strings', () => {
  before(() => applyLocale('de'));
  after(() => applyLocale('en'));

  it('shortens a 1 MB annotation id in the example of what an import skips', () => {
    const text = JSON.stringify([{ '@context': 'http://www.w3.org/ns/anno.jsonld', id: HUGE_ID, type: 'Annotation', target: 5 }]);
    const parsed = parseAnnotationFile(text, 'notizen.jsonld');
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
    expect(groupSkipped(parsed.value.skipped).map(describeSkipped)).to.deep.equal([
      `1 Seitennotiz ohne Textstelle. (zum Beispiel Annotation 1, „urn:uuid:${'7'.repeat(11)}${ELLIPSIS}${'7'.repeat(19)}“)`,
    ]);
  });

  it('shortens a 100 KB label and a long file name to 80 characters each', () => {
    const label = `Gericht ${'x'.repeat(100_000)} Ende`;
    const file = `${'Bericht-'.repeat(50)}.jsonld`;
    const joins: Problem = { code: 'category-joins-scheme', params: { label, labelDe: label, iri: `tag:x/${'y'.repeat(100_000)}` }, message: 'fallback' };
    const empty: Problem = { code: 'no-annotations', params: { file }, message: 'fallback' };
    expect(describeProblem(joins)).to.equal(
      `„Gericht ${'x'.repeat(32)}${ELLIPSIS}${'x'.repeat(34)} Ende“ (tag:x/${'y'.repeat(34)}${ELLIPSIS}${'y'.repeat(39)}) kam mit Annotationen; sie gehört jetzt zum Schema.`,
    );
    expect(describeProblem(empty)).to.equal(`${'Bericht-'.repeat(5)}${ELLIPSIS}${'Bericht-'.repeat(4)}.jsonld: Die Datei enthält keine Annotationen.`);
  });

  it('shortens the English sentence of a code it has no words for, keeping its start and end', () => {
    const said = describeProblem({ code: 'no-such-code', params: {}, message: `${HUGE_ID} is unknown` });
    expect([...said].length).to.equal(160);
    expect(said).to.equal(`urn:uuid:${'7'.repeat(71)}${ELLIPSIS}${'7'.repeat(68)} is unknown`);
  });
});
