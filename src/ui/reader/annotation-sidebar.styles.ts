/** Styles of <cr-annotation-sidebar>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';

/** A compact list in the tools' sans-serif; quotes in the article's serif. */
export const annotationSidebarStyles = [controlStyles, css`
  :host {
    display: block;
    font-family: var(--cr-font-sans);
    font-size: 0.88rem;
    /* The list keeps its items in place itself as chunks are drawn above them (list-fill-controller.ts). */
    overflow-anchor: none;
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  h2 {
    font-size: 1rem;
    margin: 0;
  }
  .total {
    color: var(--cr-text-muted);
    font-weight: normal;
  }
  button {
    padding: 0.2rem 0.55rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin: 0.6rem 0;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .filter[aria-pressed='false'] {
    opacity: 0.6;
    text-decoration: line-through;
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--cr-text-muted);
  }
  .swatch {
    display: inline-block;
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 0.15rem;
    background: var(--cr-hl-colour);
  }
  .search {
    display: grid;
    gap: 0.2rem;
    margin-bottom: 0.5rem;
  }
  input {
    box-sizing: border-box;
    width: 100%;
    background: var(--cr-bg);
    padding: 0.3rem 0.4rem;
  }
  .shown,
  .empty {
    color: var(--cr-text-muted);
    margin: 0.3rem 0;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  .item {
    display: grid;
    gap: 0.2rem;
    width: 100%;
    text-align: left;
    padding: 0.45rem 0.6rem;
  }
  /* "Show 100 more": the list of a crowded article comes a page at a time. */
  .more {
    width: 100%;
    margin: 0.35rem 0;
    color: var(--cr-text-muted);
  }
  .item[aria-current='true'] {
    border-color: var(--cr-focus);
    box-shadow: inset 3px 0 0 var(--cr-focus);
  }
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.6rem;
    font-weight: 600;
  }
  .category {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .quote {
    font-family: var(--cr-font-serif);
    font-size: 0.95rem;
    border-left: 3px solid var(--cr-border);
    padding-left: 0.5rem;
  }
  .unplaced {
    margin-top: 1rem;
    border-top: 1px solid var(--cr-border);
    padding-top: 0.5rem;
  }
  h3 {
    font-size: 0.95rem;
    margin: 0 0 0.25rem;
  }
  .hint {
    color: var(--cr-text-muted);
    margin: 0 0 0.5rem;
  }
  .unplaced-item {
    display: grid;
    gap: 0.25rem;
    padding: 0.45rem 0.6rem;
    border: 1px dashed var(--cr-border);
    border-radius: 0.3rem;
  }
  .actions {
    display: flex;
    gap: 0.4rem;
  }
  .place {
    color: var(--cr-text-muted);
    font-size: 0.85em;
  }
  .note,
  .relations {
    color: var(--cr-text-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`];
