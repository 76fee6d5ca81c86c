/**
 * <cr-skip-link>: the page's first focusable element, "Skip to the text" in the reader (a label
 * the shell gives), hidden until a Tab reaches it. Activating it asks the shell to move focus
 * past the header and the tools to the content, so that the article text is one Tab and Enter
 * from the top of the page. It is a link for what it does, but its address cannot be a fragment
 * (`#main` would change the hash route), so the click is answered in script.
 *
 * @fires cr-skip - the reader chose the link
 */
import { LitElement, html } from 'lit';
import { fire } from '../shared/events.js';
import { skipLinkStyles } from './skip-link.styles.js';

/** The skip link. */
export class CrSkipLink extends LitElement {
  static override styles = skipLinkStyles;

  static override properties = { label: {} };

  /** What the link says ("Skip to the text"). */
  declare label: string;

  constructor() {
    super();
    this.label = '';
  }

  protected override render() {
    return html`<a href="#main" @click=${this.onClick}>${this.label}</a>`;
  }

  private onClick(event: MouseEvent): void {
    event.preventDefault();
    fire(this, 'cr-skip');
  }
}

customElements.define('cr-skip-link', CrSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'cr-skip-link': CrSkipLink;
  }
}
