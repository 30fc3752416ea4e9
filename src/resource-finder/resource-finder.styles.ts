/**
 * Styles of <ogv-resource-finder>: a self-contained box in the page's font, light or dark with the colour
 * scheme its page declares (tokens.ts), system colours under forced colours, readable from 320 px wide, 44 px
 * tap targets.
 */
import { css } from 'lit';
import { baseStyles } from '../core/base-styles.js';
import { noticeStyles } from '../core/register-notice.js';

const finder = css`
  /* The shared tokens (--_accent, --_text, --_bg, --_radius, --_space, the font), display: block and
     :host([hidden]) come from base-styles.ts; the finder's own tokens follow. */
  :host {
    --_border: var(--ogv-finder-border-color, color-mix(in srgb, var(--_text) 40%, transparent));
    --_badge: var(--ogv-finder-badge-background, color-mix(in srgb, var(--_accent) 12%, var(--_bg)));
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.5;
    overflow-wrap: anywhere;
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  /* Without color-mix() (before Chrome 111, Firefox 113, Safari 16.2) the two above would draw nothing. */
  @supports not (color: color-mix(in srgb, red, red)) {
    :host {
      --_border: var(--ogv-finder-border-color, GrayText);
      --_badge: var(--ogv-finder-badge-background, transparent);
    }
  }
  .heading {
    margin: 0 0 var(--_space);
    font-size: 1.5em;
    line-height: 1.25;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  /* Search box (#search: the input) */
  .search {
    display: grid;
    gap: calc(var(--_space) / 4);
    margin-block-end: var(--_space);
  }
  .search label {
    font-weight: 700;
  }
  #search {
    width: 100%;
    min-height: max(44px, 2.75rem);
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  #search:focus-visible {
    border-color: var(--_accent);
  }

  /* On a narrow screen (a phone, or 400 % zoom), the filters sit behind one button, so that the results start
     right under the search box; elsewhere the button is not shown and the filters always are. */
  .filters-toggle {
    display: none;
  }
  @media (max-width: 40rem) {
    .filters-toggle {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      margin-block-end: calc(var(--_space) / 2);
    }
    .filters:not(.open) {
      display: none;
    }
  }
  /* Filters: one <details> per facet (the only summaries and [open] here), options with a count. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .facet {
    flex: 1 1 12rem;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-height: max(44px, 2.75rem);
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    font-weight: 700;
  }
  /* A flex container is no list item, so it has no ::marker; older Safari draws its own marker. */
  summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron (a flex item, so a block). */
  summary::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid;
    border-bottom: 2px solid;
    transform: rotate(-45deg);
    margin-inline-end: 0.25rem;
  }
  [open] > summary::before {
    transform: rotate(45deg);
  }
  .facet-selected {
    font-weight: 400;
    font-size: 0.875em;
    padding: 0 0.4rem;
    border-radius: var(--_radius);
    background: var(--_badge);
  }
  fieldset {
    margin: 0;
    padding: 0 0.5rem 0.5rem;
    border: 0;
    min-width: 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: max(44px, 2.75rem);
    padding: 0 0.25rem;
    cursor: pointer;
  }
  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .option-label {
    flex: 1 1 auto;
  }
  .option-count {
    flex: none;
    font-variant-numeric: tabular-nums;
  }
  /* An option that would give nothing: unavailable, and it looks it (data-count is on options only). */
  [data-count='0']:has(input:disabled) {
    cursor: not-allowed;
  }
  [data-count='0'] span {
    opacity: 0.8;
  }
  .option input:disabled + span {
    text-decoration: line-through;
  }
  button {
    min-height: max(44px, 2.75rem);
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 700;
    color: var(--_accent);
    background: transparent;
    border: 2px solid;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button:hover {
    background: var(--_badge);
  }

  /* Count and results */
  .count {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 700;
  }
  .loading {
    min-height: var(--ogv-finder-loading-min-height, max(24rem, 100vh));
  }
  .group-heading {
    margin: var(--_space) 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    line-height: 1.3;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .result {
    padding-block: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .result:focus {
    outline: 3px solid var(--_accent);
  }
  .result-title {
    margin: 0 0 0.25rem;
    font-size: 1.0625em;
    line-height: 1.35;
  }
  /* Underlined, as every link. */
  .result-title a {
    display: inline-block;
    min-height: max(44px, 2.75rem);
    padding-block: 0.5rem;
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .result-title a:hover {
    text-decoration-thickness: 0.15em;
  }
  mark {
    color: var(--ogv-finder-mark-color, #1a1a1a);
    background: var(--ogv-finder-mark-background, #fde68a);
    border-radius: 0.125rem;
  }
  .summary,
  .meta,
  .badges,
  .topics {
    margin: 0.25rem 0 0;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  .badge {
    padding: 0.05rem 0.5rem;
    font-size: 0.875em;
    background: var(--_badge);
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  .topics-label {
    font-weight: 700;
  }
  .more {
    margin-block-start: var(--_space);
  }
  .empty {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .empty-title {
    margin-block-start: 0;
    font-weight: 700;
  }

  @media (forced-colors: active) {
    :host {
      color: CanvasText;
      background: Canvas;
    }
    .facet,
    .result,
    .empty,
    #search,
    .badge {
      border-color: CanvasText;
    }
    .result-title a {
      color: LinkText;
    }
    button {
      color: ButtonText;
      border-color: ButtonText;
    }
    mark {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }
    :focus-visible,
    .result:focus {
      outline-color: Highlight;
    }
  }
  /* Nothing here moves (no transition, no animation), so prefers-reduced-motion needs no rule. */
  @media print {
    :host {
      background: none;
      color: black;
    }
    .search,
    .filters,
    .filters-toggle,
    .more {
      display: none !important;
    }
    .result-title a::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;

export const styles = [baseStyles, noticeStyles, finder];
