/** The class that hides text from the eye but not from screen readers, for shadow-DOM components. */
import { css } from 'lit';

/** `.visually-hidden`: off screen for sighted readers, read by screen readers. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
