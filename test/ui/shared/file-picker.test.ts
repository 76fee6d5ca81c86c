/**
 * The file picker (src/ui/shared/file-picker.ts): the input it opens offers what was asked for, and
 * the promise resolves with the files chosen there, or with none when the reader cancels. The
 * picker itself is the browser's; `click` is intercepted so the test plays the reader.
 */
import { expect } from '@open-wc/testing';
import { pickFiles } from '../../../src/ui/shared/file-picker.js';

/** Runs `open` with the file input's `click` caught instead of opening a picker; returns the input it clicked. */
function intercepted(open: () => Promise<File[]>): { input: HTMLInputElement; chosen: Promise<File[]> } {
  const original = HTMLInputElement.prototype.click;
  const clicked: HTMLInputElement[] = [];
  HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
    clicked.push(this);
  };
  try {
    const chosen = open();
    const [input] = clicked;
    if (!input || clicked.length > 1) throw new Error(`the picker was opened ${clicked.length} times`);
    return { input, chosen };
  } finally {
    HTMLInputElement.prototype.click = original;
  }
}

/** The reader chooses these files in the picker. */
function choose(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('the file picker', () => {
  it('opens a file input that accepts the given types, one file by default', () => {
    const { input } = intercepted(() => pickFiles({ accept: '.jsonld,application/json' }));
    expect(input.type).to.equal('file');
    expect(input.accept).to.equal('.jsonld,application/json');
    expect(input.multiple).to.equal(false);
  });

  it('resolves with the chosen file', async () => {
    const { input, chosen } = intercepted(() => pickFiles({ accept: '.txt' }));
    const file = new File(['Text'], 'rede.txt', { type: 'text/plain' });
    choose(input, [file]);
    const files = await chosen;
    expect(files.map((f) => f.name)).to.deep.equal(['rede.txt']);
  });

  it('lets the reader choose several files when asked, in their order', async () => {
    const { input, chosen } = intercepted(() => pickFiles({ accept: '.jsonld', multiple: true }));
    expect(input.multiple).to.equal(true);
    choose(input, [new File(['{}'], 'a.jsonld'), new File(['{}'], 'b.jsonld')]);
    expect((await chosen).map((f) => f.name)).to.deep.equal(['a.jsonld', 'b.jsonld']);
  });

  it('resolves with no files when the reader cancels', async () => {
    const { input, chosen } = intercepted(() => pickFiles({ accept: '.txt' }));
    input.dispatchEvent(new Event('cancel'));
    expect(await chosen).to.deep.equal([]);
  });
});
