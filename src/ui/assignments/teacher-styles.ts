/**
 * The look of the teacher's page of an assignment (light DOM, so a <style> scoped by its classes
 * rather than a shadow root's styles): fields one under the other, the instructions beside their
 * preview where the screen is wide enough, problems in the danger colour, in the --cr-* tokens.
 */
import { html } from 'lit';

/** The page's <style> element; see the module comment. */
export const teacherStyles = html`<style>
  .cr-teacher {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1rem;
    font-family: var(--cr-font-sans);
  }
  .cr-teacher section {
    margin-block: 2rem;
  }
  .cr-teacher-field {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    margin-block: 1rem;
  }
  .cr-teacher :where(input:not([type='checkbox']), select, textarea) {
    font: inherit;
    color: inherit;
    background: var(--cr-surface);
    border: 1px solid var(--cr-border);
    border-radius: 0.3rem;
    padding: 0.3rem 0.5rem;
  }
  .cr-teacher :where(input, select, textarea):focus-visible {
    outline: 3px solid var(--cr-focus);
    outline-offset: 2px;
  }
  .cr-teacher #cr-teacher-title {
    max-width: 40rem;
  }
  .cr-teacher select,
  .cr-teacher input[type='date'] {
    align-self: flex-start;
  }
  .cr-teacher-instructions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: 1rem;
    align-items: start;
  }
  .cr-teacher-preview {
    border: 1px solid var(--cr-border);
    border-radius: 0.35rem;
    padding: 0 1rem;
    margin-block: 1rem !important;
  }
  .cr-teacher-hint {
    margin: 0;
    color: var(--cr-text-muted);
    font-size: 0.9em;
  }
  .cr-teacher-rules {
    border: 1px solid var(--cr-border);
    border-radius: 0.35rem;
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
  }
  .cr-teacher .cr-failure {
    margin: 0;
    color: var(--cr-danger);
  }
  .cr-teacher .cr-failure:not(:empty) {
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--cr-danger);
    border-radius: 0.35rem;
  }
  .cr-teacher .cr-failure p {
    margin: 0.2rem 0;
  }
</style>`;
