/**
 * Guarantee: on the narrowest screens a person uses (320 px, which is 1280 px at 400 % zoom, and a 360 px
 * phone), the quick exit at its default position is one short row in every language (French is the longest),
 * with or without the safety link: its label never wraps, the link sits beside the button, nothing scrolls
 * sideways, and the button and the link are at least 44 × 44 px. Checked in Chromium and Firefox, on a page
 * with the usual 16 px gutter and with wide partner fonts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { resetViewport } from '../helpers/viewport.js';
import '../../src/quick-exit/index.js';
import type { OgvQuickExit } from '../../src/quick-exit/quick-exit.js';

const buttonOf = (el: OgvQuickExit) => el.shadowRoot!.querySelector('button')!;
const barOf = (el: OgvQuickExit) => el.shadowRoot!.querySelector<HTMLElement>('.bar')!;

/** The distinct line tops of `node`'s text (a Range over its contents). */
function lines(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
}

describe('<ogv-quick-exit> on the narrowest screens', function () {
  this.timeout(30000);
  afterEach(resetViewport);

  for (const width of [320, 360]) {
    for (const font of ['', 'Arial, sans-serif', 'Georgia, serif']) {
      it(`is one short row at ${width} px in nl, fr, de and en, with a safety link or not${font ? ` (${font})` : ''}`, async () => {
        await setViewport({ width, height: 640 });
        const faults: string[] = [];
        for (const lang of ['nl', 'fr', 'de', 'en']) {
          for (const safety of ['', 'https://example.org/browse-safely']) {
            const page = await fixture<HTMLElement>(html`<div style="padding: 0 16px; ${font ? `font-family: ${font}` : ''}">
              <ogv-quick-exit lang=${lang} safety-href=${safety || nothing}></ogv-quick-exit>
              <p>Host text</p>
            </div>`);
            const el = page.querySelector<OgvQuickExit>('ogv-quick-exit')!;
            await el.updateComplete;
            const what = `${lang}${safety ? ' with link' : ''}`;
            const button = buttonOf(el).getBoundingClientRect();
            const label = buttonOf(el).querySelector('.label')!;
            const labelLines = lines(label.lastChild!);
            if (labelLines !== 1) faults.push(`${what}: label on ${labelLines} lines`);
            if (button.width < 44 || button.height < 44) faults.push(`${what}: button ${button.width}×${button.height}`);
            // One row: the bar is no taller than its tallest item plus its padding.
            const bar = barOf(el).getBoundingClientRect();
            const items = [buttonOf(el), ...el.shadowRoot!.querySelectorAll('a')];
            const tallest = Math.max(...items.map((i) => i.getBoundingClientRect().height));
            if (bar.height > tallest + 12) faults.push(`${what}: bar ${bar.height} px tall, its tallest item ${tallest} px`);
            const link = el.shadowRoot!.querySelector('a');
            if (link) {
              const box = link.getBoundingClientRect();
              if (box.top >= button.bottom || box.bottom <= button.top) faults.push(`${what}: link on a line of its own`);
              if (box.width < 44 || box.height < 44) faults.push(`${what}: link ${box.width}×${box.height}`);
              // Its words whole: no more lines than words.
              const words = link.textContent!.trim().split(/\s+/).length;
              if (lines(link) > words) faults.push(`${what}: link text broken inside a word (${lines(link)} lines)`);
              if (box.right > width || box.left < 0) faults.push(`${what}: link outside the screen`);
            }
            if (button.right > width || button.left < 0) faults.push(`${what}: button outside the screen`);
            // Short: no taller than two lines of the link beside the button, so it hides little when it sticks.
            if (el.getBoundingClientRect().height > 64) faults.push(`${what}: ${el.getBoundingClientRect().height} px tall`);
            if (document.documentElement.scrollWidth > width) faults.push(`${what}: sideways scroll`);
          }
        }
        expect(faults.join('; ')).to.equal('');
      });
    }
  }
});
