/**
 * What every element's shadow root shares: a border-box model (host CSS such as `* { box-sizing: content-box
 * !important }` cannot reach inside) and `.visually-hidden`, text for screen readers only.
 * Each element lists it first in its styles.
 */
import { css } from 'lit';

export const baseStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;
