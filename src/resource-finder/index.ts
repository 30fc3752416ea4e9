/** Entry for partners who want only the resource finder: `dist/resource-finder.js`. */
import { defineOnce } from '../core/ogv-element.js';
import { OgvResourceFinder } from './resource-finder.js';

export { OgvResourceFinder };
defineOnce('ogv-resource-finder', OgvResourceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ogv-resource-finder': OgvResourceFinder;
  }
}
