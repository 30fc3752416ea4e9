/**
 * The finder with a local register next to the first: local entries are found like the others, marked with
 * a translated "Local" badge, and a local register that fails is left out with the visible notice.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/resource-finder/index.js';
import type { OgvResourceFinder } from '../../src/resource-finder/index.js';
import { root } from '../helpers/shadow.js';
import { fresh } from '../helpers/requests.js';
import { captureWarnings } from '../helpers/console.js';

const FIRST = '/test/fixtures/registers/valid-small.json';
const LOCAL = '/test/fixtures/registers/local/small.json';
const MISSING = '/test/fixtures/registers/does-not-exist.json';

const cards = (el: OgvResourceFinder) => [...root(el).querySelectorAll<HTMLElement>('[part~="result"]')];
const badge = (card: HTMLElement) => card.querySelector('[part~="result-local"]')?.textContent?.trim();
const notice = (el: OgvResourceFinder) => root(el).querySelector('[part~="notice"]')!.textContent!.trim();

async function make(lang: string, src: string): Promise<OgvResourceFinder> {
  const el = await fixture<OgvResourceFinder>(html`<ogv-resource-finder lang=${lang} src=${src}></ogv-resource-finder>`);
  await waitUntil(() => el.status !== 'loading', 'the registers did not load');
  await el.updateComplete;
  return el;
}

// Captured and not printed: the local fixture has bad entries on purpose; register-merge.test.ts checks the warnings.
captureWarnings();

describe('ogv-resource-finder: a local register next to the first', () => {
  it('shows both registers, with the duplicate once and the local entry marked "Local"', async () => {
    const el = await make('en', `${fresh(FIRST)} ${fresh(LOCAL)}`);
    const shown = cards(el);
    expect(shown.map((card) => card.dataset.id)).to.have.members([
      'igvm-wraakporno-youtoo',
      'sensoa-affiches-sexting',
      'example-local-school',
    ]);
    const marks = Object.fromEntries(shown.map((card) => [card.dataset.id, badge(card)]));
    expect(marks).to.deep.equal({
      'igvm-wraakporno-youtoo': undefined,
      'sensoa-affiches-sexting': undefined,
      'example-local-school': 'Local',
    });
    expect(notice(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says "Lokaal", "Local" and "Lokal" in Dutch, French and German', async () => {
    const src = `${fresh(FIRST)} ${fresh(LOCAL)}`;
    for (const [lang, text] of [['nl', 'Lokaal'], ['fr', 'Local'], ['de', 'Lokal']] as const) {
      const el = await make(lang, src);
      const card = cards(el).find((each) => each.dataset.id === 'example-local-school')!;
      expect(badge(card), lang).to.equal(text);
    }
  });

  it('leaves out a local register that cannot be loaded, says so, and shows the first', async () => {
    const el = await make('nl', `${fresh(FIRST)} ${fresh(MISSING)}`);
    expect(el.status).to.equal('ready');
    expect(cards(el).map((card) => card.dataset.id)).to.have.members(['igvm-wraakporno-youtoo', 'sensoa-affiches-sexting']);
    expect(notice(el)).to.equal('Een lokale lijst kon niet worden geladen. De items ervan worden niet getoond.');
  });

  it('shows the bundled copy with both notices when every register fails', async () => {
    const el = await make('en', `${fresh(MISSING)} ${fresh(MISSING)}`);
    expect(el.status).to.equal('fallback');
    expect(notice(el)).to.match(/^The latest list could not be loaded\. Showing the copy from .+\. A local list could not be loaded\. Its entries are not shown\.$/);
    expect(cards(el).some((card) => badge(card))).to.equal(false);
  });
});
