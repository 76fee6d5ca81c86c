/** The look of <cr-class-overview>: a compact table that scrolls sideways when the scheme is long. */
import { css } from 'lit';

/** See the module comment. */
export const classOverviewStyles = css`
  :host {
    display: block;
  }
  /* Relative: a visually hidden text inside (absolute) scrolls with the table, not the page. */
  .scroll {
    overflow-x: auto;
    position: relative;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--cr-focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.6rem;
    border-bottom: 1px solid var(--cr-border);
    vertical-align: top;
  }
  tbody th {
    font-weight: 600;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    white-space: nowrap;
  }
  thead button {
    border: none;
    background: none;
    padding: 0.1rem 0.2rem;
    font-weight: 600;
    display: inline-flex;
    gap: 0.3rem;
    align-items: baseline;
  }
  .arrow {
    font-size: 0.75em;
    color: var(--cr-text-muted);
  }
  th[aria-sort] .arrow {
    color: currentColor;
  }
  td button {
    position: relative;
    white-space: nowrap;
  }
  .note {
    margin: 0.75rem 0 0;
    padding-inline-start: 1.2rem;
    font-size: 0.9em;
  }
`;
