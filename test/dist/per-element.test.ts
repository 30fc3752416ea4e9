/**
 * Each per-element bundle (dist/<element>.js) alone on a page: it defines its element, which speaks the
 * page's languages (the build keeps only that element's translations, so this checks none went missing),
 * and defines nothing else it does not need.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { bundledRegister } from '../../src/core/register.js';
import { loadFrame } from '../helpers/frames.js';
import { shadowText as textOf } from '../helpers/shadow.js';

async function load(bundle: string): Promise<Window & { __errors: string[] }> {
  const frame = await loadFrame(`/test/dist/per-element.html?bundle=${bundle}`);
  return frame.contentWindow as Window & { __errors: string[] };
}

/** The shadow text of the page's `tag`. */
const shadowText = (win: Window, tag: string) => textOf(win.document.querySelector(tag));
/** The finder's count of the whole bundled register, in German. */
const GERMAN_COUNT = `${bundledRegister().register.entries.length} Ergebnisse`;

describe('per-element bundles', () => {
  // Plain and str`` messages in three languages find their translations in the built bundle.
  it('dist/ogv-widgets.js: every element in its own language, placeholders filled', async () => {
    const win = await load('ogv-widgets');
    await waitUntil(() => shadowText(win, 'ogv-resource-finder').includes(GERMAN_COUNT), 'finder count not in German');
    expect(shadowText(win, 'ogv-quick-exit')).to.include('Verlaat deze pagina');
    await waitUntil(() => shadowText(win, 'ogv-helpline-banner').includes('Appeler le 0800 12 800'), 'banner not in French');
    expect(shadowText(win, 'ogv-report-path')).to.include('Wat je nu kunt doen');
    expect(win.__errors).to.deep.equal([]);
  });

  it('dist/quick-exit.js: the quick exit alone, in Dutch', async () => {
    const win = await load('quick-exit');
    await waitUntil(() => shadowText(win, 'ogv-quick-exit').includes('Verlaat deze pagina'), 'not in Dutch');
    expect(win.customElements.get('ogv-resource-finder')).to.equal(undefined);
    expect(win.customElements.get('ogv-helpline-banner')).to.equal(undefined);
    expect(win.__errors).to.deep.equal([]);
  });

  it('dist/helpline-banner.js: the banner, in French', async () => {
    const win = await load('helpline-banner');
    await waitUntil(() => shadowText(win, 'ogv-helpline-banner').includes('Lignes d’aide'), 'not in French');
    expect(shadowText(win, 'ogv-helpline-banner')).to.include('Appeler le 0800 12 800');
    expect(win.customElements.get('ogv-quick-exit')).to.equal(undefined);
    expect(win.__errors).to.deep.equal([]);
  });

  it('dist/resource-finder.js: the finder, in German', async () => {
    const win = await load('resource-finder');
    await waitUntil(() => shadowText(win, 'ogv-resource-finder').includes(GERMAN_COUNT), 'not in German');
    expect(shadowText(win, 'ogv-resource-finder')).to.include('Hilfsmittel und Veröffentlichungen durchsuchen');
    const input = win.document.querySelector('ogv-resource-finder')!.shadowRoot!.querySelector('input[type="search"]');
    expect(input).not.to.equal(null);
    expect(win.__errors).to.deep.equal([]);
  });

  it('dist/report-path.js: the report path, in Dutch, with its helpline banner', async () => {
    const win = await load('report-path');
    await waitUntil(() => win.customElements.get('ogv-report-path') && shadowText(win, 'ogv-report-path').length > 0);
    expect(shadowText(win, 'ogv-report-path')).to.include('Wat je nu kunt doen');
    expect(shadowText(win, 'ogv-report-path')).to.include('Het is niet jouw schuld. Hulp is gratis en vertrouwelijk.');
    expect(shadowText(win, 'ogv-report-path')).to.include('Het Instituut');
    expect(win.customElements.get('ogv-helpline-banner')).not.to.equal(undefined);
    expect(win.__errors).to.deep.equal([]);
  });
});
