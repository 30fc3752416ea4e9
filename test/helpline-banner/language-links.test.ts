/**
 * <ogv-helpline-banner> in the reader's language, in the data too: on a French page the Institute's card
 * has its French name and links to the French pages the register gives; on a Dutch page, the Dutch ones.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/helpline-banner/index.js';
import { OgvHelplineBanner } from '../../src/helpline-banner/helpline-banner.js';
import { defineOnce } from '../../src/core/ogv-element.js';
import type { Helpline } from '../../src/core/register-types.js';
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
    // Named by what they are, not by their addresses.
    expect(webLinks(el, 'igvm').map(text)).to.deep.equal([
      `Informations et signalements : ${institute}`,
      `Site web : ${institute}`,
    ]);
    expect(webLinks(el, 'igvm').every((a) => !a.hasAttribute('aria-label'))).to.equal(true);
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
    expect(webLinks(el, 'igvm').map(text)).to.deep.equal([`Informatie en klachten: ${institute}`, `Website: ${institute}`]);
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

/** A helpline with two websites the register does not name, and one it names. */
const TWO_SITES: Helpline[] = [
  {
    id: 'two-sites',
    name: 'Two sites',
    description: { en: 'Two sites.', nl: 'Twee sites.', fr: 'Deux sites.', de: 'Zwei Seiten.' },
    channels: [
      { type: 'web', value: 'https://one.example/' },
      { type: 'web', value: 'https://two.example/' },
      { type: 'web', value: 'https://three.example/', labels: { en: 'Forms', fr: 'Formulaires' } },
    ],
    audiences: [],
    regions: ['belgium'],
    topics: [],
    emergency: false,
  },
];
class OgvTwoSitesProbe extends OgvHelplineBanner {
  protected override registerHelplines(): readonly Helpline[] {
    return TWO_SITES;
  }
}
defineOnce('ogv-two-sites-probe', OgvTwoSitesProbe);

describe('<ogv-helpline-banner>: websites the register does not name', () => {
  it('says where each goes, in its visible text and name; a named one says what it is', async () => {
    for (const [lang, website, forms] of [
      ['fr', 'Site web :', 'Formulaires :'],
      ['de', 'Website:', 'Forms:'],
    ] as const) {
      const el = await fixture<OgvHelplineBanner>(html`<ogv-two-sites-probe lang=${lang}></ogv-two-sites-probe>`);
      await el.updateComplete;
      const links = webLinks(el, 'two-sites');
      expect(links.map(text)).to.deep.equal(['one.example', 'two.example', `${forms} Two sites`]);
      expect(links.map(nameOf)).to.deep.equal([
        `one.example, ${website} Two sites`,
        `two.example, ${website} Two sites`,
        `${forms} Two sites`,
      ]);
    }
  });
});
