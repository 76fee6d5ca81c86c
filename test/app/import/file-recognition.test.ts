/**
 * Files of the wrong kind (src/app/import/file-recognition.ts, file-signature.ts), told from real
 * small files in test/fixtures/files/ (a PDF, a Word and an OpenDocument file, a ZIP, a PNG, a JPEG
 * that Chromium encoded), each with the problem Import and "add a document" give: its code, its
 * parameters and its English sentence. Text and JSON, whatever their first letters, are not taken
 * for anything else.
 */
import { expect } from '@open-wc/testing';
import type { Problem } from '../../../src/model/result.js';
import { type ExpectedFiles, wrongKindByContent, wrongKindByName } from '../../../src/app/import/file-recognition.js';
import { formatBySignature, zipEntries } from '../../../src/app/import/file-signature.js';

/** A fixture of test/fixtures/files/ as a File, under `name` (its own name by default). */
async function fixture(file: string, name = file): Promise<File> {
  return new File([await (await fetch(`/test/fixtures/files/${file}`)).arrayBuffer()], name);
}

function bytesFile(name: string, bytes: number[] | string): File {
  return new File([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes)], name);
}

const READS_ANNOTATIONS = 'Close Reader imports W3C annotation files and category schemes (.json, .jsonld).';
const READS_TEXT = 'Close Reader reads text files (.txt, .md, .html).';

describe('recognising a file of the wrong kind by its bytes', () => {
  const cases: { fixture: string; name?: string; code: string; format: string; extension: string; is: string; instead?: string }[] = [
    { fixture: 'bericht.pdf', code: 'file-is-pdf', format: 'PDF', extension: '.pdf', is: 'a PDF', instead: 'Copy the text from the PDF and paste it.' },
    {
      fixture: 'brief.docx',
      code: 'file-is-word',
      format: 'Word',
      extension: '.docx',
      is: 'a word-processor document (Word, .docx)',
      instead: 'Save it as text or as a web page, or copy its text and paste it.',
    },
    {
      fixture: 'notiz.odt',
      code: 'file-is-word',
      format: 'OpenDocument',
      extension: '.odt',
      is: 'a word-processor document (OpenDocument, .odt)',
      instead: 'Save it as text or as a web page, or copy its text and paste it.',
    },
    { fixture: 'texte.zip', code: 'file-is-archive', format: 'ZIP', extension: '.zip', is: 'a compressed archive (ZIP)', instead: 'Unpack it and open the text inside.' },
    { fixture: 'bild.png', code: 'file-is-image', format: 'PNG', extension: '.png', is: 'an image (PNG)' },
    { fixture: 'foto.jpg', code: 'file-is-image', format: 'JPEG', extension: '.jpg', is: 'an image (JPEG)' },
    // The bytes decide, not the name: a Word file saved as .json, a photo renamed .txt.
    {
      fixture: 'brief.docx',
      name: 'annotationen.json',
      code: 'file-is-word',
      format: 'Word',
      extension: '.docx',
      is: 'a word-processor document (Word, .docx)',
      instead: 'Save it as text or as a web page, or copy its text and paste it.',
    },
    { fixture: 'bild.png', name: 'artikel.txt', code: 'file-is-image', format: 'PNG', extension: '.png', is: 'an image (PNG)' },
  ];
  const expectations: { expected: ExpectedFiles; reads: string }[] = [
    { expected: 'annotations', reads: READS_ANNOTATIONS },
    { expected: 'documents', reads: READS_TEXT },
  ];
  for (const { fixture: source, name = source, code, format, extension, is, instead } of cases) {
    for (const { expected, reads } of expectations) {
      it(`${name}${name === source ? '' : ` (really ${source})`} on ${expected === 'annotations' ? 'Import' : '"add a document"'}: ${code}`, async () => {
        const problem = await wrongKindByContent(await fixture(source, name), expected);
        const advice = expected === 'documents' && instead ? ` ${instead}` : '';
        expect(problem).to.deep.equal({ code, params: { file: name, format, extension, expected }, message: `${name} is ${is}. ${reads}${advice}` } satisfies Problem);
      });
    }
  }

  const notRecognised: { name: string; content: number[] | string }[] = [
    { name: 'an annotation file', content: '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation"}' },
    { name: 'a text that starts like an EXE', content: 'MZ-Interview: Die Bürgermeisterin spricht.' },
    { name: 'a text that starts like an MP3', content: 'ID3-Tags sind Metadaten.' },
    { name: 'a text that starts like a bitmap', content: 'BMW und Bosch melden Kurzarbeit an.' },
    { name: 'a text that mentions a PDF', content: 'Siehe %PDF-1.4 im Kopf der Datei.' },
    { name: 'UTF-16 text with its byte order mark', content: [0xff, 0xfe, 0x41, 0x00, 0x42, 0x00] },
    { name: 'HTML', content: '<!doctype html><title>T</title><p>Text</p>' },
  ];
  for (const { name, content } of notRecognised) {
    it(`takes ${name} for nothing else`, async () => {
      expect(await wrongKindByContent(bytesFile('datei.txt', content), 'documents')).to.equal(undefined);
      expect(await wrongKindByContent(bytesFile('datei.json', content), 'annotations')).to.equal(undefined);
    });
  }

  /** `bytes` as a 10 MB file that records which parts of it are read. */
  function largeFile(start: number[]): { file: File; sliced: [number | undefined, number | undefined][] } {
    const content = new Uint8Array(10 * 1024 * 1024);
    content.set(start);
    const file = new File([content], 'gross.bin');
    const sliced: [number | undefined, number | undefined][] = [];
    const slice = file.slice.bind(file);
    Object.defineProperty(file, 'slice', { value: (from?: number, to?: number) => (sliced.push([from, to]), slice(from, to)) });
    return { file, sliced };
  }

  it('reads only the first 64 KB of a large file, and its last 64 KB too when it is a ZIP', async () => {
    const text = largeFile([0x41]);
    expect(await wrongKindByContent(text.file, 'documents')).to.equal(undefined);
    expect(text.sliced).to.deep.equal([[0, 65536]]);
    const zip = largeFile([0x50, 0x4b, 0x03, 0x04]);
    expect((await wrongKindByContent(zip.file, 'documents'))?.code).to.equal('file-is-archive');
    expect(zip.sliced).to.deep.equal([
      [0, 65536],
      [10 * 1024 * 1024 - 65536, undefined],
    ]);
  });
});

