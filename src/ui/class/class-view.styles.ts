/**
 * The look of the class view (light DOM, so a <style> scoped by its classes): the page's width and
 * navigation, in the --cr-* tokens. Each part styles its own insides.
 */
import { html } from 'lit';

/** The page's <style> element; see the module comment. */
export const classViewStyles = html`<style>
  .cr-class {
    max-width: 80rem;
    margin: 0 auto;
    padding: 1rem;
    font-family: var(--cr-font-sans);
  }
  .cr-class section {
    margin-block: 2rem;
  }
  .cr-class-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: center;
  }
  .cr-class-names {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
  }
  /* The browser's default for controls is a smaller type than the page's (13.33px): the parts' buttons
     and choosers (save the picture, pick a student) read at the page's size. */
  .cr-class button,
  .cr-class select {
    font: inherit;
  }
  .cr-class-failure {
    color: var(--cr-danger);
  }
</style>`;
