/**
 * The look of <cr-class-heat> (light DOM, so a <style> scoped by its classes), in the --cr-* tokens:
 * the legend and scale, the strip beside the text (it stays in view while the text scrolls), the
 * tooltip with the count, and the passage list.
 */
import { html } from 'lit';

/** The component's <style> element; see the module comment. */
export const classHeatStyles = html`<style>
  .cr-heat-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
    align-items: flex-start;
  }
  .cr-heat-legend fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    border: 1px solid var(--cr-border);
    border-radius: 4px;
    margin: 0;
  }
  .cr-heat-choice {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    padding: 0.2rem 0;
  }
  .cr-heat-swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 1px solid var(--cr-border);
    box-sizing: border-box;
  }
  .cr-heat-scale p {
    margin: 0 0 0.25rem;
  }
  .cr-heat-scale ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
  }
  .cr-heat-scale li {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
  }
  .cr-heat-body {
    display: grid;
    grid-template-columns: 2rem minmax(0, 1fr);
    gap: 1rem;
    align-items: start;
  }
  .cr-heat-strip {
    position: sticky;
    top: 1rem;
    width: 2rem;
    height: 70vh;
    cursor: pointer;
    border: 1px solid var(--cr-border);
    box-sizing: border-box;
  }
  /* On a phone every pixel of the line counts: a narrower strip, closer to the text. */
  @media (max-width: 30rem) {
    .cr-heat-body {
      grid-template-columns: 1.25rem minmax(0, 1fr);
      gap: 0.6rem;
    }
    .cr-heat-strip {
      width: 1.25rem;
    }
  }
  .cr-heat-strip-ground {
    fill: var(--cr-surface, #fff);
  }
  .cr-heat-text {
    position: relative;
  }
  .cr-heat-tooltip {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    max-width: 22rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--cr-border);
    border-radius: 4px;
    background: var(--cr-surface);
    color: var(--cr-text);
    font: 0.875rem var(--cr-font-sans);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  .cr-heat-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .cr-heat-passages {
    margin-block: 1rem;
  }
  .cr-heat-passages ol {
    columns: 26rem auto;
    column-gap: 2.5rem;
  }
  .cr-heat-passages li {
    break-inside: avoid;
    margin-block: 0.2rem;
  }
  .cr-heat-passages button {
    font: inherit;
    text-align: start;
  }
  .cr-heat-passage-title {
    font-weight: 600;
    margin-block: 1rem 0.25rem;
  }
  .cr-heat-passage ul {
    padding-inline-start: 1.25rem;
    columns: 26rem auto;
    column-gap: 2.5rem;
  }
  .cr-heat-passage li {
    margin-block: 0.25rem;
    break-inside: avoid;
  }
  .cr-heat-save {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .cr-heat-who {
    font-weight: 600;
  }
  .cr-heat-where,
  .cr-heat-note {
    color: var(--cr-text-muted);
  }
</style>`;