describe('the entries of a ZIP container', () => {
  it('lists a Word file\'s entries from its local headers, and an OpenDocument file\'s mimetype', async () => {
    const docx = new Uint8Array(await (await fixture('brief.docx')).arrayBuffer());
    expect(zipEntries(docx).names.sort()).to.deep.equal(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const odt = new Uint8Array(await (await fixture('notiz.odt')).arrayBuffer());
    expect(zipEntries(odt)).to.deep.equal({ names: ['mimetype', 'content.xml', 'META-INF/manifest.xml'], mimetype: 'application/vnd.oasis.opendocument.text' });
  });

  it('finds a Word file by its central directory when its start holds no names (only the tail was read)', async () => {
    const docx = new Uint8Array(await (await fixture('brief.docx')).arrayBuffer());
    const head = docx.slice(0, 4); // the signature alone
    expect(formatBySignature(head, docx, 'x.zip')?.extension).to.equal('.docx');
    expect(formatBySignature(head, head, 'x.zip')?.extension).to.equal('.zip');
    expect(formatBySignature(head, head, 'x.xlsx')?.extension).to.equal('.xlsx');
  });
});

describe('recognising a file of the wrong kind by its name', () => {
  const cases: { name: string; expected: ExpectedFiles; problem: Problem | undefined }[] = [
    {
      name: 'scan.pdf',
      expected: 'annotations',
      problem: { code: 'file-is-pdf', params: { file: 'scan.pdf', format: 'PDF', extension: '.pdf', expected: 'annotations' }, message: `scan.pdf is a PDF. ${READS_ANNOTATIONS}` },
    },
    {
      name: 'Tabelle.XLSX',
      expected: 'documents',
      problem: {
        code: 'file-is-spreadsheet',
        params: { file: 'Tabelle.XLSX', format: 'Excel', extension: '.xlsx', expected: 'documents' },
        message: `Tabelle.XLSX is a spreadsheet (Excel, .xlsx). ${READS_TEXT}`,
      },
    },
    {
      name: 'artikel.md',
      expected: 'annotations',
      problem: {
        code: 'file-is-text',
        params: { file: 'artikel.md', extension: '.md', expected: 'annotations' },
        message: 'artikel.md is a text document, not an annotation file. To read it closely, add it to the library as your own document.',
      },
    },
    {
      name: 'export.jsonld',
      expected: 'documents',
      problem: {
        code: 'file-is-data',
        params: { file: 'export.jsonld', extension: '.jsonld', expected: 'documents' },
        message: 'export.jsonld is a data file (JSON), not a text. To bring in annotations or a category scheme, use Import at the top of the page.',
      },
    },
    { name: 'artikel.md', expected: 'documents', problem: undefined },
    { name: 'export.jsonld', expected: 'annotations', problem: undefined },
    { name: 'liste.csv', expected: 'documents', problem: undefined },
  ];
  for (const { name, expected, problem } of cases) {
    it(`${name} on ${expected === 'annotations' ? 'Import' : '"add a document"'}: ${problem?.code ?? 'nothing against it'}`, () => {
      expect(wrongKindByName(name, expected)).to.deep.equal(problem);
    });
  }
});
