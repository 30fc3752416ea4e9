/**
 * The finder with a local register next to the first: local entries are found like the others, marked with
 * a translated "Local" badge, can be filtered to with the "Source" filter, and a local register that fails is
 * left out with the visible notice.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/resource-finder/index.js';
import type { OgvResourceFinder } from '../../src/resource-finder/index.js';
import { root } from '../helpers/shadow.js';
import { fresh } from '../helpers/requests.js';
import { captureWarnings } from '../helpers/console.js';
import { sendKeys } from '@web/test-runner-commands';

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

  it('filters to the local entries with the "Source" filter, shown only when a local register is merged', async () => {
    const src = `${fresh(FIRST)} ${fresh(LOCAL)}`;
    const el = await make('en', src);
    const source = root(el).querySelector<HTMLDetailsElement>('details[data-facet="origin"]')!;
    expect(source, 'no Source filter').not.to.equal(null);
    expect(source.querySelector('summary')!.textContent!.trim()).to.equal('Source');
    const local = source.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const label = local.closest('label')!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Local (1)');
    expect(local.closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Source');
    await expect(el).to.be.accessible();

    // Ticked, as a reader does: open the filter and press Space on the box.
    source.querySelector('summary')!.click();
    await el.updateComplete;
    local.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    await el.updateComplete;
    expect(local.checked).to.equal(true);
    expect(cards(el).map((card) => card.dataset.id)).to.deep.equal(['example-local-school']);
    expect(root(el).querySelector('[part~="count"]')!.textContent!.trim()).to.equal('1 resource');
    expect(source.querySelector('summary')!.textContent).to.contain('1 selected');
    // With it, another filter's options count the local entries only.
    const topic = root(el).querySelector('details[data-facet="topics"] input[value="non-consensual-intimate-images"]')!;
    expect(topic.closest('label')!.dataset.count).to.equal('1');

    local.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(cards(el)).to.have.length(3);

    // In the reader's language.
    for (const [lang, name, option] of [['nl', 'Herkomst', 'Lokaal'], ['fr', 'Provenance', 'Local'], ['de', 'Herkunft', 'Lokal']] as const) {
      const other = await make(lang, src);
      const facet = root(other).querySelector('details[data-facet="origin"]')!;
      expect(facet.querySelector('.facet-name')!.textContent!.trim(), lang).to.equal(name);
      expect(facet.querySelector('.option-label')!.textContent!.trim(), lang).to.equal(option);
    }
  });

  it('has no Source filter without a local register', async () => {
    const el = await make('en', fresh(FIRST));
    expect(root(el).querySelector('details[data-facet]')).not.to.equal(null);
    expect(root(el).querySelector('details[data-facet="origin"]')).to.equal(null);
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
