/** The look of <cr-statistics-table>: a compact table in its own scrolling region, a save button under it. */
import { css } from 'lit';

/** See the module comment. */
export const statisticsTableStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  /* The region that scrolls and the caption: scroll-table.styles.ts. */
  table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.4rem;
    border-bottom: 1px solid var(--cr-border);
    vertical-align: top;
  }
  tbody th,
  tfoot th {
    font-weight: 600;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--cr-border);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.number {
    white-space: nowrap;
  }
  /* Long text (quotes, titles) wraps in a readable column rather than one endless line. */
  td:not(.number) {
    min-inline-size: 8rem;
  }
  /* A heading may wrap between its words (a phone), its arrow kept with the last word. */
  thead button {
    border: none;
    background: none;
    padding: 0.1rem 0;
    font-weight: 600;
    text-align: inherit;
  }
  .arrow {
    padding-inline-start: 0.2rem;
    font-size: 0.75em;
    color: var(--cr-text-muted);
  }
  th[aria-sort] .arrow {
    color: currentColor;
  }
  .save {
    margin-block-start: 0.5rem;
  }
`;
