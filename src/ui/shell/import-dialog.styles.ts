/** Styles of <cr-import-dialog>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { modalCardStyles } from '../shared/modal-card.styles.js';

/** A centred modal card in the tools' sans-serif. */
export const importDialogStyles = [controlStyles, modalCardStyles, css`
  dialog {
    padding: 1.25rem 1.5rem;
    /* Names from a file (ids, labels, file names) may be long unbroken runs even when shortened. */
    overflow-wrap: anywhere;
  }
  h2 {
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
  h3 {
    font-size: 1rem;
    margin: 1rem 0 0.4rem;
  }
  .source {
    display: grid;
    /* minmax(0, …): a long address wraps instead of widening the column past the dialog. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    padding: 0.5rem 0;
    border-top: 1px solid var(--cr-border);
  }
  .source label {
    display: contents;
  }
  .source-name {
    font-weight: 600;
  }
  .source-count,
  .source-hint {
    color: var(--cr-text-muted);
    font-size: 0.9em;
  }
  .source select {
    max-width: 100%;
    min-height: 2.5rem;
  }
  .into-current {
    justify-self: start;
  }
  .target-choice {
    display: grid;
    gap: 0.4rem;
    margin: 1rem 0 0;
    border: 1px solid var(--cr-border);
    border-radius: 0.4rem;
  }
  .target-choice label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  .target-choice input[type='text'] {
    min-height: 2.5rem;
    flex: 1 1 12rem;
  }
  .scheme-choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .scheme-choice select {
    max-width: 100%;
    min-height: 2.5rem;
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
