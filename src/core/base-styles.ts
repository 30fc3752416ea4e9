/**
 * What every element's shadow root shares: the design tokens (tokens.ts: colours, radius, spacing, font), a
 * border-box model (host CSS such as `* { box-sizing: content-box !important }` cannot reach inside), the
 * host's display, the `hidden` attribute on the host, and `.visually-hidden`, text for screen readers only
 * (no `!important`: no rule of ours sets its properties on such an element, and page CSS cannot reach it).
 * Each element lists it first in its styles, so its own rules (e.g. an inline display) come after.
 */
import { css, type CSSResultArray } from 'lit';
import { tokens } from './tokens.js';

// Two sheets, not one css`` with the tokens interpolated: the build minifies only css`` without substitutions.
export const baseStyles: CSSResultArray = [
  tokens,
  css`
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    :host {
      display: block;
    }
    /* !important: an element's own display rules (an inline variant) come later and must not undo "hidden". */
    :host([hidden]) {
      display: none !important;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      border: 0;
      white-space: nowrap;
    }
  `,
];
