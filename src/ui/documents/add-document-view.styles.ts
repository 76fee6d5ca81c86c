/** Styles of <cr-add-document-view>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';

/** A single column at reading width, forms in the tools' sans-serif. */
export const addDocumentStyles = [controlStyles, css`
  :host {
    display: block;
    max-width: 70ch;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  h1 {
    font-family: var(--cr-font-serif);
    /* Smaller on a phone, so that a long German compound fits its line whole. */
    font-size: clamp(1.4rem, 7vw, 2rem);
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.15rem;
    margin: 1.5rem 0 0.5rem;
  }
  .intro,
  .notice {
    color: var(--cr-text-muted);
  }
  .error {
    color: var(--cr-danger);
    margin: 0;
  }
  label {
    display: block;
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  textarea,
  input,
  select {
    box-sizing: border-box;
    width: 100%;
    border-radius: 0.35rem;
    padding: 0.4rem 0.5rem;
  }
  textarea {
    font-family: var(--cr-font-serif);
    resize: vertical;
  }
  button {
    border-radius: 0.35rem;
    padding: 0.35rem 0.9rem;
    margin-top: 0.6rem;
  }
  .preview {
    font-family: var(--cr-font-serif);
    color: var(--cr-text-muted);
    border-left: 3px solid var(--cr-border);
    padding-left: 1.5rem;
    margin: 1rem 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .keep-chrome {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0.75rem 0 0.25rem;
  }
  .keep-chrome input {
    /* A target a finger can hit on a phone. */
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
    margin: 0;
  }
  .keep-chrome label {
    font-weight: normal;
    margin: 0;
  }
`];
