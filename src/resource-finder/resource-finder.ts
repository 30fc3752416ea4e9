/**
 * <ogv-resource-finder>: the register, searched on the device, with filters.
 * Foundation stub: renders its localised name; issue 4 makes it real.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { OgvElement } from '../core/ogv-element.js';

/**
 * Searches the register of tools and publications on online gender-based violence.
 *
 * @summary On-device search of the register.
 */
export class OgvResourceFinder extends OgvElement {
  override render() {
    return html`<h2>${msg('Find help and resources')}</h2>`;
  }
}
