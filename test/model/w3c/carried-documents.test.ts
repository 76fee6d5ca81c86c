import { expect } from '@open-wc/testing';
import { readCarriedDocuments } from '../../../src/model/w3c/carried-documents.js';

const DOCUMENT = {
  id: 'kommunen-als-zufluchtsorte-1a2b3c4d',
  iri: 'urn:uuid:1a2b3c4d-0000-4000-8000-000000000001',
  title: 'Kommunen als Zufluchtsorte',
  lang: 'de',
  blocks: [
    { type: 'headline', text: 'Kommunen als Zufluchtsorte' },
    { type: 'paragraph', text: 'Immer mehr Städte erklären sich zu sicheren Häfen.', marks: [{ type: 'em', start: 11, end: 17 }] },
  ],
  digest: 'sha256:00',
  wordCount: 10,
  created: '2026-11-23T12:00:00.000Z',
};

describe('own documents carried in an export', () => {
  it('reads none from a file that carries none', () => {
    expect(readCarriedDocuments({ type: 'AnnotationCollection' }, 'a.jsonld')).to.deep.equal({ ok: true, value: [], warnings: [] });
  });

  it('reads a carried document with its blocks and emphasis, and recounts its words', () => {
    const read = readCarriedDocuments({ closeReaderDocuments: [DOCUMENT] }, 'a.jsonld');
    expect(read.ok).to.be.true;
    const [document] = read.ok ? read.value : [];
    expect(document?.title).to.equal('Kommunen als Zufluchtsorte');
    expect(document?.blocks[1]?.marks).to.deep.equal([{ type: 'em', start: 11, end: 17 }]);
    expect(document?.wordCount).to.equal(11);
    expect(document?.origin).to.deep.equal({ kind: 'file', fileName: 'a.jsonld' });
  });

  it('refuses a carried document without a title or with a broken block, saying where', () => {
    const read = readCarriedDocuments(
      { closeReaderDocuments: [{ ...DOCUMENT, title: '' }, { ...DOCUMENT, blocks: [{ type: 'script', text: 'x' }] }] },
      'a.jsonld',
    );
    expect(read.ok).to.be.false;
    const errors = read.ok ? [] : read.problems.map((problem) => problem.message).join('\n');
    expect(errors).to.match(/a\.jsonld, closeReaderDocuments\[0\]\.title/);
    expect(errors).to.match(/closeReaderDocuments\[1\]\.blocks\[0\]\.type: unknown block type "script"/);
  });
});
