/**
 * The look of <cr-statistics-view>: the page's width, its sections, and a chart beside its table
 * (side by side on a wide screen, the chart above the table on a narrow one), in the --cr-* tokens.
 * Nothing is wider than the screen: a wide table scrolls in its own region (statistics-table).
 */
import { css } from 'lit';

/** See the module comment. */
export const statisticsViewStyles = css`
  :host {
    display: block;
    max-width: 80rem;
    margin: 0 auto;
    padding: 1rem;
    font-family: var(--cr-font-sans);
  }
  section {
    margin-block: 2rem;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  a {
    color: var(--cr-link);
  }
  button {
    font: inherit;
  }
  .pair {
    display: grid;
    gap: 1rem 2rem;
    align-items: start;
  }
  @media (min-width: 60rem) {
    .pair {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  .chart-box {
    min-inline-size: 0;
  }
  .chart {
    display: block;
    overflow: hidden;
    font-size: 0.85rem;
  }
  .chart text {
    fill: currentColor;
  }
  .chart .heading {
    font-weight: 600;
  }
  .chart .figure {
    font-variant-numeric: tabular-nums;
  }
  .note,
  .empty {
    color: var(--cr-text-muted);
    font-size: 0.9em;
  }
  .failure {
    color: var(--cr-danger);
  }
`;
