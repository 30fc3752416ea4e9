/** Entry for partners who want only the helpline banner: `dist/helpline-banner.js`. */
import { defineOnce } from '../core/ogv-element.js';
import { OgvHelplineBanner, type HelplineContactDetail } from './helpline-banner.js';

export { OgvHelplineBanner };
export type { HelplineContactDetail };
defineOnce('ogv-helpline-banner', OgvHelplineBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ogv-helpline-banner': OgvHelplineBanner;
  }
  interface HTMLElementEventMap {
    'ogv-helpline-contact': CustomEvent<HelplineContactDetail>;
  }
  /** The events bubble and are composed: a page can listen on `document`. */
  interface DocumentEventMap {
    'ogv-helpline-contact': CustomEvent<HelplineContactDetail>;
  }
}
