/**
 * What an imported annotation carries goes out again in the W3C export (w3c-export.ts): the
 * creator's IRI as the agent's `id` beside its name, the annotation's IRI in its own tool as `via`,
 * the links another tool attached as bodies exactly as stored, and the pages the reader assigned
 * to the article (source aliases) as the target's `via`. Then the round trip: export → parse gives
 * the same values back.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type ExportContext, parseAnnotationFile, toW3CAnnotation, toW3CCollection } from '../../../src/model/w3c/w3c.js';
import { annotationOn } from '../../support/annotations.js';
import { DOC_IRI, exportContextFor } from '../../support/export-context.js';

const text = 'Der Bürgermeister sagte: „Wir bleiben eine Sanctuary City.“ Die Stadt hält Kurs.';
const IRI = DOC_IRI;

function contextWith(aliases?: readonly string[]): ExportContext {
  return exportContextFor(text, aliases);
}

const OBJECT_LINK = { id: 'https://example.org/quelle.pdf', type: 'Text', format: 'application/pdf', language: 'de' };

function imported(fields: Partial<Annotation> = {}): Annotation {
  return annotationOn(text, 'Bürgermeister', {
    id: '0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d',
    documentId: 'doc',
    categoryIds: ['actor'],
    created: '2026-02-01T10:00:00.000Z',
    modified: '2026-02-02T10:00:00.000Z',
    creator: 'lehrerin',
    creatorId: 'acct:lehrerin@hypothes.is',
    via: 'https://hypothes.is/a/Ab1Cd2Ef3',
    links: ['https://zeitung.example/hintergrund', OBJECT_LINK],
    ...fields,
  });
}

describe('the export of an imported annotation', () => {
  it('writes the creator as an agent with its IRI as id and its name as name', () => {
    expect(toW3CAnnotation(imported(), contextWith()).creator).to.deep.equal({ type: 'Person', id: 'acct:lehrerin@hypothes.is', name: 'lehrerin' });
  });

  it('writes a creator IRI without a name as an agent with an id only, and no creator IRI as a name only', () => {
    const noName = { ...imported(), creator: undefined } as unknown as Annotation;
    expect(toW3CAnnotation(noName, { ...contextWith(), creatorName: undefined } as unknown as ExportContext).creator).to.deep.equal({ type: 'Person', id: 'acct:lehrerin@hypothes.is' });
    const { creatorId: _id, ...own } = imported();
    expect(toW3CAnnotation(own, contextWith()).creator).to.deep.equal({ type: 'Person', name: 'lehrerin' });
  });

  it('writes its IRI in the tool it came from as via, and none for an annotation made here', () => {
    expect(toW3CAnnotation(imported(), contextWith()).via).to.equal('https://hypothes.is/a/Ab1Cd2Ef3');
    const { via: _via, ...own } = imported();
    expect('via' in toW3CAnnotation(own, contextWith())).to.equal(false);
  });

  it('writes the links after the category and note bodies, exactly as stored', () => {
    const body = toW3CAnnotation(imported({ note: 'Siehe Quelle' }), contextWith()).body as unknown[];
    expect(body.slice(2)).to.deep.equal([
      { type: 'TextualBody', purpose: 'commenting', value: 'Siehe Quelle', format: 'text/plain' },
      'https://zeitung.example/hintergrund',
      OBJECT_LINK,
    ]);
  });

  it('writes no alias as no via on the target, one as a string, several as a list', () => {
    const target = (aliases?: readonly string[]) => toW3CAnnotation(imported(), contextWith(aliases)).target as unknown as Record<string, unknown>;
    expect('via' in target()).to.equal(false);
    expect('via' in target([])).to.equal(false);
    expect(target(['https://zeitung.example/artikel']).via).to.equal('https://zeitung.example/artikel');
    expect(target(['https://zeitung.example/artikel', 'urn:x-recogito:42']).via).to.deep.equal(['https://zeitung.example/artikel', 'urn:x-recogito:42']);
    expect(target(['https://zeitung.example/artikel']).source).to.equal(IRI);
  });

  it('keeps the dates as stored', () => {
    const exported = toW3CAnnotation(imported(), contextWith());
    expect([exported.created, exported.modified]).to.deep.equal(['2026-02-01T10:00:00.000Z', '2026-02-02T10:00:00.000Z']);
  });
});

describe('export → parse gives back what an import carried', () => {
  const file = JSON.stringify(toW3CCollection([imported({ note: 'Siehe Quelle' })], contextWith(['https://zeitung.example/artikel', 'urn:x-recogito:42'])));
  const parsed = parseAnnotationFile(file, 'export.jsonld');

  it('parses', () => {
    expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.problems)).to.equal(true);
  });

  it('the annotation’s via, creator, creator IRI, links, note and the target’s aliases', () => {
    if (!parsed.ok) throw new Error('not parsed');
    const [incoming] = parsed.value.annotations;
    expect({
      id: incoming?.id,
      via: incoming?.via,
      creator: incoming?.creator,
      creatorId: incoming?.creatorId,
      links: incoming?.links,
      note: incoming?.note,
      source: incoming?.source,
      sourceAliases: incoming?.sourceAliases,
    }).to.deep.equal({
      id: '0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d',
      via: 'https://hypothes.is/a/Ab1Cd2Ef3',
      creator: 'lehrerin',
      creatorId: 'acct:lehrerin@hypothes.is',
      links: ['https://zeitung.example/hintergrund', OBJECT_LINK],
      note: 'Siehe Quelle',
      source: IRI,
      sourceAliases: ['https://zeitung.example/artikel', 'urn:x-recogito:42'],
    });
  });
});
