/**
 * The look of the two sharing pages (issue 18): "Share this reading" and "Open a shared project".
 * Light DOM (the sign-in element they hold is styled by the app's global sheet), so a <style>
 * scoped by the pages' class rather than a shadow root's styles, in the --cr-* tokens.
 */
import { html } from 'lit';

/** The pages' <style> element; see the module comment. */
export const sharingPageStyles = html`<style>
  .cr-sharing {
    max-width: 48rem;
    margin: 0 auto;
    padding: 1rem;
    font-family: var(--cr-font-sans);
  }
  .cr-sharing section {
    margin-block: 1.5rem;
  }
  .cr-sharing a {
    color: var(--cr-link);
  }
  .cr-sharing-field {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    margin-block: 1rem;
  }
  .cr-sharing :where(input:not([type='checkbox'], [type='radio'])) {
    font: inherit;
    color: inherit;
    background: var(--cr-surface);
    border: 1px solid var(--cr-border);
    border-radius: 0.3rem;
    padding: 0.2rem 0.4rem;
    inline-size: 100%;
    box-sizing: border-box;
  }
  .cr-sharing :where(input):focus-visible {
    outline: 3px solid var(--cr-focus);
    outline-offset: 2px;
  }
  .cr-sharing-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block: 0.75rem;
  }
  .cr-sharing button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .cr-sharing-consent {
    border: 1px solid var(--cr-border);
    border-radius: 0.4rem;
    padding: 0.5rem 1rem;
  }
  .cr-sharing-url {
    overflow-wrap: anywhere;
  }
  .cr-sharing-muted {
    color: var(--cr-text-muted);
  }
  .cr-sharing-problem {
    color: var(--cr-danger);
  }
</style>`;
