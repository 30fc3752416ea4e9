/**
 * <ogv-helpline-banner> in the reader's language, in the data too: on a French page the Institute's card
 * has its French name and links to the French pages the register gives; on a Dutch page, the Dutch ones.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/helpline-banner/index.js';
import type { OgvHelplineBanner } from '../../src/helpline-banner/helpline-banner.js';
import { root, text } from '../helpers/shadow.js';

const nameOf = (el: Element) => el.getAttribute('aria-label') ?? text(el);
const webLinks = (el: Element, id: string) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>(`[data-id="${id}"] a[data-channel="web"]`)];
const hrefs = (el: Element, id: string) => webLinks(el, id).map((a) => a.getAttribute('href'));

async function banner(lang: string, variant = 'full'): Promise<OgvHelplineBanner> {
  const el = await fixture<OgvHelplineBanner>(
    html`<ogv-helpline-banner lang=${lang} variant=${variant} helplines="igvm,child-focus,cyber-squad"></ogv-helpline-banner>`,
  );
  await el.updateComplete;
  return el;
}

describe('<ogv-helpline-banner>: the register’s language versions', () => {
  it('on a French page: French names, French pages, grammatical link names', async () => {
    const el = await banner('fr');
    const institute = 'Institut pour l’égalité des femmes et des hommes';
    expect(text(root(el).querySelector('[data-id="igvm"] [part~="name"]'))).to.equal(institute);
    expect(hrefs(el, 'igvm')).to.deep.equal(['https://aide.igvm-iefh.belgium.be/fr', 'https://igvm-iefh.belgium.be/fr']);
    expect(webLinks(el, 'igvm').map(nameOf)).to.deep.equal([
      `aide.igvm-iefh.belgium.be/fr, Site web : ${institute}`,
      `igvm-iefh.belgium.be/fr, Site web : ${institute}`,
    ]);
    expect(hrefs(el, 'child-focus')).to.deep.equal(['https://childfocus.be/fr-be']);
    expect(nameOf(webLinks(el, 'child-focus')[0]!)).to.equal('Site web : Child Focus');
    // No source gives a French Cyber Squad: the register's address stays.
    expect(hrefs(el, 'cyber-squad')).to.deep.equal(['https://cybersquad.be/nl/']);
    for (const a of root(el).querySelectorAll('a')) expect(nameOf(a)).not.to.match(/ de Institut|Instituut/);
  });

  it('on a Dutch page: the Dutch names and pages', async () => {
    const el = await banner('nl');
    const institute = 'Instituut voor de gelijkheid van vrouwen en mannen';
    expect(text(root(el).querySelector('[data-id="igvm"] [part~="name"]'))).to.equal(institute);
    expect(hrefs(el, 'igvm')).to.deep.equal(['https://hulp.igvm.be/', 'https://igvm-iefh.belgium.be/nl']);
    expect(hrefs(el, 'child-focus')).to.deep.equal(['https://childfocus.be/nl-be']);
    expect(nameOf(webLinks(el, 'child-focus')[0]!)).to.equal('Website: Child Focus');
  });

  it('on a German page, where the register has no German version: the English one, else the plain value', async () => {
    const el = await banner('de');
    expect(text(root(el).querySelector('[data-id="igvm"] [part~="name"]'))).to.equal(
      'Institute for the Equality of Women and Men',
    );
    expect(hrefs(el, 'igvm')).to.deep.equal(['https://hulp.igvm.be/', 'https://igvm-iefh.belgium.be/en']);
  });

  it('compact and inline: the French name and page on a French page', async () => {
    const compact = await banner('fr', 'compact');
    expect(text(root(compact).querySelector('[data-id="igvm"]'))).to.include('Institut pour l’égalité');
    const inline = await fixture<OgvHelplineBanner>(
      html`<ogv-helpline-banner lang="fr" variant="inline" helplines="cyber-squad,child-focus"></ogv-helpline-banner>`,
    );
    await inline.updateComplete;
    expect(text(root(inline).querySelector('.inline'))).to.match(/^Besoin d’aide \? Contact : /);
  });
});
