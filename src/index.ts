/**
 * The one-script-tag entry: `<script type="module" src=".../ogv-widgets.js">` defines every element.
 */
export * from './resource-finder/index.js';
export * from './helpline-banner/index.js';
export * from './quick-exit/index.js';
export * from './report-path/index.js';
export { normalizeLocale, resolveLocale } from './core/locale.js';
export type * from './core/register-types.js';
