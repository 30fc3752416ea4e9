/**
 * <ogv-report-path> in the browser: the steps a person sees, their links against the register, the `steps`
 * attribute, disclosure by keyboard, ticking off without a trace, four languages, axe, heading levels.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia, emulateOrSkip, resetMedia } from '../commands/media.js';
import '../../src/report-path/index.js';
import type { OgvReportPath } from '../../src/report-path/report-path.js';
import type { OgvHelplineBanner } from '../../src/helpline-banner/helpline-banner.js';
import { STEP_IDS, STEPS, STOPNCII } from '../../src/report-path/steps.js';
import { INSTITUTE_ID } from '../../src/core/register-ids.js';
import { bundledRegister } from '../../src/core/register.js';
import { withLocale } from '../../src/core/locale.js';
import { channelValue } from '../../src/core/register-language.js';
import { LOCALES, type Locale } from '../../src/core/register-types.js';
import { safeWebUrl, telUrl } from '../../src/core/safe-url.js';
import { headingLevel, headingRole } from '../helpers/heading.js';
import { declareScheme } from '../helpers/scheme.js';
import { isDisplayed, isVisible, root, text } from '../helpers/shadow.js';
import { resetViewport } from '../helpers/viewport.js';

const register = bundledRegister().register;

const stepEls = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('li[part~="step"]')];
const shownIds = (el: Element) => stepEls(el).map((li) => li.dataset.step);
const stepEl = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`li[data-step="${id}"]`)!;
const hrefs = (li: Element) =>
  [...li.querySelectorAll<HTMLAnchorElement>(':scope > .links a[href]')].map((a) => a.getAttribute('href'));

async function path(template: ReturnType<typeof html>): Promise<OgvReportPath> {
  const el = fixtureSync<OgvReportPath>(template);
  await el.updateComplete;
  return el;
}

/** The links the register says a step offering the Institute's line should have, for a reader of `locale`. */
function instituteHrefs(locale: Locale = 'en'): string[] {
  const igvm = register.helplines.find((h) => h.id === INSTITUTE_ID)!;
  const phone = igvm.channels.find((c) => c.type === 'phone')!;
  const web = igvm.channels.find((c) => c.type === 'web')!;
  return [telUrl(phone.value)!, safeWebUrl(channelValue(web, locale))!];
}

const TITLE = {
  en: 'What you can do now',
  nl: 'Wat je nu kunt doen',
  fr: 'Ce que vous pouvez faire maintenant',
  de: 'Was Sie jetzt tun können',
};
const FIRST = {
  en: 'It is not your fault. Help is free and confidential.',
  nl: 'Het is niet jouw schuld. Hulp is gratis en vertrouwelijk.',
  fr: 'Ce n’est pas de votre faute. L’aide est gratuite et confidentielle.',
  de: 'Es ist nicht Ihre Schuld. Hilfe ist kostenlos und vertraulich.',
};
const DONE = { en: 'Done', nl: 'Gedaan', fr: 'Fait', de: 'Erledigt' };

afterEach(resetViewport);

