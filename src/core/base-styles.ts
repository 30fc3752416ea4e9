/**
 * What every element's shadow root shares: a border-box model (host CSS such as `* { box-sizing: content-box
 * !important }` cannot reach inside), the host's display and font (`--ogv-font-family`), the `hidden`
 * attribute on the host, and `.visually-hidden`, text for screen readers only (no `!important`: no rule of
 * ours sets its properties on such an element, and page CSS cannot reach it).
 * Each element lists it first in its styles, so its own rules (e.g. an inline display) come after.
 */
import { css } from 'lit';

export const baseStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host {
    display: block;
    font-family: var(--ogv-font-family, inherit);
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
`;
