/**
 * Every example of the W3C Web Annotation Data Model (test/fixtures/w3c-spec/, retyped, one file
 * per example). The four whose targets select text (23: TextQuoteSelector, 24: TextPositionSelector,
 * 29: a quote refining a FragmentSelector, 38: a position refining one) point at bundled articles
 * and are read with their passage; every other example names a page, an image, a video, a
 * region, and is skipped as a page note, never refusing its file. The one exception is example
 * 42, a collection whose first page is only an address: refused as 'page-not-embedded'.
 */
import { expect } from '@open-wc/testing';
import { messages } from '../../../src/model/result.js';
import { parseAnnotationFile } from '../../../src/model/w3c/w3c.js';

const iri = (id: string) => `tag:close-reader.app,2026:documents/${id}`;

/** What each example that selects text gives: source, quote or position. */
const PLACED: Record<number, string> = {
  23: `${iri('sanctuary-cities-gegen-trump')} "Sanctuary City"`,
  24: `${iri('kelly-keine-massenabschiebungen')} 518-609`,
  29: `${iri('zweierlei-solidaritaet')} "Solidarity City"`,
  38: `${iri('washington-erhoeht-den-druck')} 110-137`,
};

const name = (n: number) => `example-${String(n).padStart(2, '0')}.jsonld`;

describe('parse: the examples of the W3C Web Annotation Data Model', () => {
  for (let n = 1; n <= 41; n++) {
    const placed = PLACED[n];
    it(`${name(n)}: ${placed ? `read: ${placed}` : 'skipped as a page note, the file not refused'}`, async () => {
      const file = name(n);
      const result = parseAnnotationFile(await (await fetch(`/test/fixtures/w3c-spec/${file}`)).text(), file);
      if (!result.ok) expect.fail(messages(result.problems).join('\n'));
      expect(result.value.format).to.equal('w3c-annotation');
      if (placed) {
        expect(result.value.skipped).to.deep.equal([]);
        const [a] = result.value.annotations;
        expect(`${a!.source} ${a!.quote ? `"${a!.quote.exact}"` : `${a!.position!.start}-${a!.position!.end}`}`).to.equal(placed);
      } else {
        expect(result.value.annotations).to.deep.equal([]);
        expect(result.value.skipped.map((s) => s.reason)).to.deep.equal(['page-note']);
      }
    });
  }

  it('example-38 (the complete example): tag "love", creator with name and IRI, the Choice body read past', async () => {
    const result = parseAnnotationFile(await (await fetch('/test/fixtures/w3c-spec/example-38.jsonld')).text(), 'example-38.jsonld');
    if (!result.ok) expect.fail('refused');
    const [a] = result.value.annotations;
    expect([a!.tags, a!.creator, a!.creatorId, a!.created, a!.note]).to.deep.equal([[{ label: 'love' }], 'A. Person', 'http://example.org/user1', '2015-10-13T13:00:00.000Z', undefined]);
  });

  it('example-42: a collection whose pages are elsewhere is refused, naming the address', async () => {
    const result = parseAnnotationFile(await (await fetch(`/test/fixtures/w3c-spec/${name(42)}`)).text(), name(42));
    expect(result.ok ? [] : result.problems.map((p) => p.code)).to.deep.equal(['page-not-embedded']);
  });

  it('example-43: a page with a next page elsewhere: both annotations skipped as page notes, one warning', async () => {
    const result = parseAnnotationFile(await (await fetch(`/test/fixtures/w3c-spec/${name(43)}`)).text(), name(43));
    if (!result.ok) expect.fail(messages(result.problems).join('\n'));
    expect(result.value.skipped.map((s) => `${s.index} ${s.reason} ${s.source}`)).to.deep.equal(['0 page-note http://example.com/book/chapter1', '1 page-note http://example.com/book/chapter2']);
    expect(result.warnings.map((w) => w.code)).to.deep.equal(['more-pages']);
  });
});