describe('<ogv-report-path>: steps and links', () => {
  it('shows the seven steps in order, numbered, under a level-2 heading', async () => {
    const el = await path(html`<ogv-report-path lang="en"></ogv-report-path>`);
    expect(shownIds(el)).to.deep.equal([...STEP_IDS]);
    const title = root(el).querySelector('[part~="title"]')!;
    expect(headingRole(title)).to.equal('heading');
    expect(headingLevel(title)).to.equal('2');
    expect(text(title)).to.equal(TITLE.en);
    expect(stepEls(el).map((li) => text(li.querySelector('[part~="number"]')))).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
    expect(root(el).querySelector('ol')).not.to.equal(null);
    for (const li of stepEls(el)) expect(text(li.querySelector('summary'))).not.to.equal('');
  });

  it('links each step to exactly the register values', async () => {
    const el = await path(html`<ogv-report-path lang="en"></ogv-report-path>`);
    const institute = instituteHrefs();
    expect(institute[0]).to.match(/^tel:\+?\d{3,15}$/);
    const stopncii = register.entries.find((e) => e.id === STOPNCII)!;
    const expected: Record<string, string[]> = {
      'not-to-blame': institute,
      'keep-evidence': [],
      'report-platform': [],
      'ask-institute': institute,
      'stop-spreading': [safeWebUrl(stopncii.url)!],
      'file-complaint': institute,
      'talk-to-someone': [],
    };
    for (const id of STEP_IDS) expect(hrefs(stepEl(el, id)), id).to.deep.equal(expected[id]);
    // Each link carries the register's value as written there, and a name that says what it does.
    const igvm = register.helplines.find((h) => h.id === INSTITUTE_ID)!;
    const phone = stepEl(el, 'not-to-blame').querySelector<HTMLAnchorElement>('a[data-kind="phone"]')!;
    expect(phone.dataset.value).to.equal(igvm.channels[0].value);
    expect(text(phone)).to.equal(`Call ${igvm.channels[0].display ?? igvm.channels[0].value}`);
    expect(text(stepEl(el, 'not-to-blame').querySelector('[part~="free"]'))).to.equal('free');
    const web = stepEl(el, 'ask-institute').querySelector<HTMLAnchorElement>('a[data-kind="web"]')!;
    expect(web.dataset.value).to.equal(igvm.channels.find((c) => c.type === 'web')!.value);
    expect(text(web)).to.equal(`Information and complaints: ${igvm.names!.en}`);
    expect(web.hasAttribute('aria-label')).to.equal(false);
    const stop = stepEl(el, 'stop-spreading').querySelector<HTMLAnchorElement>('a')!;
    expect(stop.dataset.value).to.equal(stopncii.url);
    expect(text(stop)).to.equal(`Website: ${stopncii.title}`);
    for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('rel')).to.equal('noreferrer');
  });

  it('shows the compact helpline banner in the last step, in its language and one heading level down', async () => {
    const el = await path(html`<ogv-report-path lang="nl" heading-level="3"></ogv-report-path>`);
    const banner = stepEl(el, 'talk-to-someone').querySelector<OgvHelplineBanner>('ogv-helpline-banner')!;
    expect(banner).not.to.equal(null);
    await banner.updateComplete;
    expect(banner.getAttribute('variant')).to.equal('compact');
    expect(banner.getAttribute('lang')).to.equal('nl');
    expect(banner.getAttribute('heading-level')).to.equal('4');
    expect(banner.hasAttribute('src')).to.equal(false);
    const igvm = register.helplines.find((h) => h.id === INSTITUTE_ID)!;
    const call = banner.shadowRoot!.querySelector<HTMLAnchorElement>('[data-id="igvm"] a[data-channel="phone"]')!;
    expect(call.getAttribute('href')).to.equal(telUrl(igvm.channels[0].value));
    expect(text(banner.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Hulplijnen');
  });

  it('`steps` shows the chosen steps in the given order, renumbered', async () => {
    const el = await path(
      html`<ogv-report-path lang="en" steps="file-complaint, keep-evidence,unknown,file-complaint"></ogv-report-path>`,
    );
    expect(shownIds(el)).to.deep.equal(['file-complaint', 'keep-evidence']);
    expect(stepEls(el).map((li) => text(li.querySelector('[part~="number"]')))).to.deep.equal(['1', '2']);
    expect(hrefs(stepEl(el, 'file-complaint'))).to.deep.equal(instituteHrefs());
    el.steps = 'talk-to-someone,stop-spreading,not-to-blame';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['talk-to-someone', 'stop-spreading', 'not-to-blame']);
    el.setAttribute('steps', 'nothing-known');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal([...STEP_IDS]);
    el.removeAttribute('steps');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal([...STEP_IDS]);
  });

  it('takes its links from a `src` register, leaving out what it lacks, and passes `src` to the banner', async () => {
    // A token of its own: the test server's request log is shared by every browser of the run.
    const src = `/test/fixtures/registers/valid-small.json?n=report-path-${Math.random().toString(36).slice(2)}`;
    const el = await path(html`<ogv-report-path lang="en" src=${src}></ogv-report-path>`);
    await waitUntil(() => hrefs(stepEl(el, 'not-to-blame')).length > 0, 'no links from the src register', {
      timeout: 8000,
    });
    expect(hrefs(stepEl(el, 'not-to-blame'))).to.deep.equal(instituteHrefs());
    // The small register has no StopNCII entry: the step stays, without a link.
    expect(hrefs(stepEl(el, 'stop-spreading'))).to.deep.equal([]);
    expect(text(stepEl(el, 'stop-spreading').querySelector('summary'))).to.include('StopNCII');
    expect(stepEl(el, 'talk-to-someone').querySelector('ogv-helpline-banner')!.getAttribute('src')).to.equal(src);
    expect(text(root(el).querySelector('[part~="notice"]'))).to.equal('');
    // The path and its banner share one request, with no referrer and no cookies.
    await stepEl(el, 'talk-to-someone').querySelector<OgvHelplineBanner>('ogv-helpline-banner')!.updateComplete;
    const seen = await (await fetch(`/__test/register-requests?url=${encodeURIComponent(src)}`)).json();
    expect(seen).to.deep.equal([{ referer: null, cookie: false }]);
  });

  it('falls back to the bundled register with a notice when `src` fails', async () => {
    const el = await path(html`<ogv-report-path lang="fr" src="/__test/echo?status=404&n=report-path"></ogv-report-path>`);
    await waitUntil(() => text(root(el).querySelector('[part~="notice"]')) !== '', 'no notice', { timeout: 8000 });
    expect(text(root(el).querySelector('[part~="notice"]'))).to.include('La liste la plus récente');
    expect(hrefs(stepEl(el, 'ask-institute'))).to.deep.equal(instituteHrefs('fr'));
  });
});

