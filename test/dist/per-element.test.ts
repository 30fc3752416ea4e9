/**
 * Each per-element bundle (dist/<element>.js) alone on a page: it defines its element, which speaks the
 * page's languages (the build keeps only that element's translations, so this checks none went missing),
 * and defines nothing else it does not need.
 */
import { expect, waitUntil } from '@open-wc/testing';

async function load(bundle: string): Promise<Window & { __errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/dist/per-element.html?bundle=${bundle}`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & { __errors: string[] };
}

const shadowText = (win: Window, tag: string) => win.document.querySelector(tag)?.shadowRoot?.textContent ?? '';

describe('per-element bundles', () => {
  // Plain and str`` messages in three languages find their translations in the built bundle.
  it('dist/ogv-widgets.js: every element in its own language, placeholders filled', async () => {
    const win = await load('ogv-widgets');
    await waitUntil(() => /\d+ Ergebnisse/.test(shadowText(win, 'ogv-resource-finder')), 'finder count not in German');
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
    await waitUntil(() => /Ergebnis|Ressourcen|Hilfe/.test(shadowText(win, 'ogv-resource-finder')), 'not in German');
    const input = win.document.querySelector('ogv-resource-finder')!.shadowRoot!.querySelector('input[type="search"]');
    expect(input).not.to.equal(null);
    expect(win.__errors).to.deep.equal([]);
  });

  it('dist/report-path.js: the report path, in Dutch, with its helpline banner', async () => {
    const win = await load('report-path');
    await waitUntil(() => win.customElements.get('ogv-report-path') && shadowText(win, 'ogv-report-path').length > 0);
    expect(shadowText(win, 'ogv-report-path')).to.include('Instituut');
    expect(win.customElements.get('ogv-helpline-banner')).not.to.equal(undefined);
    expect(win.__errors).to.deep.equal([]);
  });
});
