/**
 * The controller of the reader's ProseMirror view (src/ui/reader/article-view-controller.ts): a
 * text the view cannot be built from is no page error; the host learns why (failureFor) for those
 * blocks only, and the next good text is shown as usual.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ArticleBlock } from '../../../src/model/documents/article.js';
import { ArticleViewController } from '../../../src/ui/reader/article-view-controller.js';

class TestHost extends LitElement {
  readonly controller = new ArticleViewController(this);
  updates = 0;
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('cr-test-article-view-host', TestHost);

describe('the article view controller', () => {
  it('says why a text cannot be shown instead of throwing, and shows the next good one', async () => {
    const host = await fixture<TestHost>(html`<cr-test-article-view-host><div class="mount"></div></cr-test-article-view-host>`);
    const mount = host.querySelector<HTMLElement>('.mount')!;
    // A text that is no text: ProseMirror refuses to make a text node of it.
    const broken = [{ type: 'paragraph', text: null }] as unknown as ArticleBlock[];
    const updatesBefore = host.updates;

    expect(() => host.controller.show({ mount, blocks: broken, label: 'Kaputt' })).not.to.throw();
    // Compared as a boolean: chai would spend minutes describing an EditorView it did not expect.
    expect(host.controller.view === undefined).to.equal(true);
    expect(host.controller.failureFor(broken)).to.be.a('string').and.not.equal('');
    await host.updateComplete;
    expect(host.updates, 'the host is asked to render the failure').to.equal(updatesBefore + 1);
    // The same input again is not tried again (no update loop).
    host.controller.show({ mount, blocks: broken, label: 'Kaputt' });
    await host.updateComplete;
    expect(host.updates).to.equal(updatesBefore + 1);

    const good: ArticleBlock[] = [{ type: 'paragraph', text: 'Ein guter Text.' }];
    expect(host.controller.failureFor(good)).to.equal(undefined);
    host.controller.show({ mount, blocks: good, label: 'Gut' });
    expect(host.controller.view?.state.doc.textContent).to.equal('Ein guter Text.');
    expect(host.controller.failureFor(good)).to.equal(undefined);
    expect(host.controller.failureFor(broken)).to.equal(undefined);
  });
});