describe('<ogv-report-path>: disclosure and ticking off', () => {
  it('opens and closes a step’s detail from the keyboard (Enter and Space on the summary)', async () => {
    const el = await path(html`<ogv-report-path lang="en" compact></ogv-report-path>`);
    const details = stepEl(el, 'keep-evidence').querySelector('details')!;
    const summary = details.querySelector('summary')!;
    const detail = details.querySelector('[part~="detail"]')!;
    expect(details.open).to.equal(false);
    expect(isVisible(detail)).to.equal(false);
    summary.focus();
    expect(root(el).activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter did not open the detail');
    expect(isVisible(detail)).to.equal(true);
    expect(text(detail)).to.include('screenshots');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !details.open, 'Enter did not close the detail');
    expect(isVisible(detail)).to.equal(false);
    await sendKeys({ press: ' ' });
    await waitUntil(() => details.open, 'Space did not open the detail');
    await sendKeys({ press: ' ' });
    await waitUntil(() => !details.open, 'Space did not close the detail');
  });

  it('shows the details open unless `compact`; a re-render keeps what the person chose', async () => {
    const el = await path(html`<ogv-report-path lang="en"></ogv-report-path>`);
    const all = () => stepEls(el).map((li) => li.querySelector('details')!.open);
    expect(all().every(Boolean)).to.equal(true);
    const details = stepEl(el, 'report-platform').querySelector('details')!;
    details.open = false;
    // Ticking another step re-renders: the closed detail stays closed.
    stepEl(el, 'not-to-blame').querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(false);
    el.compact = true;
    await el.updateComplete;
    expect(all().some(Boolean)).to.equal(false);
    expect(el.hasAttribute('compact')).to.equal(true);
  });

  it('ticks a step off by keyboard, visibly, labelled by the step, and leaves no trace', async () => {
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      return setItem.call(this, key, value);
    };
    const cookieBefore = document.cookie;
    const localBefore = localStorage.length;
    const sessionBefore = sessionStorage.length;
    try {
      const el = await path(html`<ogv-report-path lang="en"></ogv-report-path>`);
      const li = stepEl(el, 'keep-evidence');
      const box = li.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      // Named by "Done" and the step's sentence.
      const names = box.getAttribute('aria-labelledby')!.split(' ').map((id) => text(root(el).getElementById(id)));
      expect(names).to.deep.equal(['Done', text(li.querySelector('summary'))]);
      const before = getComputedStyle(li).backgroundColor;
      box.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      expect(li.classList.contains('done')).to.equal(true);
      expect(li.getAttribute('part')).to.equal('step step-done');
      expect(text(li.querySelector('[part~="number"]'))).to.equal('✓');
      expect(getComputedStyle(li).backgroundColor).not.to.equal(before);
      // Still a step: its thick start border and normal-weight text (not the tick box's bold and thin border).
      expect(getComputedStyle(li).borderInlineStartWidth).to.equal(getComputedStyle(stepEl(el, 'not-to-blame')).borderInlineStartWidth);
      expect(getComputedStyle(li.querySelector('[part~="detail"]')!).fontWeight).to.equal('400');
      // Other steps are untouched.
      expect(stepEl(el, 'not-to-blame').classList.contains('done')).to.equal(false);
      // A language change re-renders: the tick stays for this visit.
      el.lang = 'de';
      await waitUntil(() => text(li.querySelector('[part~="done"]')) === 'Erledigt', 'did not re-render in German');
      expect(stepEl(el, 'keep-evidence').querySelector<HTMLInputElement>('input')!.checked).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(box.checked).to.equal(false);
      expect(li.classList.contains('done')).to.equal(false);
      box.click();
      await el.updateComplete;
      // A new element (a new visit) starts with nothing ticked: nothing was kept.
      const again = await path(html`<ogv-report-path lang="en"></ogv-report-path>`);
      expect(root(again).querySelectorAll('li.done').length).to.equal(0);
      expect([...root(again).querySelectorAll<HTMLInputElement>('input')].some((i) => i.checked)).to.equal(false);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(writes).to.deep.equal([]);
    expect(localStorage.length).to.equal(localBefore);
    expect(sessionStorage.length).to.equal(sessionBefore);
    expect(document.cookie).to.equal(cookieBefore);
  });
});

