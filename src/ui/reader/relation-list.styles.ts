/** Styles of the relation list in <cr-annotation-card> (relation-list.ts). */
import { css } from 'lit';

/** One line per relation: the jump button takes the room, "Remove" sits at its end; a warning below. */
export const relationListStyles = css`
  .relations {
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
  }
  .relation {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4rem;
    margin: 0.25rem 0;
  }
  .relation .jump {
    flex: 1 1 auto;
    text-align: start;
    background: none;
    border: none;
    padding: 0.1rem 0;
    color: var(--cr-link, var(--cr-focus));
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .relation-warning {
    flex-basis: 100%;
    margin: 0;
    color: var(--cr-danger);
    font-size: 0.85em;
  }
  .relation-warning::before {
    content: '⚠ ';
  }
  .link-start {
    margin: 0.25rem 0.5rem 0.25rem 0;
  }
`;
