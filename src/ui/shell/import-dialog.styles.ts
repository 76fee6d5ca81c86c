/** Styles of <cr-import-dialog>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';

/** A centred modal card in the tools' sans-serif. */
export const importDialogStyles = [controlStyles, css`
  dialog {
    font-family: var(--cr-font-sans);
    color: var(--cr-text);
    background: var(--cr-surface);
    border: 1px solid var(--cr-border);
    border-radius: 0.6rem;
    padding: 1.25rem 1.5rem;
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100vh - 4rem);
    overflow: auto;
    /* Names from a file (ids, labels, file names) may be long unbroken runs even when shortened. */
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  h2 {
    font-size: 1.15rem;
    margin: 0 0 0.75rem;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.3rem 1rem;
  }
  dt {
    color: var(--cr-text-muted);
  }
  dd {
    margin: 0;
    text-align: right;
  }
  .errors {
    color: var(--cr-danger);
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  button {
    border-radius: 0.35rem;
    padding: 0.35rem 0.9rem;
  }
`];
