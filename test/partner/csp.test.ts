/**
 * Guarantee: the built bundle works under a partner's strict Content-Security-Policy, sent as an HTTP header
 * by test/server/partner.middleware.mjs: `default-src 'self'; script-src 'self'; style-src 'self';
 * connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`.
 * Everything renders and no violation is reported (in the page, nor to the report-uri).
 * `require-trusted-types-for` is enforced where the browser supports Trusted Types.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, finderSearchBox, finderSettled, openPage, quickExitButton, TAGS, useEverything } from '../helpers/partner.js';
import { shadowText } from '../helpers/shadow.js';
import { waitRendered } from '../helpers/wait.js';

describe('partner kit: strict Content-Security-Policy', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('is really in force on the test page (an inline style and a cross-origin fetch are refused)', async () => {
    const page = await openPage('widgets.html', { query: 'csp=strict' });
    await waitRendered(page.doc);
    // Probe the policy itself, so the test below cannot pass because no policy applied.
    const probe = page.doc.createElement('style');
    probe.textContent = 'body { outline: 1px solid red; }';
    page.doc.head.append(probe);
    await waitUntil(() => page.win.__partner.violations.some((v) => v.startsWith('style-src')), 'inline style not refused');
    expect(page.doc.defaultView!.getComputedStyle(page.doc.body).outlineStyle).to.equal('none');
  });

  it('renders all four elements with no violation and no error', async () => {
    const page = await openPage('widgets.html', { query: 'csp=strict&lang=nl' });
    await waitRendered(page.doc);
    for (const tag of TAGS) {
      const el = page.doc.querySelector(tag)!;
      expect(shadowText(el), tag).not.to.equal('');
      // Its styles applied (constructable stylesheets are allowed by style-src 'self'): the host is laid out.
      expect(el.getBoundingClientRect().height, `${tag} height`).to.be.greaterThan(0);
    }
    const button = quickExitButton(page.doc)!;
    expect(button, 'quick-exit button').not.to.equal(undefined);
    expect(button.getBoundingClientRect().height).to.be.at.least(44);

    // Use them, so lazily built parts (results, live regions, highlights) render under the policy too.
    const box = finderSearchBox(page.doc);
    if (box) {
      const finder = page.doc.querySelector('ogv-resource-finder')!;
      box.focus();
      await sendKeys({ type: 'sextortion' });
      await finderSettled(page);
      expect(shadowText(finder).toLowerCase()).to.include('sextortion');
    }
    expect(await useEverything(page), 'controls used').to.be.greaterThan(0);
    await finderSettled(page);
    // The report path's ticked-off state (restyled step, check mark) rendered under the policy.
    const path = page.doc.querySelector('ogv-report-path')!.shadowRoot!;
    const done = path.querySelector<HTMLElement>('[part~="step-done"]');
    expect(done, 'a ticked-off step').not.to.equal(null);
    expect(done!.querySelector('[part~="number"]')!.textContent!.trim()).to.equal('✓');
    const undone = path.querySelector<HTMLElement>('[part="step"]')!;
    expect(page.win.getComputedStyle(done!).backgroundColor, 'ticked-off step background').not.to.equal(page.win.getComputedStyle(undone).backgroundColor);
    expect(page.win.__partner.violations, 'violations').to.deep.equal([]);
    expect(page.win.__partner.errors, 'errors').to.deep.equal([]);
    const log = await page.log();
    expect(log.reports, 'violation reports').to.deep.equal([]);
  });

  it('has Trusted Types enforced where the browser supports them, and Lit passes them', async function () {
    const page = await openPage('widgets.html', { query: 'csp=strict' });
    if (!('trustedTypes' in page.win)) this.skip(); // Firefox ESR without Trusted Types: nothing to enforce.
    await waitRendered(page.doc);
    // The sink is guarded: a plain string into innerHTML is refused by the policy.
    const div = page.doc.createElement('div');
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }).to.throw();
    // The violation event is queued as a task: wait for it before counting.
    await waitUntil(() => page.win.__partner.violations.length > 0, 'the refused innerHTML reported no violation');
    const ours = page.win.__partner.violations.filter((v) => !v.startsWith('require-trusted-types-for'));
    expect(ours).to.deep.equal([]);
    // The only Trusted-Types violation is the probe above, not the widgets.
    expect(page.win.__partner.violations.length).to.equal(1);
  });
});
