/**
 * How carried documents join the library (src/model/w3c/carried-document-match.ts): matched by
 * IRI and digest, never by id; a taken id gives a new one, another text at a known IRI a copy. A
 * table of named cases, each with the exact ids, IRIs, redirects and notices it must give.
 */
import { expect } from '@open-wc/testing';
import type { OwnDocument } from '../../../src/model/documents/own-documents.js';
import { type KnownDocument, documentIdFor, matchCarriedDocuments } from '../../../src/model/w3c/carried-document-match.js';
import { stableUuid } from '../../../src/model/w3c/stable-uuid.js';

const SHIPPED: KnownDocument = {
  id: 'zweierlei-solidaritaet',
  iri: 'tag:close-reader.app,2026:documents/zweierlei-solidaritaet',
  title: 'Zweierlei Solidarität',
  digest: 'sha256:aaaa',
};
const OWN: KnownDocument = { id: 'rede-1a2b3c4d', iri: 'urn:uuid:00000000-0000-4000-8000-000000000001', title: 'Rede', digest: 'sha256:bbbb' };

function carried(id: string, iri: string, digest: string, title = 'Fremder Text'): OwnDocument {
  return {
    id,
    iri,
    title,
    lang: 'de',
    blocks: [{ type: 'paragraph', text: title }],
    digest,
    wordCount: 2,
    created: '2026-01-02T03:04:05.000Z',
    origin: { kind: 'file', fileName: 'a.jsonld' },
  };
}

const NEW_IRI = 'urn:uuid:00000000-0000-4000-8000-00000000000f';
/** The id a carried document titled "Fremder Text" at NEW_IRI gets when its own is taken. */
const RENAMED = `fremder-text-${stableUuid('close-reader:document-id', NEW_IRI).slice(0, 8)}`;
/** The IRI of the copy of a document with digest sha256:cccc whose IRI is SHIPPED's. */
const COPY_IRI = `urn:uuid:${stableUuid('close-reader:carried-copy', `${SHIPPED.iri}\u0000sha256:cccc`)}`;

const cases: {
  name: string;
  carried: OwnDocument[];
  known?: KnownDocument[];
  added: [string, string][];
  redirects: [string, string][];
  notices: { code: string; params: Record<string, string> }[];
}[] = [
  { name: 'a new IRI with a free id is added as it is', carried: [carried('fremd', NEW_IRI, 'sha256:cccc')], added: [['fremd', NEW_IRI]], redirects: [], notices: [] },
  { name: 'a known IRI with the same text is already here', carried: [carried('anders', SHIPPED.iri, SHIPPED.digest)], added: [], redirects: [], notices: [] },
  {
    name: 'a shipped article\'s id at another IRI gets a new id',
    carried: [carried(SHIPPED.id, NEW_IRI, 'sha256:cccc')],
    added: [[RENAMED, NEW_IRI]],
    redirects: [],
    notices: [{ code: 'carried-id-taken', params: { where: 'a.jsonld, closeReaderDocuments[0]', title: 'Fremder Text', id: SHIPPED.id, taken: SHIPPED.title, newId: RENAMED } }],
  },
  {
    name: 'an own document\'s id at another IRI gets a new id',
    carried: [carried(OWN.id, NEW_IRI, 'sha256:cccc')],
    added: [[RENAMED, NEW_IRI]],
    redirects: [],
    notices: [{ code: 'carried-id-taken', params: { where: 'a.jsonld, closeReaderDocuments[0]', title: 'Fremder Text', id: OWN.id, taken: 'Rede', newId: RENAMED } }],
  },
  {
    name: 'a shipped article\'s IRI with another text is added as a copy, and its annotations go there',
    carried: [carried(SHIPPED.id, SHIPPED.iri, 'sha256:cccc')],
    added: [[`fremder-text-${stableUuid('close-reader:document-id', COPY_IRI).slice(0, 8)}`, COPY_IRI]],
    redirects: [[SHIPPED.iri, COPY_IRI]],
    notices: [
      { code: 'carried-text-differs', params: { where: 'a.jsonld, closeReaderDocuments[0]', title: 'Fremder Text', iri: SHIPPED.iri, existing: SHIPPED.title } },
      {
        code: 'carried-id-taken',
        params: { where: 'a.jsonld, closeReaderDocuments[0]', title: 'Fremder Text', id: SHIPPED.id, taken: SHIPPED.title, newId: `fremder-text-${stableUuid('close-reader:document-id', COPY_IRI).slice(0, 8)}` },
      },
    ],
  },
  {
    name: 'the copy imported before is already here: nothing is added, the annotations still go to it',
    carried: [carried(SHIPPED.id, SHIPPED.iri, 'sha256:cccc')],
    known: [SHIPPED, OWN, { id: 'fremder-text-copy', iri: COPY_IRI, title: 'Fremder Text', digest: 'sha256:cccc' }],
    added: [],
    redirects: [[SHIPPED.iri, COPY_IRI]],
    notices: [],
  },
  {
    name: 'two carried documents with one id: the second gets a new id',
    carried: [carried('fremd', 'urn:uuid:00000000-0000-4000-8000-0000000000a1', 'sha256:dddd'), carried('fremd', NEW_IRI, 'sha256:cccc')],
    added: [['fremd', 'urn:uuid:00000000-0000-4000-8000-0000000000a1'], [RENAMED, NEW_IRI]],
    redirects: [],
    notices: [{ code: 'carried-id-taken', params: { where: 'a.jsonld, closeReaderDocuments[1]', title: 'Fremder Text', id: 'fremd', taken: 'Fremder Text', newId: RENAMED } }],
  },
  {
    name: 'the same document twice in one file is added once',
    carried: [carried('fremd', NEW_IRI, 'sha256:cccc'), carried('fremd', NEW_IRI, 'sha256:cccc')],
    added: [['fremd', NEW_IRI]],
    redirects: [],
    notices: [],
  },
];

describe('matching carried documents against the library', () => {
  for (const test of cases) {
    it(test.name, () => {
      const match = matchCarriedDocuments(test.carried, test.known ?? [SHIPPED, OWN], 'a.jsonld');
      expect(match.added.map((document) => [document.id, document.iri])).to.deep.equal(test.added);
      expect([...match.redirects]).to.deep.equal(test.redirects);
      expect(match.notices.map(({ code, params }) => ({ code, params }))).to.deep.equal(test.notices);
    });
  }

  it('keeps everything else of a renamed document as the file has it', () => {
    const document = carried(SHIPPED.id, NEW_IRI, 'sha256:cccc');
    const [added] = matchCarriedDocuments([document], [SHIPPED], 'a.jsonld').added;
    expect(added).to.deep.equal({ ...document, id: RENAMED });
  });

  it('makes an id from the title and the IRI, the next one while that is taken, "dokument" for a title without letters', () => {
    const first = documentIdFor('Zweierlei Solidarität', NEW_IRI, () => false);
    expect(first).to.equal(`zweierlei-solidaritat-${stableUuid('close-reader:document-id', NEW_IRI).slice(0, 8)}`);
    expect(documentIdFor('Zweierlei Solidarität', NEW_IRI, (id) => id === first)).to.equal(
      `zweierlei-solidaritat-${stableUuid('close-reader:document-id', `${NEW_IRI}\u00001`).slice(0, 8)}`,
    );
    expect(documentIdFor('中文', NEW_IRI, () => false)).to.match(/^dokument-[0-9a-f]{8}$/);
  });
});
