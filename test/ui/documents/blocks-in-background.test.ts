import { expect } from '@open-wc/testing';
import { BACKGROUND_THRESHOLD, blocksInBackground } from '../../../src/ui/documents/blocks-in-background.js';
import { blocksFromDocumentText } from '../../../src/ui/documents/document-file.js';

/** A long Markdown text: a heading and many hard-wrapped paragraphs with emphasis. */
function longMarkdown(): string {
  const paragraph = 'Die Bürgermeister von *Bonn* und Düsseldorf forderten\ndie **Aufnahme** geretteter Menschen.\n\n';
  return `# Lange Liste\n\n${paragraph.repeat(Math.ceil(BACKGROUND_THRESHOLD / paragraph.length) + 10)}`;
}

describe('turning a large document into blocks in the background', () => {
  it('gives the same blocks as on the page, from a worker', async () => {
    const text = longMarkdown();
    expect(text.length).to.be.greaterThan(BACKGROUND_THRESHOLD);
    const blocks = await blocksInBackground(text, 'md').result;
    expect(blocks).to.deep.equal(blocksFromDocumentText(text, 'md'));
    expect(blocks[0]).to.deep.equal({ type: 'headline', text: 'Lange Liste' });
  });

  it('stops when the reader cancels, and says so', async () => {
    const job = blocksInBackground(longMarkdown(), 'md');
    job.cancel();
    let error: unknown;
    try {
      await job.result;
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('turns a small text on the page at once', async () => {
    expect(await blocksInBackground('Ein Satz.\n\nNoch einer.', 'txt').result).to.deep.equal([
      { type: 'paragraph', text: 'Ein Satz.' },
      { type: 'paragraph', text: 'Noch einer.' },
    ]);
  });
});
