import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

/** `hidden` on the host hides every element in every variant, as on any HTML element. */
describe('base styles: the hidden attribute', () => {
  for (const [name, template] of [
    ['quick exit, inline', html`<ogv-quick-exit position="inline" hidden></ogv-quick-exit>`],
    ['quick exit, default', html`<ogv-quick-exit hidden></ogv-quick-exit>`],
    ['helpline banner, inline', html`<ogv-helpline-banner variant="inline" hidden></ogv-helpline-banner>`],
    ['helpline banner, compact', html`<ogv-helpline-banner variant="compact" hidden></ogv-helpline-banner>`],
    ['resource finder', html`<ogv-resource-finder hidden></ogv-resource-finder>`],
    ['report path', html`<ogv-report-path hidden></ogv-report-path>`],
  ] as const) {
    it(`hides the ${name}`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template);
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      el.hidden = false;
      expect(getComputedStyle(el).display).not.to.equal('none');
    });
  }
});
