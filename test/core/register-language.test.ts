/**
 * register-language.ts: which language version of a URL, an address and a name a reader gets, in the
 * documented order (the reader's language, English, the register's plain value), and the link words.
 */
import { expect } from '@open-wc/testing';
import {
  channelValue,
  chatLabel,
  emailLabel,
  entryUrl,
  helplineName,
  inLanguage,
  pageLinkLabel,
  websiteLabel,
} from '../../src/core/register-language.js';
import { withLocale } from '../../src/core/locale.js';
import { bundledRegister } from '../../src/core/register.js';
import type { Channel, Entry, Helpline } from '../../src/core/register-types.js';

const register = bundledRegister().register;
const entry = (id: string): Entry => register.entries.find((e) => e.id === id)!;
const helpline = (id: string): Helpline => register.helplines.find((h) => h.id === id)!;
const web = (id: string, index = 0): Channel => helpline(id).channels.filter((c) => c.type === 'web')[index]!;

describe('register-language', () => {
  it('tries the reader’s language, then English, then the plain value', () => {
    expect(inLanguage({ fr: 'F', en: 'E' }, 'D', 'fr')).to.equal('F');
    expect(inLanguage({ fr: 'F', en: 'E' }, 'D', 'de')).to.equal('E');
    expect(inLanguage({ fr: 'F' }, 'D', 'nl')).to.equal('D');
    expect(inLanguage({ fr: 'F' }, 'D', 'en')).to.equal('D');
    expect(inLanguage(undefined, 'D', 'fr')).to.equal('D');
  });

  it('gives the register’s French pages on a French page, its Dutch ones on a Dutch page', () => {
    expect(entryUrl(entry('stopncii'), 'fr')).to.equal('https://stopncii.org/?lang=fr-fr');
    expect(entryUrl(entry('stopncii'), 'nl')).to.equal('https://stopncii.org/?lang=nl-nl');
    expect(entryUrl(entry('igvm'), 'fr')).to.equal('https://igvm-iefh.belgium.be/fr');
    expect(entryUrl(entry('igvm'), 'nl')).to.equal('https://igvm-iefh.belgium.be/nl');
    expect(entryUrl(entry('igvm'), 'de')).to.equal('https://igvm-iefh.belgium.be/en');
    expect(entryUrl(entry('child-focus'), 'fr')).to.equal('https://childfocus.be/fr-be');
    expect(channelValue(web('igvm', 0), 'fr')).to.equal('https://aide.igvm-iefh.belgium.be/fr');
    expect(channelValue(web('igvm', 0), 'nl')).to.equal('https://hulp.igvm.be');
    expect(channelValue(web('igvm', 1), 'fr')).to.equal('https://igvm-iefh.belgium.be/fr');
    expect(channelValue(web('child-focus'), 'fr')).to.equal('https://childfocus.be/fr-be');
    expect(channelValue(web('child-focus'), 'nl')).to.equal('https://childfocus.be/nl-be');
    // No source shows a French Cyber Squad: the register's address stays.
    expect(channelValue(web('cyber-squad'), 'fr')).to.equal('https://cybersquad.be/nl/');
  });

  it('names the Institute in the reader’s language, in English where it has no name in it', () => {
    expect(helplineName(helpline('igvm'), 'fr')).to.equal('Institut pour l’égalité des femmes et des hommes');
    expect(helplineName(helpline('igvm'), 'nl')).to.equal('Instituut voor de gelijkheid van vrouwen en mannen');
    expect(helplineName(helpline('igvm'), 'en')).to.equal('Institute for the Equality of Women and Men');
    expect(helplineName(helpline('igvm'), 'de')).to.equal('Institute for the Equality of Women and Men');
    expect(helplineName(helpline('child-focus'), 'fr')).to.equal('Child Focus');
  });

  it('names a page by what it is where the register says, else as a website', () => {
    const institute = helpline('igvm');
    const name = helplineName(institute, 'fr');
    expect(withLocale('fr', () => pageLinkLabel(web('igvm', 0), name, 'fr'))).to.equal(`Informations et signalements : ${name}`);
    expect(withLocale('fr', () => pageLinkLabel(web('igvm', 1), name, 'fr'))).to.equal(`Site web : ${name}`);
    expect(withLocale('de', () => pageLinkLabel(web('igvm', 0), 'X', 'de'))).to.equal('Informationen und Beschwerden: X');
  });

  it('names links with the name after a colon, in each language', () => {
    const name = 'Institut pour l’égalité des femmes et des hommes';
    expect(withLocale('fr', () => websiteLabel(name))).to.equal(`Site web : ${name}`);
    expect(withLocale('nl', () => websiteLabel('Child Focus'))).to.equal('Website: Child Focus');
    expect(withLocale('de', () => chatLabel('Child Focus'))).to.equal('Chat: Child Focus');
    expect(withLocale('fr', () => emailLabel('Child Focus'))).to.equal('Courriel : Child Focus');
    expect(withLocale('en', () => emailLabel('Child Focus'))).to.equal('E-mail: Child Focus');
  });
});
