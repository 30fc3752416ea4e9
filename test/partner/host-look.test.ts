/**
 * Guarantee: on host pages made from real third-party CSS (GOV.UK Frontend, which sets its font on classes and
 * leaves `body` in the browser's default; Bootstrap 5, which sets it on `body`), with the README's snippet and no
 * other configuration, no text of the widgets is in the browser's default font (a serif). And each widget follows the
 * colour scheme its page declares (the inherited `color-scheme`), not the reader's system: light on a page that
 * declares none, dark where the page or the partner opts in.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { closePages, openPage, quickExitButton, TAGS, type OpenedPage } from '../helpers/partner.js';
import { resetViewport } from '../helpers/viewport.js';
import { deepQueryAll } from '../helpers/shadow.js';
import { waitRendered } from '../helpers/wait.js';
import { emulateOrSkip, resetMedia } from '../commands/media.js';

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

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The background a person sees behind each widget: its own host's or the first box inside that paints one. */
function backgrounds(page: OpenedPage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of TAGS) {
    const host = page.doc.querySelector(tag)!;
    const boxes = [host, ...deepQueryAll<HTMLElement>(host.shadowRoot!, '*')].filter((el) => el.getClientRects().length);
    const painted = boxes
      .map((el) => page.win.getComputedStyle(el).backgroundColor)
      .find((c) => c !== 'transparent' && !/rgba\(.*, 0\)$/.test(c));
    out[tag] = painted ?? 'none';
  }
  return out;
}

/** Opens widgets.html (the four on a light page) with `scheme` declared on its root (none: not declared). */
async function openScheme(scheme = ''): Promise<OpenedPage> {
  const page = await openPage('widgets.html', { width: 1024, height: 800, query: scheme ? `scheme=${encodeURIComponent(scheme)}` : '' });
  await waitRendered(page.doc);
  return page;
}

function schemeOf(page: OpenedPage): Record<string, 'light' | 'dark'> {
  return Object.fromEntries(
    Object.entries(backgrounds(page)).map(([tag, color]) => [tag, luminance(color) > 0.5 ? 'light' : 'dark']),
  ) as Record<string, 'light' | 'dark'>;
}

const all = (scheme: 'light' | 'dark') => Object.fromEntries(TAGS.map((tag) => [tag, scheme]));

describe("partner kit: the host page's colour scheme, not the system's", function () {
  this.timeout(30000);
  afterEach(async () => {
    closePages();
    await resetMedia({ colorScheme: 'no-preference' });
  });

  it('a light-only page (no color-scheme) keeps all four light under a dark system scheme', async function () {
    await emulateOrSkip(this, { colorScheme: 'dark' });
    const page = await openScheme();
    expect(page.win.matchMedia('(prefers-color-scheme: dark)').matches, 'the system is dark').to.equal(true);
    expect(schemeOf(page)).to.deep.equal(all('light'));
  });

  it('a page declaring color-scheme: light dark turns all four dark under a dark system scheme', async function () {
    await emulateOrSkip(this, { colorScheme: 'dark' });
    const page = await openScheme('light dark');
    expect(schemeOf(page)).to.deep.equal(all('dark'));
  });

  it('a page declaring color-scheme: light dark stays light under a light system scheme', async function () {
    await emulateOrSkip(this, { colorScheme: 'light' });
    const page = await openScheme('light dark');
    expect(schemeOf(page)).to.deep.equal(all('light'));
  });

  it('a page declaring color-scheme: dark is dark, in any system scheme (both browsers)', async () => {
    const page = await openScheme('dark');
    expect(schemeOf(page)).to.deep.equal(all('dark'));
  });

  it('a partner asks for dark on the elements alone: color-scheme: dark on them', async () => {
    const page = await openScheme();
    for (const tag of TAGS) page.doc.querySelector<HTMLElement>(tag)!.style.colorScheme = 'dark';
    expect(schemeOf(page)).to.deep.equal(all('dark'));
  });
});

describe('partner kit: the quick exit on a phone, on real host pages', function () {
  this.timeout(30000);
  afterEach(async () => {
    closePages();
    await resetViewport();
  });

  for (const [name, label] of [
    ['bootstrap.html', 'Quitter cette page'],
    ['govuk.html', 'Verlaat deze pagina'],
  ] as const) {
    it(`${name} at 360 px: "${label}" on one line, the same size with the progress dots showing`, async () => {
      await setViewport({ width: 800, height: 800 });
      const page = await openPage(name, { width: 360, height: 800 });
      await waitRendered(page.doc, ['ogv-quick-exit']);
      const button = quickExitButton(page.doc)!;
      const text = button.querySelector('.label')!.lastChild!;
      // A bilingual page's one quick exit speaks the page's language (<html lang>): the README says so.
      expect(text.textContent).to.equal(label);
      const range = page.doc.createRange();
      range.selectNodeContents(text);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      expect(lines.size, 'lines of the label').to.equal(1);
      const before = button.getBoundingClientRect();
      const dots = button.querySelector<HTMLElement>('.indicator')!;
      dots.hidden = false; // what the first Shift press shows
      const after = button.getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    });
  }
});

describe('partner kit: the finder on a phone', function () {
  this.timeout(30000);
  afterEach(async () => {
    closePages();
    await resetViewport();
  });

  it('widgets.html at 360×800: the first result starts right under the search box', async () => {
    await setViewport({ width: 800, height: 800 });
    const page = await openPage('widgets.html', { width: 360, height: 800 });
    await waitRendered(page.doc);
    const finder = page.doc.querySelector('ogv-resource-finder')!;
    const first = await waitUntilFound(() => finder.shadowRoot!.querySelector('[part~="result"]'));
    const search = finder.shadowRoot!.querySelector('[part~="search"]')!;
    const gap = first.getBoundingClientRect().top - search.getBoundingClientRect().bottom;
    expect(gap, 'px between the search box and the first result').to.be.below(200);
  });
});

async function waitUntilFound<T>(find: () => T | null): Promise<T> {
  await waitUntil(() => find(), 'not found', { timeout: 10000 });
  return find()!;
}
