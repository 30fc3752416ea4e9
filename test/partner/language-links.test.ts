/**
 * Guarantee: on a partner's French or Dutch page (the built bundle), the helpline links go to the register's
 * pages in that language, and the Institute has its name in that language. bootstrap.html is a French page;
 * govuk.html has a Dutch and a French column, each with its own banner.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage } from '../helpers/partner.js';
import { text } from '../helpers/shadow.js';
import { waitRendered } from '../helpers/wait.js';

const webHrefs = (banner: Element, id: string) =>
  [...banner.shadowRoot!.querySelectorAll<HTMLAnchorElement>(`[data-id="${id}"] a[data-channel="web"]`)].map((a) =>
    a.getAttribute('href'),
  );
const instituteName = (banner: Element) => text(banner.shadowRoot!.querySelector('[data-id="igvm"] [part~="name"]'));

async function banners(name: string): Promise<Element[]> {
  const page = await openPage(name, { width: 1024, height: 800 });
  await waitRendered(page.doc, ['ogv-helpline-banner']);
  const all = [...page.doc.querySelectorAll('ogv-helpline-banner')];
  await waitUntil(() => all.every((b) => b.shadowRoot?.querySelector('[data-id="igvm"]')), 'no Institute card');
  return all;
}

const FRENCH = {
  name: 'Institut pour l’égalité des femmes et des hommes',
  igvm: ['https://aide.igvm-iefh.belgium.be/fr', 'https://igvm-iefh.belgium.be/fr'],
  childFocus: ['https://childfocus.be/fr-be'],
};
const DUTCH = {
  name: 'Instituut voor de gelijkheid van vrouwen en mannen',
  igvm: ['https://hulp.igvm.be/', 'https://igvm-iefh.belgium.be/nl'],
  childFocus: ['https://childfocus.be/nl-be'],
};

describe('partner kit: links in the page’s language', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('bootstrap.html (French): French names and pages', async () => {
    const [banner] = await banners('bootstrap.html');
    expect(instituteName(banner!)).to.equal(FRENCH.name);
    expect(webHrefs(banner!, 'igvm')).to.deep.equal(FRENCH.igvm);
    expect(webHrefs(banner!, 'child-focus')).to.deep.equal(FRENCH.childFocus);
  });

  it('govuk.html (a Dutch and a French column): each banner in its column’s language', async () => {
    const [dutch, french] = await banners('govuk.html');
    expect(instituteName(dutch!)).to.equal(DUTCH.name);
    expect(webHrefs(dutch!, 'igvm')).to.deep.equal(DUTCH.igvm);
    expect(webHrefs(dutch!, 'child-focus')).to.deep.equal(DUTCH.childFocus);
    expect(instituteName(french!)).to.equal(FRENCH.name);
    expect(webHrefs(french!, 'igvm')).to.deep.equal(FRENCH.igvm);
    expect(webHrefs(french!, 'child-focus')).to.deep.equal(FRENCH.childFocus);
  });
});
