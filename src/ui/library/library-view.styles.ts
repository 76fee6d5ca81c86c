/** Styles of <cr-library-view>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

/** A single column of article cards at reading width. */
export const libraryViewStyles = [visuallyHiddenStyles, controlStyles, css`
  :host {
    display: block;
    max-width: 70ch;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  h1 {
    font-family: var(--cr-font-serif);
    font-size: 2rem;
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  li {
    overflow-wrap: anywhere;
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .heading button {
    border-radius: 0.35rem;
    padding: 0.25rem 0.75rem;
  }
  .intro {
    color: var(--cr-text-muted);
    margin: 0 0 1.5rem;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  li {
    border: 1px solid var(--cr-border);
    border-radius: 0.5rem;
    background: var(--cr-surface);
    padding: 1rem 1.25rem;
  }
  a {
    font-family: var(--cr-font-serif);
    font-size: 1.25rem;
    font-weight: 600;
    line-height: 1.3;
    color: var(--cr-link);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible {
    outline: 3px solid var(--cr-focus);
    outline-offset: 3px;
    border-radius: 2px;
  }
  .meta {
    margin: 0.4rem 0 0;
    color: var(--cr-text-muted);
    font-size: 0.9rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .category-counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.8rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .category-counts li {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .swatch {
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 0.15rem;
    background: var(--cr-hl-colour);
  }
  .delete,
  .confirm button {
    font-size: 0.9rem;
    border-radius: 0.35rem;
    padding: 0.2rem 0.7rem;
    margin-top: 0.5rem;
  }
  .confirm p {
    margin: 0.5rem 0 0;
  }
  .error {
    color: var(--cr-danger);
  }
  /* The assignments (<cr-assignment-list>, rendered in this root) above the articles. */
  cr-assignment-list section {
    margin: 0 0 1.5rem;
  }
  cr-assignment-list h2 {
    font-family: var(--cr-font-serif);
    font-size: 1.4rem;
    margin: 0 0 0.75rem;
  }
`];
