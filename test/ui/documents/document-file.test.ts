/**
 * Reading a reader's own document from a file (src/ui/documents/document-file.ts) with real File objects:
 * what is read and how it is decoded, and what is refused, each with its code, parameters and the
 * message the reader sees, in English and in German.
 */
import { expect } from '@open-wc/testing';
import { blocksFromDocumentText, documentKindOf, MAX_DOCUMENT_BYTES, readDocumentFile } from '../../../src/ui/documents/document-file.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { describeProblems } from '../../../src/ui/shared/problem-messages.js';

/** A file with these bytes (or the UTF-8 of this text). */
function file(name: string, content: string | Uint8Array<ArrayBuffer>, type = ''): File {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return new File([bytes], name, { type });
}

/** Windows-1252 bytes of a text of Latin-1 letters (each code point below 256 is its byte). */
function latin1(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

describe('reading a document file', () => {
  it('reads UTF-8, umlauts and all, without a notice', async () => {
    expect(await readDocumentFile(file('rede.txt', 'Größe und Übel – „ja“ 🙂'))).to.deep.equal({ ok: true, value: { text: 'Größe und Übel – „ja“ 🙂', kind: 'txt' }, warnings: [] });
  });

  it('drops a UTF-8 byte order mark', async () => {
    const result = await readDocumentFile(file('bom.md', new Uint8Array([0xef, 0xbb, 0xbf, 0x23, 0x20, 0x54])));
    expect(result).to.deep.equal({ ok: true, value: { text: '# T', kind: 'md' }, warnings: [] });
  });

  it('reads a Latin-1 file as Windows-1252 and says so', async () => {
    const result = await readDocumentFile(file('alt.txt', latin1('Größe, Übel und Straße')));
    expect(result).to.deep.equal({
      ok: true,
      value: { text: 'Größe, Übel und Straße', kind: 'txt' },
      warnings: [{ code: 'read-as-latin1', params: { file: 'alt.txt' }, message: 'alt.txt was not UTF-8; read as Latin-1 (Windows-1252).' }],
    });
  });

  it('reads Windows-1252\'s own characters (curly quotes, the euro sign)', async () => {
    const result = await readDocumentFile(file('w.txt', new Uint8Array([0x93, 0x61, 0x94, 0x20, 0x80])));
    expect(result.ok && result.value.text).to.equal('“a” €');
  });

  it('reads UTF-16 with its byte order mark', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'Öl'].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(await readDocumentFile(file('u16.txt', bytes))).to.deep.equal({ ok: true, value: { text: 'Öl', kind: 'txt' }, warnings: [] });
  });

  it('tells the kind by extension, in any case, and by media type for a name without one', () => {
    const kinds = ['a.txt', 'a.md', 'a.markdown', 'a.HTML', 'a.htm', 'a.pdf', 'a.docx', 'a'].map((name) => documentKindOf(name));
    expect(kinds).to.deep.equal(['txt', 'md', 'md', 'html', 'html', undefined, undefined, undefined]);
    expect(documentKindOf('notes', 'text/markdown; charset=utf-8')).to.equal('md');
    expect(documentKindOf('photo.jpg', 'text/plain')).to.equal(undefined);
  });

  it('refuses files named like Object\'s built-ins (notes.constructor, data.__proto__) with a message, not a crash', async () => {
    expect(['notes.constructor', 'data.__proto__', 'a.toString'].map((name) => documentKindOf(name))).to.deep.equal([undefined, undefined, undefined]);
    expect(documentKindOf('notes', 'constructor')).to.equal(undefined);
    const read = await readDocumentFile(file('notes.constructor', 'Ein Text.'));
    expect(read.ok ? [] : read.problems.map((problem) => [problem.code, problem.params['file']])).to.deep.equal([['file-kind-unknown', 'notes.constructor']]);
  });

  const TEXT_FILES = 'Close Reader reads text files (.txt, .md, .html).';
  const refused: { name: string; make: () => File; code: string; error: string }[] = [
    { name: 'an empty file', make: () => file('leer.txt', ''), code: 'document-empty', error: 'leer.txt is empty.' },
    { name: 'a file of blank lines', make: () => file('blank.md', ' \n\n\t '), code: 'document-empty', error: 'blank.md is empty.' },
    {
      name: 'a PNG named .txt, by its bytes',
      make: () => file('bild.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
      code: 'file-is-image',
      error: `bild.txt is an image (PNG). ${TEXT_FILES}`,
    },
    { name: 'a binary file with NUL bytes', make: () => file('daten.txt', new Uint8Array([0x41, 0x42, 0, 0, 0x43])), code: 'file-is-binary', error: `daten.txt is not a text file. ${TEXT_FILES}` },
    {
      name: 'a file of control characters',
      make: () => file('steuer.txt', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))),
      code: 'file-is-binary',
      error: `steuer.txt is not a text file. ${TEXT_FILES}`,
    },
    {
      name: 'a file of Windows-1252\'s unassigned bytes',
      make: () => file('c1.html', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x81 : 0x8d)))),
      code: 'file-is-binary',
      error: `c1.html is not a text file. ${TEXT_FILES}`,
    },
    { name: 'broken UTF-16', make: () => file('u16.txt', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41])), code: 'file-is-binary', error: `u16.txt is not a text file. ${TEXT_FILES}` },
    { name: 'a .jpg, by its name', make: () => file('foto.jpg', 'not really', 'image/jpeg'), code: 'file-is-image', error: `foto.jpg is an image (JPEG). ${TEXT_FILES}` },
    {
      name: 'a .docx, by its name',
      make: () => file('brief.docx', 'PK'),
      code: 'file-is-word',
      error: `brief.docx is a word-processor document (Word, .docx). ${TEXT_FILES} Save it as text or as a web page, or copy its text and paste it.`,
    },
    { name: 'a .csv', make: () => file('liste.csv', 'a;b'), code: 'file-kind-unknown', error: `liste.csv: ${TEXT_FILES}` },
    {
      name: 'an annotation export',
      make: () => file('export.jsonld', '{}'),
      code: 'file-is-data',
      error: 'export.jsonld is a data file (JSON), not a text. To bring in annotations or a category scheme, use Import at the top of the page.',
    },
  ];
  for (const { name, make, code, error } of refused) {
    it(`refuses ${name}`, async () => {
      const result = await readDocumentFile(make());
      expect(result.ok ? [] : result.problems.map((problem) => [problem.code, problem.message])).to.deep.equal([[code, error]]);
    });
  }

  const fixtures: { file: string; german: string }[] = [
    {
      file: 'bericht.pdf',
      german: 'bericht.pdf ist ein PDF. Close Reader liest Textdateien (.txt, .md, .html). Kopieren Sie den Text aus dem PDF und fügen Sie ihn ein.',
    },
    {
      file: 'brief.docx',
      german:
        'brief.docx ist ein Dokument einer Textverarbeitung (Word, .docx). Close Reader liest Textdateien (.txt, .md, .html). Speichern Sie es als Text oder als Webseite, oder kopieren Sie den Text und fügen Sie ihn ein.',
    },
    { file: 'bild.png', german: 'bild.png ist ein Bild (PNG). Close Reader liest Textdateien (.txt, .md, .html).' },
    { file: 'foto.jpg', german: 'foto.jpg ist ein Bild (JPEG). Close Reader liest Textdateien (.txt, .md, .html).' },
  ];
  for (const { file: name, german } of fixtures) {
    it(`says in German what ${name} is and what to do instead`, async () => {
      const result = await readDocumentFile(new File([await (await fetch(`/test/fixtures/files/${name}`)).arrayBuffer()], name));
      await applyLocale('de');
      try {
        expect(result.ok ? [] : describeProblems(result.problems)).to.deep.equal([german]);
      } finally {
        await applyLocale('en');
      }
    });
  }

  it('refuses a file of 20 MB and a byte without reading any of it', async () => {
    const big = new File([new Uint8Array(MAX_DOCUMENT_BYTES + 1)], 'gross.txt');
    const read: string[] = [];
    for (const method of ['arrayBuffer', 'text', 'stream', 'slice', 'bytes'] as const) {
      Object.defineProperty(big, method, { value: () => read.push(method) });
    }
    expect(await readDocumentFile(big)).to.deep.equal({
      ok: false,
      problems: [{ code: 'document-too-large', params: { file: 'gross.txt', megabytes: 20.1 }, message: 'gross.txt: the file is 20.1 MB; Close Reader opens documents up to 20 MB.' }],
    });
    expect(read).to.deep.equal([]);
  });

  it('reads a file of exactly 20 MB', async () => {
    const result = await readDocumentFile(new File([new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61)], 'genau.txt'));
    expect(result.ok && result.value.text.length).to.equal(MAX_DOCUMENT_BYTES);
  });
});

describe('the blocks of a document\'s text, by kind', () => {
  const source = '# Titel\n\nEin *Wort*.';
  it('reads plain text without markup', () => {
    expect(blocksFromDocumentText(source, 'txt')).to.deep.equal([
      { type: 'paragraph', text: '# Titel' },
      { type: 'paragraph', text: 'Ein *Wort*.' },
    ]);
  });
  it('reads Markdown', () => {
    expect(blocksFromDocumentText(source, 'md')).to.deep.equal([
      { type: 'headline', text: 'Titel' },
      { type: 'paragraph', text: 'Ein Wort.', marks: [{ type: 'em', start: 4, end: 8 }] },
    ]);
  });
  it('reads HTML', () => {
    expect(blocksFromDocumentText('<h1>Titel</h1><p onclick="x()">Ein <i>Wort</i>.</p><script>x()</script>', 'html')).to.deep.equal([
      { type: 'headline', text: 'Titel' },
      { type: 'paragraph', text: 'Ein Wort.', marks: [{ type: 'em', start: 4, end: 8 }] },
    ]);
  });
});
