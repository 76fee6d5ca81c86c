/** Styles of <cr-storage-note>. */
import { css } from 'lit';

/** Two quiet lines in the muted colour of the library's intro: facts, not alarms. */
export const storageNoteStyles = css`
  :host {
    display: block;
    color: var(--cr-text-muted);
    font-size: 0.9rem;
    margin: 0 0 1.5rem;
  }
  p {
    margin: 0;
  }
  p + p {
    margin-top: 0.35rem;
  }
`;
