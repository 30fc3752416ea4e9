/**
 * <ogv-helpline-banner> in the browser: what a person sees and can tap, in four languages, on the bundled
 * register (and on fixture helplines with opening hours, as the register has none yet).
 */
import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia, emulateOrSkip, resetMedia } from '../commands/media.js';
import '../../src/helpline-banner/index.js';
import { OgvHelplineBanner } from '../../src/helpline-banner/helpline-banner.js';
import { defineOnce } from '../../src/core/ogv-element.js';
import { bundledRegister } from '../../src/core/register.js';
import { LOCALES, type Helpline } from '../../src/core/register-types.js';
import { mailtoUrl, safeWebUrl, telUrl } from '../../src/core/safe-url.js';
import { selectHelplines } from '../../src/helpline-banner/select-helplines.js';
import { HEADINGS, headingLevel, headingRole } from '../helpers/heading.js';
import { accessibleNames } from '../helpers/a11y.js';
import { declareScheme } from '../helpers/scheme.js';
import { isDisplayed, root, text } from '../helpers/shadow.js';
import { resetViewport } from '../helpers/viewport.js';

const register = bundledRegister().register;
const ALL = register.helplines;
const ALL_IDS = ALL.map((h) => h.id).join(',');

/** The accessible name of a link or button: aria-label, else its text (our links have nothing else). */
const nameOf = (el: Element) => el.getAttribute('aria-label') ?? text(el);
const shownIds = (el: Element) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="helpline"]')].map((item) => item.dataset.id);
const links = (el: Element) => [...root(el).querySelectorAll<HTMLAnchorElement>('a[href]')];

async function banner(template: ReturnType<typeof html>): Promise<OgvHelplineBanner> {
  const el = await fixture<OgvHelplineBanner>(template);
  await el.updateComplete;
  return el;
}

const DEFAULT_IDS = selectHelplines(ALL).map((h) => h.id);

const TITLE = { en: 'Helplines', nl: 'Hulplijnen', fr: 'Lignes d’aide', de: 'Hilfetelefone' };
const CALL_1712 = { en: 'Call 1712', nl: 'Bel 1712', fr: 'Appeler le 1712', de: '1712 anrufen' };
const FREE = { en: 'free', nl: 'gratis', fr: 'gratuit', de: 'kostenlos' };
const WEBSITE = { en: 'Website:', nl: 'Website:', fr: 'Site web :', de: 'Website:' };
const CHAT = { en: 'Chat: Night line', nl: 'Chat: Night line', fr: 'Chat : Night line', de: 'Chat: Night line' };
const WRITE = { en: 'E-mail: Night line', nl: 'E-mail: Night line', fr: 'Courriel : Night line', de: 'E-Mail: Night line' };

afterEach(resetViewport);

