/**
 * A table that scrolls sideways in its own region (`<div class="scroll" role="region" tabindex="0">`)
 * rather than the page, for the class view's wide tables (overview, agreement) on a phone: the
 * region is relative, so a visually hidden text inside scrolls with the table; its caption wraps
 * at the region's width and stays put while the table scrolls, so the whole title is read.
 */
import { css } from 'lit';

/** See the module comment. */
export const scrollTableStyles = css`
  .scroll {
    overflow-x: auto;
    position: relative;
    container-type: inline-size;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--cr-focus);
    outline-offset: 2px;
  }
  caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
    box-sizing: border-box;
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
`;
