/**
 * Guarantee: axe (node_modules/axe-core, all default rules including best practices) reports nothing for the
 * four elements together on one partner page, in four languages, at 320 px and 1280 px wide.
 */
import { expect } from '@open-wc/testing';
import { closePages, describeViolations, openPage, runAxe } from '../helpers/partner.js';
import { waitRendered } from '../helpers/wait.js';

describe('partner kit: axe on the four elements together', function () {
  this.timeout(40000);
  afterEach(closePages);

  for (const lang of ['nl', 'fr', 'de', 'en']) {
    for (const width of [320, 1280]) {
      it(`${lang}, ${width} px wide`, async () => {
        const page = await openPage('widgets.html', { width, height: 800, query: `lang=${lang}` });
        await waitRendered(page.doc);
        expect(page.doc.documentElement.lang).to.equal(lang);
        expect(page.win.innerWidth).to.equal(width);
        const results = await runAxe(page);
        expect(describeViolations(results)).to.deep.equal([]);
        // Nothing wider than the viewport (no horizontal scrolling at 320 px).
        expect(page.doc.documentElement.scrollWidth, 'page width').to.be.at.most(width);
      });
    }
  }
});
