/** Entry for partners who want only the quick exit: `dist/quick-exit.js`. */
import { defineOnce } from '../core/ogv-reactive-element.js';
import { OgvQuickExit, type QuickExitDetail } from './quick-exit.js';

export { OgvQuickExit };
export type { QuickExitDetail };
defineOnce('ogv-quick-exit', OgvQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'ogv-quick-exit': OgvQuickExit;
  }
  interface HTMLElementEventMap {
    'ogv-quick-exit': CustomEvent<QuickExitDetail>;
  }
  /** The events bubble and are composed: a page can listen on `document`. */
  interface DocumentEventMap {
    'ogv-quick-exit': CustomEvent<QuickExitDetail>;
  }
}
