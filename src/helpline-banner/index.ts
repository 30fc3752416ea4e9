/** Entry for partners who want only the helpline banner: `dist/helpline-banner.js`. */
import { defineOnce } from '../core/ogv-element.js';
import { OgvHelplineBanner } from './helpline-banner.js';

export { OgvHelplineBanner };
defineOnce('ogv-helpline-banner', OgvHelplineBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ogv-helpline-banner': OgvHelplineBanner;
  }
}