describe('<ogv-report-path>: languages, headings, accessibility', () => {
  for (const locale of LOCALES) {
    it(`speaks ${locale}: heading, steps and labels from the translations`, async () => {
      const el = await path(html`<ogv-report-path lang=${locale}></ogv-report-path>`);
      expect(text(root(el).querySelector('[part~="title"]'))).to.equal(TITLE[locale]);
      expect(text(stepEl(el, 'not-to-blame').querySelector('summary'))).to.equal(FIRST[locale]);
      for (const step of STEPS) {
        const li = stepEl(el, step.id);
        const [sentence, detail] = withLocale(locale, () => [step.text(), step.detail()]);
        const inEnglish = withLocale('en', () => step.text());
        expect(text(li.querySelector('summary')), step.id).to.equal(sentence);
        expect(text(li.querySelector('[part~="detail"]')), step.id).to.equal(detail);
        if (locale !== 'en') expect(sentence, `${step.id} is translated`).not.to.equal(inEnglish);
        expect(text(li.querySelector('[part~="done"]'))).to.equal(DONE[locale]);
      }
    });
  }

  it('follows a change of `lang`', async () => {
    const el = await path(html`<ogv-report-path lang="en"></ogv-report-path>`);
    el.lang = 'fr';
    await waitUntil(() => text(root(el).querySelector('[part~="title"]')) === TITLE.fr, 'still in English');
    const banner = root(el).querySelector<OgvHelplineBanner>('ogv-helpline-banner')!;
    expect(banner.getAttribute('lang')).to.equal('fr');
  });

  it('`heading-level` sets the heading (1–6) and the banner’s, one below', async () => {
    const level = (el: Element) => headingLevel(root(el).querySelector('[part~="title"]')!);
    const bannerLevel = (el: Element) => root(el).querySelector('ogv-helpline-banner')!.getAttribute('heading-level');
    const three = await path(html`<ogv-report-path lang="en" heading-level="3"></ogv-report-path>`);
    expect([level(three), bannerLevel(three)]).to.deep.equal(['3', '4']);
    const one = await path(html`<ogv-report-path lang="en" heading-level="1"></ogv-report-path>`);
    expect([level(one), bannerLevel(one)]).to.deep.equal(['1', '2']);
    const nine = await path(html`<ogv-report-path lang="en" heading-level="9"></ogv-report-path>`);
    expect([level(nine), bannerLevel(nine)]).to.deep.equal(['6', '6']);
    const junk = await path(html`<ogv-report-path lang="en" heading-level="x"></ogv-report-path>`);
    expect(level(junk)).to.equal('2');
  });

  for (const width of [320, 1280]) {
    it(`is axe clean at ${width} px in four languages, open, compact and ticked`, async () => {
      await setViewport({ width, height: 800 });
      for (const locale of LOCALES) {
        const el = await path(html`<ogv-report-path lang=${locale}></ogv-report-path>`);
        await root(el).querySelector<OgvHelplineBanner>('ogv-helpline-banner')!.updateComplete;
        await expect(el).to.be.accessible();
        el.compact = true;
        root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  }

  it('fits 320 px without sideways scrolling, with targets of at least 44 × 44 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await path(html`<ogv-report-path lang="de" style="display:block;width:100%"></ogv-report-path>`);
    await root(el).querySelector<OgvHelplineBanner>('ogv-helpline-banner')!.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const targets = [
      ...root(el).querySelectorAll('summary'),
      ...root(el).querySelectorAll('a.link'),
      ...root(el).querySelectorAll('label.tick'),
    ];
    // Seven summaries, seven links (the Institute's two in three steps, StopNCII), seven tick boxes.
    expect(targets.length).to.equal(7 + 7 + 7);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, text(target)).to.be.at.least(44);
      expect(box.height, text(target)).to.be.at.least(44);
      expect(box.right, text(target)).to.be.at.most(320.5);
    }
  });
});

