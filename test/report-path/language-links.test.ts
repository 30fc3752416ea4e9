/**
 * <ogv-report-path> in the reader's language, in the data too: its links go to the register's French pages
 * on a French page and to its Dutch ones on a Dutch page, named by what they are.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/report-path/index.js';
import type { OgvReportPath } from '../../src/report-path/report-path.js';
import { root, text } from '../helpers/shadow.js';

const step = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`li[data-step="${id}"]`)!;
const links = (el: Element, id: string) => [...step(el, id).querySelectorAll<HTMLAnchorElement>(':scope > .links a[href]')];
const hrefs = (el: Element, id: string) => links(el, id).map((a) => a.getAttribute('href'));

async function path(lang: string): Promise<OgvReportPath> {
  const el = fixtureSync<OgvReportPath>(html`<ogv-report-path lang=${lang}></ogv-report-path>`);
  await el.updateComplete;
  return el;
}

describe('<ogv-report-path>: the register’s language versions', () => {
  it('on a French page: the French pages, named by what they are', async () => {
    const el = await path('fr');
    expect(hrefs(el, 'not-to-blame')).to.deep.equal(['tel:+3280012800', 'https://aide.igvm-iefh.belgium.be/fr']);
    expect(hrefs(el, 'stop-spreading')).to.deep.equal(['https://stopncii.org/?lang=fr-fr']);
    expect(text(links(el, 'ask-institute')[1])).to.equal(
      'Informations et signalements : Institut pour l’égalité des femmes et des hommes',
    );
    expect(text(links(el, 'stop-spreading')[0])).to.equal('Site web : StopNCII');
  });

  it('on a Dutch page: the Dutch pages', async () => {
    const el = await path('nl');
    expect(hrefs(el, 'file-complaint')).to.deep.equal(['tel:+3280012800', 'https://hulp.igvm.be/']);
    expect(hrefs(el, 'stop-spreading')).to.deep.equal(['https://stopncii.org/?lang=nl-nl']);
    expect(text(links(el, 'ask-institute')[1])).to.equal(
      'Informatie en klachten: Instituut voor de gelijkheid van vrouwen en mannen',
    );
  });

  it('follows a change of language', async () => {
    const el = await path('nl');
    el.lang = 'fr';
    await waitUntil(() => hrefs(el, 'stop-spreading')[0] === 'https://stopncii.org/?lang=fr-fr', 'still the Dutch page');
  });
});