describe('<ogv-helpline-banner>: selection', () => {
  it('shows, with no attributes, the Institute first, the lines for Belgium, emergency last', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="en"></ogv-helpline-banner>`);
    const ids = shownIds(el);
    expect(ids).to.deep.equal(DEFAULT_IDS);
    expect(ids[0]).to.equal('igvm');
    expect(ALL.find((h) => h.id === ids.at(-1))!.emergency).to.equal(true);
    const expectedMiddle = ALL.filter((h) => h.id !== 'igvm' && h.regions.includes('belgium') && !h.emergency);
    expect(ids.slice(1, -1)).to.deep.equal(expectedMiddle.map((h) => h.id));
  });

  it('shows each card: name, the description in its language, a link per channel', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="nl"></ogv-helpline-banner>`);
    for (const card of root(el).querySelectorAll<HTMLElement>('.card')) {
      const helpline = ALL.find((h) => h.id === card.dataset.id)!;
      expect(text(card.querySelector('[part~="name"]'))).to.equal(helpline.name);
      expect(text(card.querySelector('[part~="description"]'))).to.equal(helpline.description.nl);
      expect(card.querySelectorAll('a[part~="contact"]').length).to.equal(helpline.channels.length);
    }
  });

  it('`helplines` picks ids in the given order', async () => {
    const el = await banner(
      html`<ogv-helpline-banner lang="en" helplines="emergency-112, lijn-1712,unknown,child-focus"></ogv-helpline-banner>`,
    );
    expect(shownIds(el)).to.deep.equal(['emergency-112', 'lijn-1712', 'child-focus']);
    el.helplines = ['wat-wat', 'igvm'];
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['wat-wat', 'igvm']);
  });

  it('a choice that leaves no helpline shows the default ones, with one console warning, never an empty banner', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      for (const variant of ['full', 'compact', 'inline']) {
        const el = await banner(html`<ogv-helpline-banner lang="en" variant=${variant} helplines="1721,igvn"></ogv-helpline-banner>`);
        expect(shownIds(el), variant).to.deep.equal(DEFAULT_IDS);
        expect(links(el).length, variant).to.be.greaterThan(0);
        el.requestUpdate();
        await el.updateComplete;
      }
      expect(warnings.length).to.equal(3); // once per element, not once per render
      expect(String(warnings[0][0])).to.contain('1721,igvn').and.contain('default');
      const noEmergency = await banner(html`<ogv-helpline-banner lang="en" helplines="emergency-112" no-emergency></ogv-helpline-banner>`);
      expect(shownIds(noEmergency)).to.deep.equal(DEFAULT_IDS.filter((id) => !ALL.find((h) => h.id === id)!.emergency));
    } finally {
      console.warn = warn;
    }
  });

  it('`audience`, `region` and `topic` choose by the register fields', async () => {
    for (const [attribute, value] of [
      ['audience', 'youth'],
      ['region', 'flanders'],
      ['region', 'wallonia'],
      ['topic', 'grooming'],
    ] as const) {
      const el = await banner(html`<ogv-helpline-banner lang="en"></ogv-helpline-banner>`);
      el.setAttribute(attribute, value);
      await el.updateComplete;
      const expected = selectHelplines(ALL, { [attribute]: value }).map((h) => h.id);
      expect(shownIds(el), `${attribute}=${value}`).to.deep.equal(expected);
      expect(expected.length).to.be.greaterThan(0);
      expect(expected).not.to.deep.equal(DEFAULT_IDS);
    }
    const flemish = await banner(html`<ogv-helpline-banner lang="en" region="flanders"></ogv-helpline-banner>`);
    expect(shownIds(flemish)).to.include('lijn-1712');
    expect(shownIds(flemish)).not.to.include('cyber-help');
    const grooming = await banner(html`<ogv-helpline-banner lang="en" topic="grooming"></ogv-helpline-banner>`);
    for (const id of shownIds(grooming)) expect(ALL.find((h) => h.id === id)!.topics).to.include('grooming');
  });

  it('`no-emergency` hides the emergency line', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="en" no-emergency></ogv-helpline-banner>`);
    const ids = shownIds(el);
    expect(ids.length).to.be.greaterThan(0);
    for (const id of ids) expect(ALL.find((h) => h.id === id)!.emergency).to.equal(false);
    expect(root(el).querySelector('.emergency')).to.equal(null);
  });

  it('`heading-level` sets the heading, with names one level below (1–6)', async () => {
    const levels = (el: Element) => ({
      title: headingLevel(root(el).querySelector('[part~="title"]')!),
      name: headingLevel(root(el).querySelector('.card [part~="name"]')!),
    });
    const plain = await banner(html`<ogv-helpline-banner lang="en"></ogv-helpline-banner>`);
    expect(headingRole(root(plain).querySelector('[part~="title"]')!)).to.equal('heading');
    expect(levels(plain)).to.deep.equal({ title: '2', name: '3' });
    const three = await banner(html`<ogv-helpline-banner lang="en" heading-level="3"></ogv-helpline-banner>`);
    expect(levels(three)).to.deep.equal({ title: '3', name: '4' });
    const six = await banner(html`<ogv-helpline-banner lang="en" heading-level="9"></ogv-helpline-banner>`);
    expect(levels(six)).to.deep.equal({ title: '6', name: '6' });
  });
});

describe('<ogv-helpline-banner>: links and facts from the register', () => {
  it('gives every phone in the register a valid tel: link named "Call …"', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="en" helplines=${ALL_IDS}></ogv-helpline-banner>`);
    let phones = 0;
    for (const helpline of ALL) {
      for (const channel of helpline.channels.filter((c) => c.type === 'phone')) {
        phones++;
        const href = `tel:${channel.value.replace(/[\s./()-]/g, '')}`;
        expect(href).to.match(/^tel:(\+[1-9]\d{6,14}|\d{3,6})$/, helpline.id);
        const link = root(el).querySelector<HTMLAnchorElement>(`[data-id="${helpline.id}"] a[href="${href}"]`);
        expect(link, `${helpline.id} ${href}`).not.to.equal(null);
        expect(link!.getAttribute('href')).to.equal(telUrl(channel.value));
        // Named and shown as people write the number (`display`), dialling `value`.
        expect(nameOf(link!)).to.equal(`Call ${channel.display ?? channel.value}`);
        // The number is there in full, as text (so it prints).
        expect(text(link)).to.include(channel.display ?? channel.value);
      }
    }
    expect(phones).to.be.greaterThan(0);
    expect(root(el).querySelector('[data-id="igvm"] a[href="tel:+3280012800"]')).not.to.equal(null);
  });

  it('links only what the register gives: every href is a channel of the helpline it is in', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="en" helplines=${ALL_IDS}></ogv-helpline-banner>`);
    const all = links(el);
    expect(all.length).to.equal(ALL.reduce((n, h) => n + h.channels.filter((c) => c.type !== 'sms').length, 0));
    for (const link of all) {
      const helpline = ALL.find((h) => h.id === link.closest<HTMLElement>('[data-id]')!.dataset.id)!;
      // A channel's value, or one of its language versions.
      const allowed = helpline.channels.flatMap((c) =>
        c.type === 'phone'
          ? [telUrl(c.value)]
          : c.type === 'email'
            ? [mailtoUrl(c.value)]
            : [c.value, ...Object.values(c.values ?? {})].map(safeWebUrl),
      );
      expect(allowed).to.include(link.getAttribute('href'));
      expect(link.getAttribute('href')).to.match(/^(https?:|tel:|mailto:)/);
    }
  });

  it('gives links to different places different names (a helpline with two websites)', async () => {
    for (const locale of LOCALES) {
      const el = await banner(html`<ogv-helpline-banner lang=${locale} helplines=${ALL_IDS}></ogv-helpline-banner>`);
      const hrefByName = new Map<string, string>();
      for (const link of links(el)) {
        const name = nameOf(link);
        const href = link.getAttribute('href')!;
        expect(hrefByName.get(name) ?? href, `${locale}: "${name}"`).to.equal(href);
        hrefByName.set(name, href);
      }
    }
  });

  it('says "free" only where the register says free: true', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="en" helplines=${ALL_IDS}></ogv-helpline-banner>`);
    for (const helpline of ALL) {
      const card = root(el).querySelector(`[data-id="${helpline.id}"]`)!;
      const marks = [...card.querySelectorAll('[part~="free"]')];
      expect(marks.length, helpline.id).to.equal(helpline.channels.filter((c) => c.free === true).length);
      for (const mark of marks) expect(text(mark)).to.equal('free');
    }
    expect(text(root(el).querySelector('[data-id="lijn-1712"]'))).not.to.include('free');
    // No hours in the register: no "open" anywhere.
    expect(root(el).querySelector('[part~="hours"]')).to.equal(null);
  });

  it('speaks four languages: heading, link names, "free", descriptions', async () => {
    for (const locale of LOCALES) {
      const el = await banner(
        html`<ogv-helpline-banner lang=${locale} helplines="lijn-1712,child-focus,cyber-squad"></ogv-helpline-banner>`,
      );
      expect(text(root(el).querySelector('[part~="title"]'))).to.equal(TITLE[locale]);
      const call = root(el).querySelector('[data-id="lijn-1712"] a[data-channel="phone"]')!;
      expect(nameOf(call)).to.equal(CALL_1712[locale]);
      expect(text(call)).to.equal(CALL_1712[locale]);
      expect(text(root(el).querySelector('[data-id="child-focus"] [part~="free"]'))).to.equal(FREE[locale]);
      const web = root(el).querySelector('[data-id="cyber-squad"] a[data-channel="web"]')!;
      expect(nameOf(web)).to.equal(`${WEBSITE[locale]} Cyber Squad`);
      const description = ALL.find((h) => h.id === 'lijn-1712')!.description[locale];
      expect(text(root(el).querySelector('[data-id="lijn-1712"] [part~="description"]'))).to.equal(description);
    }
  });

  it('re-renders when its lang changes', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="en" helplines="lijn-1712"></ogv-helpline-banner>`);
    el.setAttribute('lang', 'de');
    await Promise.resolve(); // the lang observer is a MutationObserver (a microtask), then Lit updates
    await el.updateComplete;
    expect(text(root(el).querySelector('a[data-channel="phone"]'))).to.equal(CALL_1712.de);
  });
});

describe('<ogv-helpline-banner>: variants', () => {
  it('full (default): cards in a list', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="en"></ogv-helpline-banner>`);
    expect(el.getAttribute('variant')).to.equal('full');
    expect(root(el).querySelectorAll('ul.cards > li.card').length).to.equal(DEFAULT_IDS.length);
    expect(root(el).querySelector('button')).to.equal(null);
  });

  it('compact: one strip with the first two helplines and a "more" disclosure', async () => {
    // A sans-serif face, as partner pages use: Firefox's default serif is much wider.
    const el = await banner(
      html`<ogv-helpline-banner lang="en" variant="compact" style="--ogv-font-family: sans-serif"></ogv-helpline-banner>`,
    );
    const strip = [...root(el).querySelectorAll<HTMLElement>('.strip-item')];
    expect(strip.map((item) => item.dataset.id)).to.deep.equal(DEFAULT_IDS.slice(0, 2));
    expect(text(strip[0]!.querySelector('a'))).to.equal('Call 0800 12 800');
    expect(strip[0]!.querySelector('a')!.getAttribute('href')).to.equal('tel:+3280012800');
    const more = root(el).querySelector<HTMLButtonElement>('button[part~="more"]')!;
    const rest = DEFAULT_IDS.length - 2;
    const name = rest === 1 ? '1 more helpline' : `${rest} more helplines`;
    // The arrow shows, but is not read: it is in an aria-hidden span, and no generated content adds to the name.
    expect(text(more)).to.equal(`${name}▾`);
    const read = [...more.childNodes].filter(
      (n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && n.getAttribute('aria-hidden') !== 'true'),
    );
    expect(read.map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim()).to.equal(name);
    for (const pseudo of ['::before', '::after']) expect(getComputedStyle(more, pseudo).content).to.be.oneOf(['none', 'normal']);
    const names = await accessibleNames('button');
    if (names) expect(names.filter((n) => n.includes('more helpline'))).to.deep.equal([name]);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    const panel = root(el).getElementById(more.getAttribute('aria-controls')!)!;
    expect(isDisplayed(panel)).to.equal(false);

    // At 1280 px the strip is one line: every strip item and the button share a row.
    const tops = [...strip, more].map((node) => Math.round(node.getBoundingClientRect().top));
    expect(Math.max(...tops) - Math.min(...tops)).to.be.lessThan(12);

    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal(`${name}▴`);
    expect(isDisplayed(panel)).to.equal(true);
    expect([...panel.querySelectorAll<HTMLElement>('[part~="helpline"]')].map((c) => c.dataset.id)).to.deep.equal(
      DEFAULT_IDS.slice(2),
    );

    // Keyboard: Enter on the focused button closes it again.
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(isDisplayed(panel)).to.equal(false);
  });

  it('compact: no "more" button when everything fits', async () => {
    const el = await banner(
      html`<ogv-helpline-banner lang="fr" variant="compact" helplines="lijn-1712,emergency-112"></ogv-helpline-banner>`,
    );
    expect(root(el).querySelector('button')).to.equal(null);
    expect(links(el).map(nameOf)).to.deep.equal(['Appeler le 1712', 'Appeler le 112']);
  });

  it('compact: "more" counts in the right plural', async () => {
    const el = await banner(
      html`<ogv-helpline-banner lang="nl" variant="compact" helplines="igvm,child-focus,lijn-1712"></ogv-helpline-banner>`,
    );
    expect(text(root(el).querySelector('button'))).to.equal('Nog 1 hulplijn▾'); // the arrow is aria-hidden
  });

  it('inline: a sentence for running text, with named links', async () => {
    // fixtureSync: the wrapper is not a Lit element, and waiting for an animation frame stalls in a background tab.
    const wrapper = fixtureSync(
      html`<p>Read more below. <ogv-helpline-banner lang="en" variant="inline"></ogv-helpline-banner> Thanks.</p>`,
    );
    const el = wrapper.querySelector<OgvHelplineBanner>('ogv-helpline-banner')!;
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('inline');
    const sentence = text(root(el).querySelector('.inline'));
    expect(sentence.startsWith('Need help? Contact: ')).to.equal(true);
    expect(sentence.endsWith('.')).to.equal(true);
    expect(sentence).to.include(' or ');
    expect(shownIds(el)).to.deep.equal(DEFAULT_IDS);
    const call = root(el).querySelector('[data-id="child-focus"] a')!;
    expect(text(call)).to.equal('116 000');
    expect(nameOf(call)).to.equal('Call 116 000');
    expect(call.getAttribute('href')).to.equal('tel:116000');
    const web = root(el).querySelector('[data-id="cyber-squad"] a')!;
    expect(nameOf(web)).to.equal('Website: Cyber Squad');
    // Running text: no heading, no block boxes around it.
    expect(root(el).querySelector(HEADINGS)).to.equal(null);
  });

  it('inline in four languages', async () => {
    const start = { en: 'Need help? Contact: ', nl: 'Hulp nodig? Contact: ', fr: 'Besoin d’aide ? Contact : ', de: 'Brauchen Sie Hilfe? Kontakt: ' };
    const or = { en: ' or ', nl: ' of ', fr: ' ou ', de: ' oder ' };
    for (const locale of LOCALES) {
      const el = await banner(
        html`<ogv-helpline-banner lang=${locale} variant="inline" helplines="lijn-1712,emergency-112"></ogv-helpline-banner>`,
      );
      const sentence = text(root(el).querySelector('.inline'));
      expect(sentence.startsWith(start[locale]), sentence).to.equal(true);
      expect(sentence).to.include(or[locale]);
      expect(nameOf(root(el).querySelector('[data-id="lijn-1712"] a')!)).to.equal(CALL_1712[locale]);
    }
  });
});

