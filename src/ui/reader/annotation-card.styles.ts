/** Styles of <cr-annotation-card>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';

/** A panel of one or more annotations, in the sans-serif of the tools, not the article's serif. */
export const annotationCardStyles = [controlStyles, css`
  :host {
    display: block;
    font-family: var(--cr-font-sans);
    font-size: 0.9rem;
    background: var(--cr-surface);
    border: 1px solid var(--cr-border);
    border-radius: 0.5rem;
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.15);
    padding: 0.75rem 1rem 1rem;
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
  }
  h2 {
    font-size: 1rem;
    margin: 0;
  }
  .annotation + .annotation {
    border-top: 1px solid var(--cr-border);
    margin-top: 0.75rem;
    padding-top: 0.75rem;
  }
  blockquote {
    font-family: var(--cr-font-serif);
    font-size: 1rem;
    margin: 0.5rem 0;
    padding-left: 0.75rem;
    border-left: 3px solid var(--cr-border);
    max-height: 8em;
    overflow: auto;
    white-space: pre-wrap;
  }
  fieldset {
    border: none;
    margin: 0.5rem 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.9rem;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .swatch {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 0.2rem;
    background: var(--cr-hl-colour);
  }
  .note-label {
    display: block;
    font-weight: 600;
    margin-top: 0.5rem;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    background: var(--cr-bg);
    padding: 0.4rem;
    resize: vertical;
  }
  .dates,
  .place,
  .creator,
  .links {
    color: var(--cr-text-muted);
    font-size: 0.85em;
    margin: 0.4rem 0;
  }
  .links {
    padding-left: 1.1rem;
    overflow-wrap: anywhere;
  }
  button {
    padding: 0.25rem 0.6rem;
  }
  .delete {
    color: var(--cr-danger);
  }
`];
