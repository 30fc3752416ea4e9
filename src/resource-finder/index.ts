/** Entry for partners who want only the resource finder: `dist/resource-finder.js`. */
import { defineOnce } from '../core/ogv-element.js';
import { OgvResourceFinder, type ResourceOpenDetail, type ResultsChangeDetail } from './resource-finder.js';

export { OgvResourceFinder };
export type { ResourceOpenDetail, ResultsChangeDetail };
defineOnce('ogv-resource-finder', OgvResourceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ogv-resource-finder': OgvResourceFinder;
  }
  interface HTMLElementEventMap {
    'ogv-results-change': CustomEvent<ResultsChangeDetail>;
    'ogv-resource-open': CustomEvent<ResourceOpenDetail>;
  }
  /** The events bubble and are composed: a page can listen on `document`. */
  interface DocumentEventMap {
    'ogv-results-change': CustomEvent<ResultsChangeDetail>;
    'ogv-resource-open': CustomEvent<ResourceOpenDetail>;
  }
}
