/**
 * <ogv-resource-finder> in the reader's language, in the data too: a result links to the register's
 * language version for the page's language (StopNCII's French page on a French page, its Dutch page on a
 * Dutch one), and the open event names the link followed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/resource-finder/index.js';
import type { OgvResourceFinder } from '../../src/resource-finder/index.js';
import { root } from '../helpers/shadow.js';

async function finder(lang: string, query: string): Promise<OgvResourceFinder> {
  const el = await fixture<OgvResourceFinder>(html`<ogv-resource-finder lang=${lang} query=${query}></ogv-resource-finder>`);
  await el.updateComplete;
  await waitUntil(() => root(el).querySelector('[part~="result"]'), 'no results');
  return el;
}

const hrefOf = (el: OgvResourceFinder, id: string) =>
  root(el).querySelector(`[part~="result"][data-id="${id}"] [part~="result-title"] a`)?.getAttribute('href');

describe('<ogv-resource-finder>: the register’s language versions', () => {
  it('on a French page: the French pages where the register gives them', async () => {
    const el = await finder('fr', 'StopNCII');
    expect(hrefOf(el, 'stopncii')).to.equal('https://stopncii.org/?lang=fr-fr');
    const institute = await finder('fr', 'Instituut voor de gelijkheid');
    expect(hrefOf(institute, 'igvm')).to.equal('https://igvm-iefh.belgium.be/fr');
    const childFocus = await finder('fr', 'Child Focus');
    expect(hrefOf(childFocus, 'child-focus')).to.equal('https://childfocus.be/fr-be');
    // No French version in the register: the URL the source gives.
    expect(hrefOf(childFocus, 'child-focus-clicksafe')).to.equal('https://childfocus.be/nl-be/Vorming/Professionals/Clicksafe');
  });

  it('on a Dutch page: the Dutch pages', async () => {
    const el = await finder('nl', 'StopNCII');
    expect(hrefOf(el, 'stopncii')).to.equal('https://stopncii.org/?lang=nl-nl');
    const institute = await finder('nl', 'Instituut voor de gelijkheid');
    expect(hrefOf(institute, 'igvm')).to.equal('https://igvm-iefh.belgium.be/nl');
  });

  it('the open event carries the link followed', async () => {
    const el = await finder('fr', 'StopNCII');
    el.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
    const seen: CustomEvent[] = [];
    el.addEventListener('ogv-resource-open', (e) => seen.push(e as CustomEvent));
    root(el).querySelector<HTMLAnchorElement>('[data-id="stopncii"] [part~="result-title"] a')!.click();
    expect(seen.map((e) => e.detail)).to.deep.equal([{ id: 'stopncii', url: 'https://stopncii.org/?lang=fr-fr' }]);
  });
});
