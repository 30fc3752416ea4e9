/**
 * Base of an ogv element that builds its own shadow DOM instead of using lit-html templates: Lit's
 * ReactiveElement (reactive properties, attributes, `static styles`, the update cycle) with the shared
 * locale behaviour (localized.ts). Build and update the DOM in `update()`, where `msg()` answers in the
 * element's language. Used by <ogv-quick-exit>, so that dist/quick-exit.js does not carry lit-html.
 */
import { ReactiveElement } from 'lit';
import { Localized } from './localized.js';

export { defineOnce } from './localized.js';

export class OgvReactiveElement extends Localized(ReactiveElement) {}
