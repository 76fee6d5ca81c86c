/**
 * The look of <cr-sync-conflicts> (issue 18): each conflict a fieldset, its two versions side by
 * side where the screen is wide enough (one under the other on a phone), the chosen one outlined,
 * in the --cr-* tokens.
 */
import { css } from 'lit';

/** See the module comment. */
export const syncConflictsStyles = css`
  :host {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.75rem;
  }
  .muted {
    color: var(--cr-text-muted);
  }
  ol.conflicts {
    list-style: none;
    padding: 0;
  }
  ol.conflicts > li {
    margin-block: 1rem;
  }
  fieldset {
    border: 1px solid var(--cr-border);
    border-radius: 0.4rem;
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .sides {
    display: grid;
    gap: 0.5rem 1rem;
  }
  @media (min-width: 40rem) {
    .sides {
      grid-template-columns: 1fr 1fr;
    }
  }
  .side {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5rem;
    align-items: start;
    align-content: start;
    padding: 0.5rem;
    border: 1px solid var(--cr-border);
    border-radius: 0.3rem;
    cursor: pointer;
  }
  .side:has(input:checked) {
    border-color: var(--cr-focus);
    box-shadow: 0 0 0 1px var(--cr-focus);
  }
  .side-name {
    font-weight: 600;
  }
  .side-body {
    grid-column: 2;
    overflow-wrap: anywhere;
  }
  .side-body .line {
    display: block;
    margin-block-start: 0.2rem;
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
`;
