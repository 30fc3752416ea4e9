/** Styles of <ogv-report-path>: numbered steps, disclosure, tick box; dark scheme, forced colours, 320 px, print. */
import { css } from 'lit';
import { baseStyles } from '../core/base-styles.js';
import { noticeStyles } from '../core/register-notice.js';

const own = css`
  /* The shared tokens (--_accent, --_text, --_bg, --_radius, --_space, the font), display: block and
     :host([hidden]) come from base-styles.ts; the report path's own tokens follow. */
  :host {
    --_border: var(--ogv-report-path-border-color, #767676);
    /* A light tint of the accent (a dark one in a dark scheme), so a theme's accent colours it too. */
    --_done-bg: var(--ogv-report-path-done-background, color-mix(in srgb, var(--_accent) 12%, var(--_bg)));
    --_gap: var(--_space);
    color: var(--_text);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  :host([compact]) {
    --_gap: calc(var(--_space) / 2);
  }
  /* The dark values where the page's colour scheme is dark (see tokens.ts). */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_border: var(--ogv-report-path-border-color, light-dark(#767676, #8a8a8a));
    }
  }
  /* Without color-mix() (before Chrome 111, Firefox 113, Safari 16.2): a fixed light blue. */
  @supports not (color: color-mix(in srgb, red, red)) {
    :host {
      --_done-bg: var(--ogv-report-path-done-background, #e8f0fa);
    }
  }
  p {
    margin: 0;
  }

  /* A box of its own, as the finder's and the banner's: on a coloured page its heading keeps clear of the edge. */
  .path {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .intro {
    margin-bottom: var(--_gap);
  }
  .steps {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
    padding: calc(var(--_gap) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .step.done {
    border-color: var(--_accent);
    background: var(--_done-bg);
  }
  .head {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.5rem;
  }
  .number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    margin-top: 0.375rem;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    color: var(--_text);
    font-weight: 700;
  }
  .step.done .number {
    background: var(--_accent);
    color: var(--_bg);
  }
  summary {
    display: list-item;
    min-height: 44px;
    padding: 0.5rem 0.25rem;
    border-radius: var(--_radius);
    font-weight: 700;
    cursor: pointer;
  }
  summary::marker {
    color: var(--_accent);
  }
  summary:focus-visible,
  .link:focus-visible,
  .tick:focus-within {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_bg);
  }
  .detail {
    padding: 0 0.25rem 0.25rem;
  }
  .print-detail {
    display: none;
  }

  /* The tick box's label and the action links: 44 px targets. */
  .tick,
  .link {
    display: inline-flex;
    align-items: center;
    min-width: 44px;
    min-height: 44px;
    border-radius: var(--_radius);
    font-weight: 700;
  }
  .tick {
    gap: 0.375rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    background: var(--_bg);
    cursor: pointer;
  }
  .step.done .tick {
    border-color: var(--_accent);
  }
  .tick input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .tick input:focus-visible {
    outline: none;
  }

  .links {
    min-height: 44px;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0 0 0 2.5rem;
    list-style: none;
  }
  .link-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    max-width: 100%;
  }
  .link {
    justify-content: center;
    max-width: 100%;
    padding: 0.5rem 0.875rem;
    border: 2px solid transparent;
    background: var(--_accent);
    color: var(--_bg);
    text-align: center;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
  .link-text,
  .free {
    font-weight: 700;
  }
  .free {
    font-size: 0.9em;
  }
  .helplines {
    margin-inline-start: 2.5rem;
  }

  :host([compact]) .step {
    padding: calc(var(--_gap) * 0.75) calc(var(--_gap));
  }
  :host([compact]) .title {
    font-size: 1.2em;
  }

  /* Narrow screens: the sentence gets the width; the tick box goes under it; links use the full width. */
  @media (max-width: 30rem) {
    .head {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .tick {
      grid-column: 2;
      justify-self: start;
    }
    .links,
    .helplines {
      padding-inline-start: 0;
      margin-inline-start: 0;
    }
  }

  @media (forced-colors: active) {
    .step,
    .step.done {
      border-color: CanvasText;
    }
    .step.done {
      border-inline-start-color: Highlight;
    }
    .number {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .step.done .number {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .link {
      border-color: LinkText;
      color: LinkText;
      background: Canvas;
      forced-color-adjust: none;
    }
    .tick {
      border-color: ButtonText;
    }
    summary:focus-visible,
    .link:focus-visible,
    .tick:focus-within {
      outline-color: Highlight;
    }
  }

  /*
   * Print: a checklist. A closed <details> cannot be opened by CSS, so every detail is printed from a
   * print-only copy under its step (and the one inside <details> is hidden, so nothing prints twice).
   */
  @media print {
    :host {
      color: #000;
    }
    .path,
    .step,
    .step.done {
      background: none;
      border-color: #000;
      break-inside: avoid;
    }
    summary {
      display: block;
      min-height: 0;
      padding: 0.25rem 0;
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    details > .detail {
      display: none;
    }
    .print-detail {
      display: block;
      padding-inline-start: 2.5rem;
    }
    .number,
    .step.done .number {
      border-color: #000;
      color: #000;
      background: none;
    }
    .tick {
      border-color: #000;
      background: none;
    }
    .link {
      min-height: 0;
      border-color: #000;
      color: #000;
      background: none;
    }
  }
`;

export const styles = [baseStyles, noticeStyles, own];
