/**
 * The look of the presentation for a projector (light DOM, so a <style> scoped by its classes): the
 * whole window, from 1024×768 up, in type large enough to read from the back of a classroom. Three
 * rows: the bar (title, categories, full screen, exit), the article (it scrolls, the rest stays),
 * and the caption of the current passage. Nothing is wider than the window, so there is never a
 * sideways scroll on a projector's 1024 pixels.
 */
import { html } from 'lit';

/** The presentation's <style> element; see the module comment. */
export const presentationStyles = html`<style>
  .cr-present {
    position: fixed;
    inset: 0;
    z-index: 10;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    background: var(--cr-bg);
    color: var(--cr-text);
    font-family: var(--cr-font-sans);
    font-size: 1.25rem;
    line-height: 1.4;
  }
  .cr-present-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.6rem 1.25rem;
    border-bottom: 1px solid var(--cr-border);
    min-width: 0;
  }
  .cr-present-bar h1 {
    font-size: 1.25rem;
    margin: 0;
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .cr-present-categories {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .cr-present button,
  .cr-present-exit {
    font: inherit;
    font-size: 1.1rem;
    padding: 0.3rem 0.8rem;
    border: 2px solid var(--cr-border);
    border-radius: 0.4rem;
    background: var(--cr-surface);
    color: var(--cr-text);
    cursor: pointer;
  }
  .cr-present-exit {
    color: var(--cr-link);
    font-weight: 600;
  }
  .cr-present button:focus-visible,
  .cr-present-exit:focus-visible,
  .cr-present-article:focus-visible {
    outline: 3px solid var(--cr-focus);
    outline-offset: 2px;
  }
  .cr-present button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  .cr-present-categories button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .cr-present-categories button[aria-pressed='true'] {
    border-color: var(--cr-text);
    font-weight: 700;
    box-shadow: inset 0 -0.25rem 0 var(--cr-category-colour);
  }
  .cr-present-swatch {
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 50%;
    background: var(--cr-category-colour);
    flex: none;
  }
  .cr-present kbd {
    font-family: inherit;
    font-size: 0.85em;
    padding: 0 0.3em;
    border: 1px solid var(--cr-border);
    border-radius: 0.25rem;
  }
  .cr-present-article {
    overflow-y: auto;
    overflow-x: hidden;
    padding: 1.5rem 2rem;
  }
  .cr-present-article .cr-article-text {
    font-family: var(--cr-font-serif);
    font-size: 1.6rem;
    line-height: 1.55;
    max-width: 60rem;
    margin: 0 auto;
    overflow-wrap: break-word;
  }
  .cr-present-caption {
    border-top: 2px solid var(--cr-border);
    padding: 0.75rem 2rem 1rem;
    background: var(--cr-surface);
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.25rem 1.5rem;
    align-items: start;
  }
  .cr-present-step {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 1.6rem;
    font-weight: 700;
  }
  .cr-present-quote {
    grid-column: 1 / -1;
    margin: 0;
    font-family: var(--cr-font-serif);
    font-size: 1.5rem;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .cr-present-steps {
    grid-column: 2;
    grid-row: 3;
    display: flex;
    gap: 0.5rem;
  }
  .cr-present-hint {
    grid-column: 1;
    grid-row: 3;
    align-self: center;
    margin: 0;
    font-size: 1rem;
    color: var(--cr-text-muted);
  }
  /* Narrower than a projector (a tablet upright, a phone): smaller type, the hint under the buttons, and
     the caption never taller than half the window, so the article keeps its room and nothing overlaps. */
  @media (max-width: 40rem) {
    .cr-present {
      font-size: 1rem;
    }
    .cr-present-bar {
      padding: 0.4rem 0.75rem;
    }
    .cr-present-bar h1 {
      font-size: 1.1rem;
      flex-basis: 100%;
    }
    .cr-present button,
    .cr-present-exit {
      font-size: 1rem;
      padding: 0.2rem 0.5rem;
    }
    .cr-present-article {
      padding: 1rem;
    }
    .cr-present-article .cr-article-text {
      font-size: 1.2rem;
    }
    .cr-present-caption {
      grid-template-columns: minmax(0, 1fr);
      padding: 0.5rem 1rem 0.75rem;
      max-height: 50vh;
      overflow-y: auto;
    }
    .cr-present-step {
      font-size: 1.15rem;
    }
    .cr-present-quote {
      font-size: 1.1rem;
    }
    .cr-present-steps {
      grid-column: 1;
      grid-row: auto;
    }
    .cr-present-steps button {
      flex: 1 1 0;
    }
    .cr-present-hint {
      grid-column: 1;
      grid-row: auto;
      font-size: 0.875rem;
    }
  }
</style>`;
