/** The look of <cr-class-overview>: a compact table that scrolls sideways when the scheme is long. */
import { css } from 'lit';

/** See the module comment. */
export const classOverviewStyles = css`
  :host {
    display: block;
  }
  /* The region that scrolls and the caption: scroll-table.styles.ts. */
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.4rem;
    border-bottom: 1px solid var(--cr-border);
    vertical-align: top;
  }
  tbody th {
    font-weight: 600;
  }
  /* Scrolled sideways on a phone, each row still says whose it is: the student column stays. */
  tbody th,
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--cr-bg);
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
    padding: 0.1rem 0;
    font-weight: 600;
    display: inline-flex;
    gap: 0.2rem;
    align-items: baseline;
  }
  .arrow {
    font-size: 0.75em;
    color: var(--cr-text-muted);
  }
  th[aria-sort] .arrow {
    color: currentColor;
  }
  /* The button may take two lines: on a laptop the last column then fits beside the figures. */
  td button {
    position: relative;
    font: inherit;
    text-align: start;
    min-inline-size: 10rem;
  }
  .note {
    margin: 0.75rem 0 0;
    padding-inline-start: 1.2rem;
    font-size: 0.9em;
  }
`;
