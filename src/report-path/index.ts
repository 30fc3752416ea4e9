/** Entry for partners who want only the report path: `dist/report-path.js` (it includes the helpline banner it embeds). */
import { defineOnce } from '../core/ogv-element.js';
import { OgvReportPath } from './report-path.js';

export { OgvReportPath };
defineOnce('ogv-report-path', OgvReportPath);

declare global {
  interface HTMLElementTagNameMap {
    'ogv-report-path': OgvReportPath;
  }
}