/** Fixture helplines with opening hours and every channel type (the register has no hours yet). */
const FIXTURE: Helpline[] = [
  {
    id: 'office-line',
    name: 'Office line',
    description: { en: 'Office hours.', nl: 'Kantooruren.', fr: 'Heures de bureau.', de: 'Bürozeiten.' },
    channels: [
      { type: 'phone', value: '+3225550000', hours: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }] },
      { type: 'web', value: 'https://example.org/' },
    ],
    audiences: ['victims'],
    regions: ['belgium'],
    topics: [],
    emergency: false,
  },
  {
    id: 'night-line',
    name: 'Night line',
    description: { en: 'Nights.', nl: "'s Nachts.", fr: 'La nuit.', de: 'Nachts.' },
    channels: [
      { type: 'chat', value: 'https://example.org/chat', hours: [{ days: [5, 6], opens: '22:00', closes: '06:00' }] },
      { type: 'email', value: 'help@example.org' },
      { type: 'sms', value: '4411' },
    ],
    audiences: ['victims'],
    regions: ['belgium'],
    topics: [],
    emergency: false,
  },
];

let fixedNow = new Date('2025-01-13T06:00:00Z');
class OgvHelplineHoursProbe extends OgvHelplineBanner {
  protected override now(): Date {
    return fixedNow;
  }
  protected override registerHelplines(): readonly Helpline[] {
    return FIXTURE;
  }
}
defineOnce('ogv-helpline-hours-probe', OgvHelplineHoursProbe);

