/** The look of <cr-class-agreement>: the figures and, beside them on a wide screen, the passages. */
import { css } from 'lit';

/** See the module comment. */
export const classAgreementStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 1.5rem;
    align-items: start;
  }
  /* Below a wide laptop's width the six columns of figures need the whole width: the passages go below. */
  @media (max-width: 72rem) {
    :host {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The region that scrolls and the caption: scroll-table.styles.ts. */
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.6rem;
    border-bottom: 1px solid var(--cr-border);
    vertical-align: top;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--cr-border);
    font-weight: 600;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .passages label {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: baseline;
    margin-block-end: 0.75rem;
  }
  .quote {
    font-family: var(--cr-font-serif);
  }
  /* A long word of a quote breaks rather than push the page sideways on a phone; the other cells
     ("der Musterlösung") keep their words whole. */
  .passages td.quote {
    overflow-wrap: anywhere;
    hyphens: auto;
    min-inline-size: 6.5rem;
  }
  .passages th,
  .passages td {
    padding-inline: 0.4rem;
  }
`;
