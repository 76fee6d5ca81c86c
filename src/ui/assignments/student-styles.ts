/**
 * The look of the student's page of an assignment (light DOM, so a <style> scoped by its classes
 * rather than a shadow root's styles): the assignment's head above the article, the instructions
 * collapsible, the name field and "Hand in" in one row where there is room, the question before a
 * hand-in goes to the teacher's box and its receipt (<cr-online-hand-in>), in the --cr-* tokens.
 */
import { html } from 'lit';

/** The page's <style> element; see the module comment. */
export const studentStyles = html`<style>
  .cr-student-head {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1rem 1rem 0;
    font-family: var(--cr-font-sans);
  }
  .cr-student-head h1 {
    margin: 0 0 0.3rem;
  }
  .cr-student-due {
    margin: 0 0 0.8rem;
    color: var(--cr-text-muted);
  }
  .cr-student-instructions {
    border: 1px solid var(--cr-border);
    border-radius: 0.4rem;
    padding: 0.4rem 0.8rem;
    margin-block: 0.8rem;
    background: var(--cr-surface);
  }
  .cr-student-instructions summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.2rem;
  }
  .cr-student-work {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.6rem 1.5rem;
    margin-block: 0.8rem;
  }
  .cr-student-name {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: min(18rem, 100%);
  }
  .cr-student-name input {
    font: inherit;
    color: inherit;
    background: var(--cr-surface);
    border: 1px solid var(--cr-border);
    border-radius: 0.3rem;
    padding: 0.35rem 0.5rem;
  }
  .cr-student-name input:focus-visible {
    outline: 2px solid var(--cr-focus);
    outline-offset: 1px;
  }
  .cr-student-hint,
  .cr-student-progress {
    margin: 0;
    font-size: 0.9em;
    color: var(--cr-text-muted);
  }
  .cr-student-problem {
    margin: 0;
    color: var(--cr-danger, #b3261e);
  }
  .cr-student-problem:empty {
    display: none;
  }
  .cr-student-hand-in {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  cr-online-hand-in {
    display: block;
  }
  .cr-online-panel {
    border: 1px solid var(--cr-border);
    border-radius: 0.4rem;
    padding: 0.6rem 0.9rem;
    margin-block: 0.8rem;
    background: var(--cr-surface);
  }
  .cr-online-panel h2 {
    font-size: 1.1rem;
    margin: 0 0 0.4rem;
  }
  .cr-online-panel p {
    margin: 0.3rem 0;
  }
  .cr-online-box code,
  .cr-online-receipt {
    overflow-wrap: anywhere;
  }
  .cr-online-failure {
    color: var(--cr-danger, #b3261e);
  }
  .cr-online-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .cr-online-send[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .cr-online-receipt {
    margin: 0.4rem 0;
    font-size: 0.9em;
    color: var(--cr-text-muted);
  }
  .cr-online-panel h2:focus-visible,
  .cr-online-receipt:focus-visible {
    outline: 2px solid var(--cr-focus);
    outline-offset: 2px;
  }
</style>`;
