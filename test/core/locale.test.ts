import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { msg } from '@lit/localize';
import { normalizeLocale, resolveLocale } from '../../src/core/locale.js';
import { OgvElement, defineOnce } from '../../src/core/ogv-element.js';
import { shadowText as text } from '../helpers/shadow.js';

/** A minimal element on the shared base class, rendering one message that src/ also uses. */
class OgvLocaleProbe extends OgvElement {
  override render() {
    return litHtml`<span>${msg('Leave this page')}</span>`;
  }
}
defineOnce('ogv-locale-probe', OgvLocaleProbe);

const EXPECTED = {
  en: 'Leave this page',
  nl: 'Verlaat deze pagina',
  fr: 'Quitter cette page',
  de: 'Diese Seite verlassen',
};

/** Waits until `element` shows `expected`: after a lang change, the lang observer (a MutationObserver) runs, then Lit's update. */
async function shows(element: OgvElement, expected: string): Promise<void> {
  await waitUntil(() => text(element) === expected, `shows "${text(element)}", not "${expected}"`);
}

describe('normalizeLocale', () => {
  it('maps Belgian and other regional tags to their language', () => {
    expect(normalizeLocale('nl-BE')).to.equal('nl');
    expect(normalizeLocale('fr-BE')).to.equal('fr');
    expect(normalizeLocale('de-BE')).to.equal('de');
    expect(normalizeLocale('de-DE')).to.equal('de');
    expect(normalizeLocale('EN-gb')).to.equal('en');
  });
  it('maps any other language to English and an empty tag to nothing', () => {
    expect(normalizeLocale('es')).to.equal('en');
    expect(normalizeLocale('ar-MA')).to.equal('en');
    expect(normalizeLocale('')).to.equal(undefined);
    expect(normalizeLocale(null)).to.equal(undefined);
  });
});

describe('element language', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('speaks its own lang', async () => {
    for (const [lang, expected] of Object.entries(EXPECTED)) {
      const el = await fixture<OgvLocaleProbe>(html`<ogv-locale-probe lang=${lang}></ogv-locale-probe>`);
      expect(text(el)).to.equal(expected);
      expect(el.locale).to.equal(lang);
    }
  });

  it('follows its closest ancestor with lang, over <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'de');
    const wrapper = await fixture(html`<section lang="fr-BE"><div><ogv-locale-probe></ogv-locale-probe></div></section>`);
    const el = wrapper.querySelector<OgvLocaleProbe>('ogv-locale-probe')!;
    await shows(el, EXPECTED.fr);
    expect(text(el)).to.equal(EXPECTED.fr);
  });

  it('follows <html lang> when nothing closer has lang', async () => {
    document.documentElement.setAttribute('lang', 'nl-BE');
    const el = await fixture<OgvLocaleProbe>(html`<ogv-locale-probe></ogv-locale-probe>`);
    expect(text(el)).to.equal(EXPECTED.nl);
  });

  it('falls back to the browser language, then English', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<OgvLocaleProbe>(html`<ogv-locale-probe></ogv-locale-probe>`);
    const browser = normalizeLocale(navigator.languages[0] ?? navigator.language) ?? 'en';
    expect(resolveLocale(el)).to.equal(browser);
    expect(text(el)).to.equal(EXPECTED[browser]);
  });

  it('treats an unsupported language as English', async () => {
    const el = await fixture<OgvLocaleProbe>(html`<ogv-locale-probe lang="es"></ogv-locale-probe>`);
    expect(text(el)).to.equal(EXPECTED.en);
  });

  it('re-renders when its own lang changes', async () => {
    const el = await fixture<OgvLocaleProbe>(html`<ogv-locale-probe lang="nl"></ogv-locale-probe>`);
    el.setAttribute('lang', 'de');
    await shows(el, EXPECTED.de);
    expect(text(el)).to.equal(EXPECTED.de);
  });

  it("re-renders when an ancestor's lang or <html lang> changes", async () => {
    document.documentElement.setAttribute('lang', 'en');
    const wrapper = await fixture(html`<div lang="nl"><ogv-locale-probe></ogv-locale-probe></div>`);
    const el = wrapper.querySelector<OgvLocaleProbe>('ogv-locale-probe')!;
    wrapper.setAttribute('lang', 'fr');
    await shows(el, EXPECTED.fr);
    expect(text(el)).to.equal(EXPECTED.fr);
    wrapper.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'de');
    await shows(el, EXPECTED.de);
    expect(text(el)).to.equal(EXPECTED.de);
  });

  it('renders two languages side by side on one page (a bilingual Brussels page)', async () => {
    const wrapper = await fixture(html`<div>
      <ogv-locale-probe lang="nl-BE"></ogv-locale-probe>
      <ogv-locale-probe lang="fr-BE"></ogv-locale-probe>
    </div>`);
    const [nl, fr] = [...wrapper.querySelectorAll<OgvLocaleProbe>('ogv-locale-probe')];
    await shows(nl!, EXPECTED.nl);
    await shows(fr!, EXPECTED.fr);
    expect(text(nl!)).to.equal(EXPECTED.nl);
    expect(text(fr!)).to.equal(EXPECTED.fr);
  });
});
