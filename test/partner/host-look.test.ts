/**
 * Guarantee: on host pages made from real third-party CSS (GOV.UK Frontend, which sets its font on classes and
 * leaves `body` in the browser's default; Bootstrap 5, which sets it on `body`), with the README's snippet and no
 * other configuration, no text of the widgets is in the browser's default font (a serif).
 */
import { expect } from '@open-wc/testing';
import { closePages, openPage, TAGS, type OpenedPage } from '../helpers/partner.js';
import { deepQueryAll } from '../helpers/shadow.js';
import { waitRendered } from '../helpers/wait.js';

/** What `font-family: initial` computes in this page: the browser's default font family. */
function defaultFont(page: OpenedPage): string {
  const probe = page.doc.createElement('div');
  const root = probe.attachShadow({ mode: 'open' });
  const span = page.doc.createElement('span');
  span.style.fontFamily = 'initial';
  root.append(span);
  page.doc.body.append(probe);
  const family = page.win.getComputedStyle(span).fontFamily;
  probe.remove();
  return family;
}

/** Every element of the widgets with text of its own, as `<tag> "text": family`. */
function fonts(page: OpenedPage): { label: string; family: string }[] {
  const out: { label: string; family: string }[] = [];
  for (const tag of TAGS) {
    for (const host of Array.from(page.doc.querySelectorAll(tag))) {
      for (const el of deepQueryAll<HTMLElement>(host.shadowRoot!, '*')) {
        const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!own || el.getClientRects().length === 0) continue;
        out.push({ label: `${tag} <${el.localName}> "${el.textContent!.trim().slice(0, 20)}"`, family: page.win.getComputedStyle(el).fontFamily });
      }
    }
  }
  return out;
}

describe('partner kit: the widgets in the host page', function () {
  this.timeout(30000);
  afterEach(closePages);

  for (const name of ['govuk.html', 'bootstrap.html']) {
    it(`${name}: no text in the browser's default font`, async () => {
      const page = await openPage(name, { width: 1024, height: 800 });
      await waitRendered(page.doc, TAGS.filter((tag) => page.doc.querySelector(tag)));
      const initial = defaultFont(page);
      expect(initial).to.not.equal('');
      const all = fonts(page);
      expect(all.length, 'text in the widgets').to.be.greaterThan(5);
      const serif = all.filter((f) => f.family === initial).map((f) => f.label);
      expect(serif, `in ${initial}`).to.deep.equal([]);
    });
  }

  it("bootstrap.html: the widgets' text is in the host's own font", async () => {
    const page = await openPage('bootstrap.html', { width: 1024, height: 800 });
    await waitRendered(page.doc, TAGS.filter((tag) => page.doc.querySelector(tag)));
    const host = page.win.getComputedStyle(page.doc.body).fontFamily;
    const other = fonts(page).filter((f) => f.family !== host).map((f) => `${f.label}: ${f.family}`);
    expect(other).to.deep.equal([]);
  });
});
