/**
 * The look of the comparison with the model answer (<cr-comparison-report>, light DOM, so a
 * <style> scoped by its classes): the table, the legend, the text beside the list of passages,
 * in the --cr-* tokens. The outcomes' own cues are in comparison-layers.ts.
 */
import { html } from 'lit';

/** The comparison's <style> element; see the module comment. */
export const comparisonStyles = html`<style>
  .cr-comparison-rule {
    max-width: 60rem;
    color: var(--cr-text-muted);
  }
  /* Relative: a visually hidden text inside (absolute) scrolls with the table, not the page. */
  .cr-comparison-scroll {
    overflow-x: auto;
    position: relative;
    margin-block: 1rem;
    container-type: inline-size;
  }
  .cr-comparison-scroll:focus-visible {
    outline: 3px solid var(--cr-focus);
    outline-offset: 2px;
  }
  .cr-comparison-table {
    border-collapse: collapse;
  }
  /* The caption wraps at the region's width and stays put while the table scrolls sideways: on a
     phone the whole title is read, not its first words. */
  .cr-comparison-table caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
    box-sizing: border-box;
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4rem;
  }
  .cr-comparison-table th,
  .cr-comparison-table td {
    padding: 0.3rem 0.7rem;
    border-bottom: 1px solid var(--cr-border);
    text-align: end;
  }
  .cr-comparison-table th[scope='row'],
  .cr-comparison-table thead th:first-child {
    text-align: start;
  }
  .cr-comparison-total th,
  .cr-comparison-total td {
    font-weight: 600;
  }
  .cr-comparison-body {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr);
    gap: 1.5rem;
    align-items: start;
  }
  /* The list comes first for screen readers (its headings before the article's own); the eye sees the text first. */
  .cr-comparison-text {
    grid-column: 1;
    grid-row: 1;
  }
  .cr-comparison-passages {
    grid-column: 2;
    grid-row: 1;
  }
  @media (max-width: 60rem) {
    .cr-comparison-body {
      grid-template-columns: minmax(0, 1fr);
    }
    .cr-comparison-text,
    .cr-comparison-passages {
      grid-column: 1;
      grid-row: auto;
    }
  }
  .cr-comparison-legend {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
    display: grid;
    gap: 0.3rem;
  }
  .cr-comparison-sample {
    display: inline-block;
    min-width: 3.5rem;
    margin-inline-end: 0.4rem;
  }
  .cr-comparison-passages h3 {
    font-size: 1rem;
    margin-block: 1rem 0.3rem;
  }
  .cr-comparison-passages ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .cr-comparison-count,
  .cr-comparison-none {
    color: var(--cr-text-muted);
    font-weight: normal;
  }
</style>`;
