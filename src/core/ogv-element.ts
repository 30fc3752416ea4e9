/**
 * Base of the ogv-* elements that render lit-html templates: LitElement with the shared locale behaviour
 * (localized.ts): renders in the element's own language (see locale.ts), re-renders when its `lang` or an
 * ancestor's changes. `defineOnce` defines an element only once per page.
 */
import { LitElement } from 'lit';
import { Localized } from './localized.js';

export { defineOnce } from './localized.js';

export class OgvElement extends Localized(LitElement) {}