describe('<ogv-report-path>: print', () => {
  afterEach(async () => {
    await resetMedia({ media: 'screen' });
  });

  it('prints every detail once, even of closed steps, with the links', async function () {
    const el = await path(html`<ogv-report-path lang="en" compact></ogv-report-path>`);
    const li = stepEl(el, 'ask-institute');
    expect(isDisplayed(li.querySelector('.print-detail')!)).to.equal(false);
    await emulateOrSkip(this, { media: 'print' });
    expect(li.querySelector('details')!.open).to.equal(false);
    const printed = li.querySelector('.print-detail')!;
    expect(isDisplayed(printed)).to.equal(true);
    expect(printed.getAttribute('aria-hidden')).to.equal('true');
    expect(text(printed)).to.equal(text(li.querySelector('details [part~="detail"]')));
    expect(isVisible(li.querySelector('details [part~="detail"]')!)).to.equal(false);
    expect(isDisplayed(li.querySelector('summary')!)).to.equal(true);
    for (const a of li.querySelectorAll('a.link')) expect(isDisplayed(a)).to.equal(true);
  });

  it('follows a dark colour scheme where the page opts in, and stays axe clean', async function () {
    const el = await path(html`<ogv-report-path lang="en"></ogv-report-path>`);
    const link = root(el).querySelector('a.link')!;
    const light = getComputedStyle(link).backgroundColor;
    await emulateOrSkip(this, { colorScheme: 'dark' });
    try {
      expect(getComputedStyle(link).backgroundColor, 'a page that declares no scheme stays light').to.equal(light);
      declareScheme('light dark');
      expect(getComputedStyle(link).backgroundColor).not.to.equal(light);
      await expect(el).to.be.accessible();
    } finally {
      declareScheme('');
      await resetMedia({ colorScheme: 'light' });
    }
  });

  it('uses system colours in forced-colors mode: links, checkboxes and the ticked state stay visible', async function () {
    const el = await path(html`<ogv-report-path lang="en"></ogv-report-path>`);
    await emulateOrSkip(this, { forcedColors: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const link = root(el).querySelector<HTMLElement>('a.link')!;
      const style = getComputedStyle(link);
      expect(style.color).not.to.equal(style.backgroundColor);
      const box = root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.click();
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      expect(box.getBoundingClientRect().width).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});
