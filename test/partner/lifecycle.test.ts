/**
 * Guarantee: however a partner's page or CMS loads it, it works. Two copies of the bundle plus the
 * per-element bundles on one page; the script added after the elements are already in the page; elements
 * added, moved, removed and re-added later by a single-page app. All render, nothing throws or logs an error.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { addModuleScript, closePages, finderSearchBox, openPage, quickExitButton, TAGS } from '../helpers/partner.js';
import { shadowText } from '../helpers/shadow.js';
import { updated, waitRendered } from '../helpers/wait.js';

describe('partner kit: copies, late scripts, single-page apps', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('two copies of ogv-widgets.js and the four per-element bundles on one page', async () => {
    const page = await openPage('twice.html');
    await waitRendered(page.doc);
    const scripts = page.win.performance.getEntriesByType('resource').filter((r) => r.name.includes('/dist/'));
    expect(scripts.length, 'bundles loaded').to.equal(6);
    // The page is German: the first definition of each element serves it.
    await waitUntil(() => shadowText(page.doc.querySelector('ogv-quick-exit')).includes('Diese Seite verlassen'), 'quick exit not in German');
    expect(shadowText(page.doc.querySelector('ogv-report-path')!)).to.include('Was Sie jetzt tun können');
    for (const tag of TAGS) expect(page.doc.querySelectorAll(tag).length).to.equal(1);
    expect(finderSearchBox(page.doc), 'finder search box').not.to.equal(undefined);
    expect(page.win.__partner.errors).to.deep.equal([]);
  });

  it('the script added after the elements are in the page (and after load)', async () => {
    const page = await openPage('late.html');
    // openPage resolved at the page's load event: the script comes after it.
    for (const tag of TAGS) expect(page.win.customElements.get(tag), `${tag} defined too early`).to.equal(undefined);
    await addModuleScript(page, `/__test/partner/${page.token}/dist/ogv-widgets.js`);
    await waitRendered(page.doc);
    // Each in its own language, as set before the script came.
    expect(shadowText(page.doc.querySelector('ogv-helpline-banner'))).to.include('Lignes d’aide');
    expect(shadowText(page.doc.querySelector('ogv-report-path')!)).to.include('Was Sie jetzt tun können');
    expect(quickExitButton(page.doc)!.getBoundingClientRect().height).to.be.at.least(44);
    expect(page.win.__partner.errors).to.deep.equal([]);
  });

  it('elements created, moved, removed and re-added by a single-page app, with a language change', async () => {
    const page = await openPage('empty.html');
    await addModuleScript(page, `/__test/partner/${page.token}/dist/ogv-widgets.js`);
    const app = page.doc.getElementById('app')!;

    // Route 1: the app renders the four elements.
    const view = page.doc.createElement('section');
    view.lang = 'nl';
    for (const tag of TAGS) {
      const el = page.doc.createElement(tag);
      if (tag !== 'ogv-quick-exit') el.setAttribute('heading-level', '2');
      view.append(el);
    }
    app.append(view);
    await waitRendered(page.doc);
    expect(shadowText(page.doc.querySelector('ogv-quick-exit'))).to.include('Verlaat deze pagina');
    expect(shadowText(page.doc.querySelector('ogv-report-path')!)).to.include('Wat je nu kunt doen');

    // Route 2: the view is detached, then attached again elsewhere, then its language changes.
    view.remove();
    await updated(...Array.from(view.children));
    page.doc.body.append(view);
    view.lang = 'fr';
    await waitUntil(() => shadowText(page.doc.querySelector('ogv-quick-exit')).includes('Quitter cette page'), 'no French after a lang change');
    await waitUntil(
      () => shadowText(page.doc.querySelector('ogv-report-path')!).includes('Ce que vous pouvez faire maintenant'),
      'report path not in French after a lang change',
    );
    await waitRendered(page.doc);

    // Route 3: a second finder and banner appear, with attributes set after creation.
    const finder = page.doc.createElement('ogv-resource-finder');
    app.append(finder);
    finder.setAttribute('audiences', 'teachers');
    finder.setAttribute('lang', 'de');
    const banner = page.doc.createElement('ogv-helpline-banner');
    banner.setAttribute('variant', 'compact');
    app.append(banner);
    await waitRendered(page.doc);
    expect(page.doc.querySelectorAll('ogv-resource-finder').length).to.equal(2);

    // Everything torn down: nothing throws on disconnect.
    const removed = Array.from(page.doc.querySelectorAll(TAGS.join(',')));
    for (const el of removed) el.remove();
    await updated(...removed);
    expect(page.win.__partner.errors).to.deep.equal([]);
  });
});
