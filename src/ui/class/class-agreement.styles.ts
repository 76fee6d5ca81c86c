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
  @media (max-width: 60rem) {
    :host {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The figures' six columns do not fit a phone: they scroll sideways in their own region (relative, so that
     a visually hidden text inside scrolls with them), the page does not. */
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
    width: 100%;
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
  /* A long word of a quote breaks rather than push the page sideways on a phone. */
  .passages td {
    overflow-wrap: anywhere;
  }
`;