describe('<ogv-helpline-banner>: opening hours and other channels (fixture helplines, fixed clock)', () => {
  const hoursOf = (el: Element, id: string) => text(root(el).querySelector(`[data-id="${id}"] [part~="hours"]`));

  it('says "opens at" before opening, "open now" during, across midnight, in Brussels time', async () => {
    fixedNow = new Date('2025-01-13T06:00:00Z'); // Monday 07:00 in Brussels
    const el = await banner(html`<ogv-helpline-hours-probe lang="en"></ogv-helpline-hours-probe>`);
    expect(hoursOf(el, 'office-line')).to.equal('Closed, opens at 09:00');
    expect(hoursOf(el, 'night-line')).to.equal('Closed, opens Friday at 22:00');

    fixedNow = new Date('2025-01-13T08:00:00Z'); // Monday 09:00
    el.requestUpdate();
    await el.updateComplete;
    expect(hoursOf(el, 'office-line')).to.equal('Open now');

    fixedNow = new Date('2025-01-18T02:00:00Z'); // Saturday 03:00: the Friday night chat is open
    el.requestUpdate();
    await el.updateComplete;
    expect(hoursOf(el, 'night-line')).to.equal('Open now');
    expect(hoursOf(el, 'office-line')).to.equal('Closed, opens Monday at 09:00');

    fixedNow = new Date('2025-07-14T16:30:00Z'); // Monday 18:30 in summer
    el.requestUpdate();
    await el.updateComplete;
    expect(hoursOf(el, 'office-line')).to.equal('Closed, opens tomorrow at 09:00');
    // Only channels with hours say anything about hours.
    expect(root(el).querySelectorAll('[part~="hours"]').length).to.equal(2);
  });

  it('says it in four languages', async () => {
    fixedNow = new Date('2025-01-13T06:00:00Z');
    const expected = {
      en: ['Closed, opens at 09:00', 'Closed, opens Friday at 22:00'],
      nl: ['Gesloten, opent om 09:00', 'Gesloten, opent vrijdag om 22:00'],
      fr: ['Fermé, ouvre à 09:00', 'Fermé, ouvre vendredi à 22:00'],
      de: ['Geschlossen, öffnet um 09:00', 'Geschlossen, öffnet Freitag um 22:00'],
    };
    const open = { en: 'Open now', nl: 'Nu open', fr: 'Ouvert maintenant', de: 'Jetzt geöffnet' };
    for (const locale of LOCALES) {
      fixedNow = new Date('2025-01-13T06:00:00Z');
      const el = await banner(html`<ogv-helpline-hours-probe lang=${locale}></ogv-helpline-hours-probe>`);
      expect([hoursOf(el, 'office-line'), hoursOf(el, 'night-line')]).to.deep.equal(expected[locale]);
      fixedNow = new Date('2025-01-13T12:00:00Z');
      el.requestUpdate();
      await el.updateComplete;
      expect(hoursOf(el, 'office-line')).to.equal(open[locale]);
    }
  });

  it('names chat, e-mail and web links by what they do; shows an SMS number as text', async () => {
    for (const locale of LOCALES) {
      const el = await banner(html`<ogv-helpline-hours-probe lang=${locale}></ogv-helpline-hours-probe>`);
      const chat = root(el).querySelector<HTMLAnchorElement>('a[data-channel="chat"]')!;
      expect(nameOf(chat)).to.equal(CHAT[locale]);
      expect(chat.getAttribute('href')).to.equal('https://example.org/chat');
      const mail = root(el).querySelector<HTMLAnchorElement>('a[data-channel="email"]')!;
      expect(nameOf(mail)).to.equal(WRITE[locale]);
      expect(mail.getAttribute('href')).to.equal('mailto:help@example.org');
      expect(nameOf(root(el).querySelector('a[data-channel="web"]')!)).to.equal(`${WEBSITE[locale]} Office line`);
      const sms = root(el).querySelector('[data-channel="sms"]')!;
      expect(sms.tagName).to.equal('SPAN');
      expect(text(sms)).to.include('4411');
      // No "free" where the fixture does not say so.
      expect(root(el).querySelector('[part~="free"]')).to.equal(null);
    }
  });
});

