/**
 * <ogv-quick-exit>: a button (and a keyboard shortcut) that leaves the page at once for a neutral site.
 * Foundation stub: renders its localised name; issue 6 makes it real.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { OgvElement } from '../core/ogv-element.js';

/**
 * Leaves the page at once for a neutral site.
 *
 * @summary A quick-exit button.
 */
export class OgvQuickExit extends OgvElement {
  override render() {
    return html`<button type="button">${msg('Leave this page')}</button>`;
  }
}
