/**
 * <ogv-helpline-banner>: the helplines of the register, callable in one tap.
 * Foundation stub: renders its localised name; issue 5 makes it real.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { OgvElement } from '../core/ogv-element.js';

/**
 * Shows who to call or write to now.
 *
 * @summary Helplines, one tap away.
 */
export class OgvHelplineBanner extends OgvElement {
  override render() {
    return html`<h2>${msg('Helplines')}</h2>`;
  }
}