describe('<ogv-helpline-banner>: loading and fallback', () => {
  it('keeps its place with words while a src loads, then falls back with a notice on a 404', async () => {
    const el = await banner(
      html`<ogv-helpline-banner lang="en" src="/__test/echo?status=404&delay=400&n=banner-a"></ogv-helpline-banner>`,
    );
    const placeholder = root(el).querySelector('[part~="placeholder"]')!;
    expect(text(placeholder)).to.equal('Loading helplines…');
    expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(150);
    const notice = root(el).querySelector('[role="status"][part~="notice"]')!;
    expect(notice).not.to.equal(null);
    expect(text(notice)).to.equal('');

    await waitUntil(() => text(root(el).querySelector('[part~="notice"]')) !== '', 'no fallback notice', {
      timeout: 8000,
    });
    expect(text(root(el).querySelector('[part~="notice"]'))).to.include('could not be loaded');
    expect(root(el).querySelector('[part~="placeholder"]')).to.equal(null);
    expect(shownIds(el)).to.deep.equal(DEFAULT_IDS);
  });

  it('falls back at once on a plain 404, in the element language', async () => {
    const el = await banner(
      html`<ogv-helpline-banner lang="fr" variant="compact" src="/__test/echo?status=404"></ogv-helpline-banner>`,
    );
    await waitUntil(() => text(root(el).querySelector('[part~="notice"]')) !== '', 'no notice', { timeout: 8000 });
    expect(text(root(el).querySelector('[part~="notice"]'))).to.include('La liste la plus récente');
    expect(root(el).querySelectorAll('.strip-item').length).to.equal(2);
    await expect(el).to.be.accessible();
  });
});

