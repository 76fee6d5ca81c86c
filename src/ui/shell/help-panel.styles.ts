/** Styles of <cr-help-panel>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { modalCardStyles } from '../shared/modal-card.styles.js';

/** A centred modal card like the import dialog's, with a two-column table of keys. */
export const helpPanelStyles = [controlStyles, modalCardStyles, css`
  dialog {
    padding: 1.25rem clamp(0.75rem, 4vw, 1.5rem);
  }
  .top {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 1rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.6rem 0 0.3rem;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.3rem 0.5rem 0.3rem 0;
    border-top: 1px solid var(--cr-border);
  }
  th[scope='row'] {
    font-weight: normal;
  }
  /* Long German compounds ("Maßnahme/Politik") must not push the table past a phone's width. */
  td {
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  /* A chord never breaks; alternatives wrap between them, so a narrow screen keeps both columns. */
  .chord {
    white-space: nowrap;
  }
  thead th {
    color: var(--cr-text-muted);
    font-weight: 600;
    border-top: none;
  }
  kbd {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    border: 1px solid var(--cr-border);
    border-bottom-width: 2px;
    border-radius: 0.25rem;
    padding: 0 0.3rem;
    background: var(--cr-bg);
  }
  .swatch {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    margin-right: 0.35em;
    background: var(--cr-hl-colour);
  }
  button {
    border-radius: 0.35rem;
    padding: 0.35rem 0.9rem;
  }
`];
