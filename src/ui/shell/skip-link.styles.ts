/** Styles of <cr-skip-link>. */
import { css } from 'lit';

/**
 * Off screen until it has keyboard focus, then a plain link at the top left over everything
 * (WCAG 2.4.1, the usual skip link): sighted keyboard users see where their first Tab went.
 */
export const skipLinkStyles = css`
  /* Out of the header's flex flow: it takes no room and no gap there. */
  :host {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1000;
  }
  a {
    position: absolute;
    left: 0.5rem;
    top: 0.5rem;
    white-space: nowrap;
    transform: translateY(-200%);
    font-family: var(--cr-font-sans);
    color: var(--cr-link);
    background: var(--cr-surface);
    border: 1px solid var(--cr-border);
    border-radius: 0.35rem;
    padding: 0.4rem 0.8rem;
  }
  a:focus {
    transform: none;
    outline: 3px solid var(--cr-focus);
    outline-offset: 2px;
  }
`;
