/** Entry for partners who want only the quick exit: `dist/quick-exit.js`. */
import { defineOnce } from '../core/ogv-reactive-element.js';
import { OgvQuickExit } from './quick-exit.js';

export { OgvQuickExit };
defineOnce('ogv-quick-exit', OgvQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'ogv-quick-exit': OgvQuickExit;
  }
}
