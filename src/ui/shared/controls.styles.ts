/**
 * The form controls' shared look, for shadow-DOM components (styles/base.css does not reach into
 * shadow roots): buttons, text fields, selects and text areas in the --cr-* tokens, the disabled
 * state, the focus ring, and the `.primary` and `.danger` button variants.
 *
 * Put it first in a component's styles array: `static override styles = [controlStyles, css`…`]`.
 * The element rules sit inside :where(), which adds no specificity, so any rule of the component's
 * own (a padding, a width, a background) overrides them whatever its selector.
 */
import { css } from 'lit';

/**
 * Base look of button, input (not checkboxes or radio buttons, which keep the browser's), select
 * and textarea: the surface colour, a 1px border, small radius and padding, inherited font and
 * colour; buttons show a pointer; disabled ones are dimmed. Keyboard focus on any control,
 * checkboxes too, shows a 3px ring in --cr-focus, 2px out. `.primary` fills a button with
 * --cr-focus (the one main action of a form), `.danger` draws it in --cr-danger (an action that
 * destroys something).
 */
export const controlStyles = css`
  :where(button, input:not([type='checkbox'], [type='radio']), select, textarea) {
    font: inherit;
    color: inherit;
    background: var(--cr-surface);
    border: 1px solid var(--cr-border);
    border-radius: 0.3rem;
    padding: 0.2rem 0.4rem;
  }
  :where(button) {
    cursor: pointer;
  }
  :where(button, input:not([type='checkbox'], [type='radio']), select, textarea):disabled {
    opacity: 0.55;
    cursor: default;
  }
  :where(button, input, select, textarea):focus-visible {
    outline: 3px solid var(--cr-focus);
    outline-offset: 2px;
  }
  .primary {
    background: var(--cr-focus);
    border-color: var(--cr-focus);
    color: var(--cr-surface);
    font-weight: 600;
  }
  .danger {
    color: var(--cr-danger);
    border-color: var(--cr-danger);
    font-weight: 600;
  }
`;