describe('<ogv-helpline-banner>: the contact event', () => {
  it('fires ogv-helpline-contact {id, channel}, bubbling out of the shadow root', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="en"></ogv-helpline-banner>`);
    const stay = (event: Event) => event.preventDefault(); // keep the test page where it is
    window.addEventListener('click', stay, true);
    try {
      const phone = root(el).querySelector<HTMLAnchorElement>('[data-id="igvm"] a[data-channel="phone"]')!;
      setTimeout(() => phone.click());
      const event = (await oneEvent(document, 'ogv-helpline-contact')) as CustomEvent;
      expect(event.detail).to.deep.equal({ id: 'igvm', channel: 'phone' });
      expect(event.bubbles && event.composed).to.equal(true);

      const web = root(el).querySelector<HTMLAnchorElement>('[data-id="igvm"] a[data-channel="web"]')!;
      setTimeout(() => web.click());
      const second = (await oneEvent(document, 'ogv-helpline-contact')) as CustomEvent;
      expect(second.detail).to.deep.equal({ id: 'igvm', channel: 'web' });
    } finally {
      window.removeEventListener('click', stay, true);
    }
  });
});

describe('<ogv-helpline-banner>: accessible at 320 px and 1280 px, in four languages', () => {
  for (const width of [320, 1280]) {
    for (const locale of LOCALES) {
      it(`${locale} at ${width} px: no axe violations, 44 px targets, no overflow`, async function () {
        this.timeout(60000);
        await setViewport({ width, height: 800 });
        for (const variant of ['full', 'compact', 'inline']) {
          const wrapper = fixtureSync(
            html`<main><p>Text before. <ogv-helpline-banner lang=${locale} variant=${variant}></ogv-helpline-banner> Text after.</p></main>`,
          );
          const el = wrapper.querySelector<OgvHelplineBanner>('ogv-helpline-banner')!;
          await el.updateComplete;
          root(el).querySelector<HTMLButtonElement>('button[part~="more"]')?.click();
          await el.updateComplete;
          await expect(el, `${locale} ${variant}`).to.be.accessible();
          const targets = [...root(el).querySelectorAll('a[href], button')];
          expect(targets.length).to.be.greaterThan(0);
          for (const target of targets) {
            const box = target.getBoundingClientRect();
            expect(box.width, `${locale} ${variant} ${nameOf(target)} width`).to.be.at.least(44);
            expect(box.height, `${locale} ${variant} ${nameOf(target)} height`).to.be.at.least(44);
          }
          for (const node of root(el).querySelectorAll('*')) {
            const right = node.getBoundingClientRect().right;
            expect(right, `${locale} ${variant} ${node.className} overflows`).to.be.at.most(width + 0.5);
          }
        }
      });
    }
  }
});

describe('<ogv-helpline-banner>: media', () => {
  afterEach(async () => {
    await resetMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('prints phone numbers in full and the helplines behind "more"', async function () {
    await emulateOrSkip(this, { media: 'print' });
    const el = await banner(html`<ogv-helpline-banner lang="en" variant="compact"></ogv-helpline-banner>`);
    const panel = root(el).querySelector('[part~="more-panel"]')!;
    expect(isDisplayed(panel)).to.equal(true);
    expect(isDisplayed(root(el).querySelector('button')!)).to.equal(false);
    for (const link of root(el).querySelectorAll<HTMLAnchorElement>('a[data-channel="phone"]')) {
      expect(isDisplayed(link)).to.equal(true);
      expect(text(link)).to.include(link.dataset.value!);
    }
    const web = root(el).querySelector('a[data-channel="web"]')!;
    expect(getComputedStyle(web, '::after').content).to.include('https://');
  });

  it('uses system colours in forced-colors mode, every contact link visible and named', async function () {
    const el = await banner(html`<ogv-helpline-banner lang="en"></ogv-helpline-banner>`);
    await emulateOrSkip(this, { forcedColors: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const link of root(el).querySelectorAll<HTMLAnchorElement>('a.contact')) {
        const style = getComputedStyle(link);
        expect(style.color, link.textContent!).not.to.equal(style.backgroundColor);
        expect(link.getBoundingClientRect().height).to.be.at.least(44);
      }
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('follows a dark colour scheme where the page opts in', async function () {
    const el = await banner(html`<ogv-helpline-banner lang="en"></ogv-helpline-banner>`);
    const link = root(el).querySelector('a.contact')!;
    const light = getComputedStyle(link).backgroundColor;
    await emulateOrSkip(this, { colorScheme: 'dark' });
    expect(getComputedStyle(link).backgroundColor, 'a page that declares no scheme stays light').to.equal(light);
    declareScheme('light dark');
    try {
      expect(getComputedStyle(link).backgroundColor).not.to.equal(light);
      await expect(el).to.be.accessible();
      // The inline sentence keeps the colour of the paragraph around it.
      const paragraph = fixtureSync(html`<p style="color: rgb(20, 20, 20)">See <ogv-helpline-banner lang="en" variant="inline"></ogv-helpline-banner></p>`);
      const inline = paragraph.querySelector('ogv-helpline-banner')!;
      await (inline as OgvHelplineBanner).updateComplete;
      expect(getComputedStyle(root(inline).querySelector('.inline')!).color).to.equal('rgb(20, 20, 20)');
      expect(getComputedStyle(root(inline).querySelector('a')!).color).to.equal('rgb(20, 20, 20)');
    } finally {
      declareScheme('');
    }
  });
});

describe('<ogv-helpline-banner>: privacy', () => {
  it('writes no cookie and no web storage', async () => {
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const databases = 'databases' in indexedDB ? (await indexedDB.databases()).length : 0;
    for (const variant of ['full', 'compact', 'inline']) {
      const el = await banner(html`<ogv-helpline-banner lang="en" variant=${variant}></ogv-helpline-banner>`);
      root(el).querySelector<HTMLButtonElement>('button')?.click();
      el.addEventListener('click', (event) => event.preventDefault(), true);
      root(el).querySelector<HTMLAnchorElement>('a[data-channel="web"]')?.addEventListener('click', (e) => e.preventDefault());
      root(el).querySelector<HTMLAnchorElement>('a[data-channel="web"]')?.click();
      await el.updateComplete;
    }
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).to.deep.equal(before);
    if ('databases' in indexedDB) expect((await indexedDB.databases()).length).to.equal(databases);
  });
});

describe('<ogv-helpline-banner>: style rules for every medium', () => {
  it('has print, dark-scheme (light-dark()) and forced-colors rules (checked in the sheet, for browsers that cannot emulate)', async () => {
    const el = await banner(html`<ogv-helpline-banner lang="en"></ogv-helpline-banner>`);
    const sheets = root(el).adoptedStyleSheets.length
      ? root(el).adoptedStyleSheets
      : [...root(el).querySelectorAll('style')].map((style) => style.sheet!);
    const media = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSMediaRule);
    const body = (condition: string) =>
      media
        .filter((rule) => (rule as CSSMediaRule).conditionText.replace(/\s+/g, ' ').includes(condition))
        .map((rule) => rule.cssText)
        .join('\n');
    expect(body('print')).to.match(/\.more-panel\s*\{\s*display: block/);
    expect(body('print')).to.include('attr(data-value)');
    expect(body('prefers-color-scheme')).to.equal('');
    const supports = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSSupportsRule);
    expect(supports.map((rule) => rule.cssText).join('\n')).to.match(/--_accent: var\(--ogv-color-accent, light-dark\(/);
    expect(body('forced-colors: active').toLowerCase()).to.include('linktext');
  });
});
