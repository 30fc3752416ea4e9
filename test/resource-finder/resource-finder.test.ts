/**
 * <ogv-resource-finder> in the browser: what a person sees and hears, what they can do by keyboard, and what
 * leaves the element (events, never the query).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia, emulateOrSkip } from '../commands/media.js';
import '../../src/resource-finder/index.js';
import type { OgvResourceFinder } from '../../src/resource-finder/index.js';
import { bundledRegister } from '../../src/core/register.js';
import type { Entry } from '../../src/core/register-types.js';
import { EVERYDAY_QUERIES } from './everyday-queries.js';
import { declareScheme } from '../helpers/scheme.js';
import { root } from '../helpers/shadow.js';
import { resetViewport } from '../helpers/viewport.js';

const register = bundledRegister().register;
const TOTAL = register.entries.length;
const byId = (id: string): Entry => register.entries.find((e) => e.id === id)!;

const isShown = (el: Element) => el.getClientRects().length > 0;
const box = (el: OgvResourceFinder) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const items = (el: OgvResourceFinder) => [...root(el).querySelectorAll<HTMLElement>('[part~="result"]')];
const shownIds = (el: OgvResourceFinder) => items(el).map((li) => li.dataset.id!);
const count = (el: OgvResourceFinder) => root(el).querySelector('[part~="count"]')!.textContent!.trim();
const live = (el: OgvResourceFinder) => root(el).querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
const facet = (el: OgvResourceFinder, name: string) =>
  root(el).querySelector<HTMLDetailsElement>(`details[data-facet="${name}"]`)!;
const option = (el: OgvResourceFinder, name: string, id: string) =>
  facet(el, name).querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
const optionCount = (el: OgvResourceFinder, name: string, id: string) =>
  Number(option(el, name, id).closest('label')!.dataset.count);

async function settle(el: OgvResourceFinder): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

/** Types like a person: focus the box and press the keys. */
async function type(el: OgvResourceFinder, text: string): Promise<void> {
  box(el).focus();
  await sendKeys({ type: text });
  await settle(el);
}

/** Sets the text at once (for tests that are not about typing). */
async function search(el: OgvResourceFinder, text: string): Promise<void> {
  box(el).value = text;
  box(el).dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

async function tick(el: OgvResourceFinder, name: string, id: string): Promise<void> {
  facet(el, name).open = true;
  option(el, name, id).click();
  await settle(el);
}

async function make(template = html`<ogv-resource-finder lang="en"></ogv-resource-finder>`): Promise<OgvResourceFinder> {
  const el = await fixture<OgvResourceFinder>(template);
  await settle(el);
  return el;
}

afterEach(resetViewport);

describe('ogv-resource-finder: browsing', () => {
  it('lists the whole register, grouped by section, 20 at a time', async () => {
    const el = await make();
    expect(el.status).to.equal('ready');
    expect(count(el)).to.equal(`${TOTAL} resources`);
    expect(el.results.map((e) => e.id)).to.have.length(TOTAL);
    expect(items(el)).to.have.length(20);
    const groups = [...root(el).querySelectorAll('h3.group-heading')].map((h) => h.textContent!.trim());
    expect(groups[0]).to.equal(register.sections.find((s) => s.id === register.entries[0].section)!.labels.en);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Find help and resources');
    const label = root(el).querySelector('label[for="search"]')!;
    expect(label.textContent!.trim()).to.equal('Search tools and publications');
    expect(box(el).type).to.equal('search');
  });

  it('shows each result: title link, people and year, type and language badges, topics', async () => {
    const el = await make();
    const bendib = byId('bendib-revenge-porn');
    const li = items(el).find((i) => i.dataset.id === bendib.id)!;
    const link = li.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal(bendib.title);
    expect(link.getAttribute('href')).to.equal(new URL(bendib.url).href);
    expect(link.hasAttribute('target')).to.equal(false);
    expect(li.querySelector('.meta')!.textContent).to.contain('Bendib').and.contain('Femmes de droit');
    if (bendib.published) expect(li.querySelector('.meta')!.textContent).to.contain(bendib.published.slice(0, 4));
    expect(li.querySelector('.badges')!.textContent).to.contain('Article').and.contain('French');
    expect(li.querySelector('.topics')!.textContent).to.contain('The law and your rights');
    expect(li.querySelector('[part~="result-title"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('shows more on request and moves focus to the first newly shown result', async () => {
    const el = await make(html`<ogv-resource-finder lang="en" page-size="5"></ogv-resource-finder>`);
    expect(items(el)).to.have.length(5);
    const more = root(el).querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent!.trim()).to.equal(`Show more results (5 of ${TOTAL} shown)`);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(items(el)).to.have.length(10);
    const sixth = items(el)[5];
    expect(root(el).activeElement).to.equal(sixth.querySelector('a'));
    // The order of what was already shown did not change.
    expect(shownIds(el).slice(0, 5)).to.deep.equal(el.results.slice(0, 5).map((e) => e.id));
  });

  it('uses heading-level for its own headings', async () => {
    const el = await make(html`<ogv-resource-finder lang="en" heading-level="3"></ogv-resource-finder>`);
    expect(root(el).querySelector('h3.heading')).not.to.equal(null);
    expect(root(el).querySelectorAll('h4.group-heading').length).to.be.greaterThan(0);
    expect(root(el).querySelectorAll('h5[part~="result-title"]').length).to.equal(20);
  });
});

describe('ogv-resource-finder: searching', () => {
  it('tolerates typos and highlights the matched part of the title with <mark>', async () => {
    const el = await make();
    await type(el, 'sextnig');
    expect(shownIds(el).slice(0, 5)).to.include('punt-sexting');
    const li = items(el).find((i) => i.dataset.id === 'punt-sexting')!;
    expect(li.querySelector('mark')!.textContent).to.equal('Sexting');
    // A ranked list now, no section groups.
    expect(root(el).querySelector('ol.results')).not.to.equal(null);
    expect(root(el).querySelector('.group-heading')).to.equal(null);
  });

  it('ignores missing accents', async () => {
    const el = await make();
    await search(el, 'cyberharcelement');
    const mark = items(el)[0].querySelector('[part~="result-title"] mark')!.textContent!;
    expect(mark.toLowerCase()).to.equal('cyberharcèlement'); // the accented word, found without its accent
  });

  it('finds resources in other languages through the topic words', async () => {
    const el = await make();
    await search(el, 'wraakporno');
    expect(shownIds(el)).to.include('bendib-revenge-porn'); // French article from a Dutch word
    await search(el, 'Cybermobbing');
    expect(shownIds(el)).to.include('collard-cyberharcelement-harcelement-2-0'); // German word, French title
  });

  it('finds by publisher and by author', async () => {
    const el = await make();
    await search(el, 'Femmes de droit');
    expect(shownIds(el)[0]).to.equal('bendib-revenge-porn');
    await search(el, 'Gozian');
    expect(shownIds(el)[0]).to.equal('gozian-harcelement-virtuel');
  });

  it('ranks exact title matches first', async () => {
    const el = await make();
    await search(el, 'Revenge porn');
    expect(shownIds(el).slice(0, 2).sort()).to.deep.equal(['bendib-revenge-porn', 'igvm-handleiding-revenge-porn']);
    await search(el, 'sexting');
    expect(shownIds(el)[0]).to.equal('punt-sexting');
  });

  it('finds every expected resource of each everyday query, one of them in the top five', async () => {
    const el = await make();
    const misses: string[] = [];
    for (const { query, expected } of EVERYDAY_QUERIES) {
      await search(el, query);
      const found = el.results.map((e) => e.id);
      if (!expected.some((id) => found.slice(0, 5).includes(id))) misses.push(`${query}: none in the top five`);
      const missing = expected.filter((id) => !found.includes(id));
      if (missing.length) misses.push(`${query}: ${missing.join(', ')} not found`);
    }
    expect(misses).to.deep.equal([]);
  });

  it('keeps the order while nothing changes, re-orders only on a new query', async () => {
    const el = await make();
    await search(el, 'sexting');
    const before = shownIds(el);
    el.requestUpdate();
    await settle(el);
    document.documentElement.lang = document.documentElement.lang; // unrelated change
    await settle(el);
    expect(shownIds(el)).to.deep.equal(before);
  });

  it('keeps the node of a result that stays while typing narrows the results, and builds only new ones', async () => {
    const el = await make();
    await type(el, 'cyberhar');
    const before = new Map(items(el).map((li) => [li.dataset.id!, li]));
    await type(el, 'celement');
    const after = items(el);
    const stayed = after.filter((li) => before.has(li.dataset.id!));
    expect(stayed.length, 'results that stay').to.be.greaterThan(0);
    for (const li of stayed) expect(li, li.dataset.id).to.equal(before.get(li.dataset.id!));
    // What a kept node shows is brought up to date: its place in the list and the query's marks in its title.
    expect(after.map((li) => Number(li.dataset.index))).to.deep.equal(after.map((_, i) => i));
    expect(root(el).querySelector('[part~="result-title"] mark')?.textContent?.toLowerCase()).to.contain('harc');
  });

  it('clears the box with Escape', async () => {
    const el = await make();
    await type(el, 'sexting');
    expect(el.results.length).to.be.lessThan(TOTAL);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(box(el).value).to.equal('');
    expect(el.results).to.have.length(TOTAL);
    expect(root(el).activeElement).to.equal(box(el));
  });

  it('starts from the query attribute, which typing does not rewrite', async () => {
    const el = await make(html`<ogv-resource-finder lang="en" query="grooming"></ogv-resource-finder>`);
    expect(box(el).value).to.equal('grooming');
    expect(shownIds(el)).to.include('child-focus-ok-groomer');
    await type(el, ' extra');
    expect(el.query).to.equal('grooming');
    expect(el.getAttribute('query')).to.equal('grooming');
  });
});

describe('ogv-resource-finder: a large register', () => {
  const ranked = (el: OgvResourceFinder) => root(el).querySelector('ol.results') !== null;
  /** A finder on a synthetic register of 3 000 entries (served by the test server), loaded and settled. */
  async function largeFinder(): Promise<OgvResourceFinder> {
    const el = await make(html`<ogv-resource-finder lang="en" src="/__test/large-register.json?entries=3000"></ogv-resource-finder>`);
    await waitUntil(() => el.status === 'ready', 'the large register did not load', { timeout: 15000 });
    await settle(el);
    return el;
  }

  it('above 2 000 entries, searches after a pause in typing, not on every keystroke', async () => {
    const el = await largeFinder();
    expect(el.results.length).to.equal(3000);
    expect(ranked(el)).to.equal(false); // browsing: grouped by section
    for (const text of ['s', 'se', 'sex', 'sexting']) {
      box(el).value = text;
      box(el).dispatchEvent(new Event('input', { bubbles: true }));
      await settle(el);
      expect(ranked(el), `searched "${text}" at once`).to.equal(false);
    }
    await waitUntil(() => ranked(el), 'never searched after the pause', { timeout: 5000 });
    expect(el.results.length).to.be.above(0).and.below(3000);
    expect(shownIds(el)).to.include('punt-sexting');
  });

  it('with a large register, keeps what was typed when the element re-renders before the pause ends', async () => {
    const el = await largeFinder();
    await search(el, 'sext');
    el.lang = 'nl'; // anything that renders again while the typed text waits for the pause
    await settle(el);
    expect(box(el).value).to.equal('sext');
    await waitUntil(() => ranked(el), 'never searched after the pause', { timeout: 5000 });
    expect(box(el).value).to.equal('sext');
    expect(shownIds(el)).to.include('punt-sexting');
  });

  it('a query set by the page replaces the text, also while typed text waits for the pause', async () => {
    const el = await largeFinder();
    await search(el, 'sext');
    el.query = 'wraakporno';
    await settle(el);
    expect(box(el).value).to.equal('wraakporno');
    // About time itself: past the typing pause, the stale "sext" must not come back.
    await aTimeout(400);
    expect(box(el).value).to.equal('wraakporno');
    expect(el.results.map((e) => e.id)).not.to.include('punt-sexting');
    expect(el.results.map((e) => e.id)).to.include('punt-wraakporno-zoektermen');
  });

  it('with the bundled register, searches on every keystroke', async () => {
    const el = await make();
    box(el).value = 'sexting';
    box(el).dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    expect(ranked(el)).to.equal(true);
  });
});

describe('ogv-resource-finder: filters', () => {
  const FACET_TESTS: [string, (e: Entry, id: string) => boolean][] = [
    ['sections', (e, id) => e.section === id],
    ['types', (e, id) => e.type === id],
    ['topics', (e, id) => e.topics.includes(id)],
    ['audiences', (e, id) => (e.audiences ?? []).includes(id)],
    ['languages', (e, id) => e.languages.includes(id as Entry['languages'][number])],
  ];

  for (const [name, has] of FACET_TESTS) {
    it(`filters by ${name}, with the count each option announces`, async () => {
      const el = await make();
      const first = facet(el, name).querySelector<HTMLInputElement>('label:not([data-count="0"]) input')!;
      const id = first.value;
      const expected = optionCount(el, name, id);
      await tick(el, name, id);
      expect(option(el, name, id).checked).to.equal(true);
      expect(el.results.length).to.equal(expected);
      expect(el.results.every((e) => has(e, id))).to.equal(true);
      expect(count(el)).to.equal(expected === 1 ? '1 resource' : `${expected} resources`);
      expect(facet(el, name).querySelector('summary')!.textContent).to.contain('1 selected');
    });
  }

  it('combines filters with a query, and one button clears them all', async () => {
    const el = await make();
    await search(el, 'sexting');
    const withTeachers = optionCount(el, 'audiences', 'teachers');
    await tick(el, 'audiences', 'teachers');
    expect(el.results.length).to.equal(withTeachers);
    const nl = optionCount(el, 'languages', 'nl');
    await tick(el, 'languages', 'nl');
    expect(el.results.length).to.equal(nl);
    expect(el.results.every((e) => (e.audiences ?? []).includes('teachers') && e.languages.includes('nl'))).to.equal(true);
    const clear = root(el).querySelector<HTMLButtonElement>('[part~="filters"] button.clear')!;
    expect(clear.textContent!.trim()).to.equal('Clear filters');
    clear.click();
    await settle(el);
    expect(option(el, 'audiences', 'teachers').checked).to.equal(false);
    expect(root(el).querySelector('[part~="filters"] button.clear')).to.equal(null);
    expect(root(el).activeElement).to.equal(box(el));
    expect(box(el).value).to.equal('sexting');
  });

  it('takes presets from attributes, shown as ticked options', async () => {
    const el = await make(html`<ogv-resource-finder lang="en" audiences="teachers, youth"></ogv-resource-finder>`);
    expect(el.results.length).to.be.greaterThan(0);
    expect(el.results.every((e) => (e.audiences ?? []).some((a) => a === 'teachers' || a === 'youth'))).to.equal(true);
    expect(option(el, 'audiences', 'teachers').checked).to.equal(true);
    expect(option(el, 'audiences', 'youth').checked).to.equal(true);
  });

  it('applies presets with hide-filters, without showing the controls', async () => {
    const el = await make(
      html`<ogv-resource-finder lang="en" hide-filters section="act" types="organisation" languages="nl"></ogv-resource-finder>`,
    );
    expect(root(el).querySelector('[part~="filters"]')).to.equal(null);
    const expected = register.entries.filter((e) => e.section === 'act' && e.type === 'organisation' && e.languages.includes('nl'));
    expect(el.results.map((e) => e.id)).to.deep.equal(expected.map((e) => e.id));
    el.topics = 'sexual-violence';
    await settle(el);
    expect(el.results.every((e) => e.topics.includes('sexual-violence'))).to.equal(true);
  });
});

describe('ogv-resource-finder: nothing found', () => {
  it('says so, offers to clear the filters, and points to the helplines', async () => {
    const el = await make();
    await tick(el, 'languages', 'en');
    await search(el, 'zzqqxxyy');
    const empty = root(el).querySelector('[part~="empty"]')!;
    expect(empty.textContent).to.contain('No resources match your search.');
    expect(root(el).querySelector('ogv-helpline-banner')).not.to.equal(null);
    expect(count(el)).to.equal('0 resources');
    const clear = empty.querySelector<HTMLButtonElement>('button.clear')!;
    clear.click();
    await settle(el);
    expect(option(el, 'languages', 'en').checked).to.equal(false);
  });

  it('the helplines it points to come from its own `src` register', async () => {
    const el = await make(html`<ogv-resource-finder lang="en" src="/test/fixtures/registers/valid-small.json"></ogv-resource-finder>`);
    await waitUntil(() => el.status === 'ready', 'the src register did not load');
    await search(el, 'zzqqxxyy');
    const banner = root(el).querySelector('ogv-helpline-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('[part~="helpline"]'), 'no helplines shown');
    // That register has only the Institute's line; the bundled one has seven.
    const shown = [...banner.shadowRoot!.querySelectorAll<HTMLElement>('[part~="helpline"]')].map((h) => h.dataset.id);
    expect(shown).to.deep.equal(['igvm']);
  });
});

describe('ogv-resource-finder: announcements, results, status and events', () => {
  it('announces the count in a polite live region once typing pauses', async () => {
    const el = await make();
    expect(live(el)).to.equal('');
    await type(el, 'sexting');
    expect(live(el)).to.equal(''); // not on every keystroke
    await waitUntil(() => live(el) !== '', 'no announcement', { timeout: 3000 });
    expect(live(el)).to.equal(`${el.results.length} resources`);
    await search(el, 'sorrybox'); // the one resource of that name
    await waitUntil(() => live(el).startsWith('1 '), 'no singular announcement', { timeout: 3000 });
    expect(live(el)).to.equal('1 resource');
  });

  it('fires ogv-results-change {count} and ogv-resource-open {id, url}, never with the query', async () => {
    const seen: CustomEvent[] = [];
    const record = (e: Event) => seen.push(e as CustomEvent);
    document.addEventListener('ogv-results-change', record);
    document.addEventListener('ogv-resource-open', record);
    try {
      const el = await make();
      el.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
      await waitUntil(() => seen.length > 0, 'the load emitted no results event');
      expect(seen.map((e) => e.type)).to.deep.equal(['ogv-results-change']); // the load's own event
      seen.length = 0;
      await type(el, 'cybermobbing');
      await waitUntil(() => seen.some((e) => e.type === 'ogv-results-change'), 'no results event', { timeout: 3000 });
      const changes = seen.filter((e) => e.type === 'ogv-results-change');
      expect(changes).to.have.length(1); // once typing paused, not per keystroke
      const change = changes[0];
      expect(change.detail).to.deep.equal({ count: el.results.length });
      expect(change.bubbles && change.composed).to.equal(true);
      items(el)[0].querySelector('a')!.click();
      const open = seen.find((e) => e.type === 'ogv-resource-open')!;
      const first = el.results[0];
      expect(open.detail).to.deep.equal({ id: first.id, url: new URL(first.url).href });
      for (const e of seen) expect(JSON.stringify(e.detail)).not.to.contain('mobbing');
      expect(location.href).not.to.contain('mobbing');
      expect(el.outerHTML).not.to.contain('mobbing');
    } finally {
      document.removeEventListener('ogv-results-change', record);
      document.removeEventListener('ogv-resource-open', record);
    }
  });

  it('opens links in a new tab only with link-target="_blank", with rel="noopener noreferrer"', async () => {
    const el = await make(html`<ogv-resource-finder lang="en" link-target="_blank"></ogv-resource-finder>`);
    const link = items(el)[0].querySelector('a')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('(opens in a new tab)');
  });

  it('reserves its space while loading, then reports ready', async () => {
    const src = `/__test/partner/finder-${Date.now()}/register.json?delay=400`;
    const el = await fixture<OgvResourceFinder>(html`<ogv-resource-finder lang="en" src=${src}></ogv-resource-finder>`);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    const loading = root(el).querySelector<HTMLElement>('.loading')!;
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(200);
    await waitUntil(() => el.status !== 'loading', 'never loaded', { timeout: 5000 });
    await settle(el);
    expect(el.status).to.equal('ready');
    expect(el.results.length).to.equal(TOTAL);
  });

  it('shows the register of a new `src` at once when the page has already loaded it', async () => {
    const src = '/test/fixtures/registers/valid-small.json';
    const other = await make(html`<ogv-resource-finder lang="en" src=${src}></ogv-resource-finder>`);
    await waitUntil(() => other.status === 'ready', 'the src register did not load');
    const expected = other.results.map((e) => e.id);
    const el = await make();
    expect(el.results.length).to.equal(TOTAL);
    el.src = src;
    await settle(el);
    expect(el.status).to.equal('ready');
    expect(el.results.map((e) => e.id)).to.deep.equal(expected);
    expect(shownIds(el)).to.deep.equal(expected);
    expect(count(el)).to.equal(`${expected.length} resources`);
  });
});

describe('ogv-resource-finder: hostile data', () => {
  it('shows a hostile title as text, highlighted safely, and runs none of it', async () => {
    const el = await fixture<OgvResourceFinder>(
      html`<ogv-resource-finder lang="en" src="/test/fixtures/registers/hostile.json"></ogv-resource-finder>`,
    );
    await waitUntil(() => el.status !== 'loading', 'never loaded', { timeout: 5000 });
    await settle(el);
    expect(el.status).to.equal('ready');
    await search(el, 'onerror window');
    const li = items(el).find((i) => i.dataset.id === 'hostile-title')!;
    expect(li, 'hostile entry shown').not.to.equal(undefined);
    const title = li.querySelector('[part~="result-title"]')!;
    expect(title.textContent!.trim()).to.equal('<img src=x onerror="window.__ogvHostile=1">');
    expect(title.querySelector('img, script')).to.equal(null);
    expect([...title.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['onerror', 'window']);
    // Rendered as text: no <img> or <script> exists, so no handler can run later.
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __ogvHostile?: number }).__ogvHostile).to.equal(undefined);
    for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^https?:/);
  });
});

describe('ogv-resource-finder: languages', () => {
  const TEXT = {
    en: { heading: 'Find help and resources', label: 'Search tools and publications', one: '1 resource', many: 'resources' },
    nl: { heading: 'Hulp en informatie zoeken', label: 'Zoek in hulpmiddelen en publicaties', one: '1 resultaat', many: 'resultaten' },
    fr: { heading: null, label: 'Rechercher des outils et publications', one: '1 ressource', many: 'ressources' },
    de: { heading: null, label: 'Hilfsmittel und Veröffentlichungen durchsuchen', one: '1 Ergebnis', many: 'Ergebnisse' },
  } as const;

  for (const [lang, text] of Object.entries(TEXT)) {
    it(`speaks ${lang}`, async () => {
      const el = await make(html`<ogv-resource-finder lang=${lang}></ogv-resource-finder>`);
      if (text.heading) expect(root(el).querySelector('h2')!.textContent).to.equal(text.heading);
      expect(root(el).querySelector('label[for="search"]')!.textContent!.trim()).to.equal(text.label);
      expect(count(el)).to.equal(`${TOTAL} ${text.many}`);
      await search(el, 'sorrybox'); // the one resource of that name
      expect(count(el)).to.equal(text.one);
      if (lang === 'fr') {
        await search(el, 'zzqqxxyy');
        expect(count(el)).to.equal('0 ressource'); // French puts 0 with the singular
      }
    });
  }
});

describe('ogv-resource-finder: on a phone', () => {
  const toggle = (el: OgvResourceFinder) => root(el).querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!;
  const filters = (el: OgvResourceFinder) => root(el).querySelector<HTMLElement>('[part~="filters"]')!;

  it('at 360×800 the first result starts right under the search box, the filters behind one button', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await make();
    const gap = items(el)[0]!.getBoundingClientRect().top - box(el).getBoundingClientRect().bottom;
    // The button, the count and the first section's heading come between: about 150 px, not 440.
    expect(gap, 'first result below the search box (px)').to.be.below(200);
    expect(items(el)[0]!.getBoundingClientRect().top, 'first result on the first screen').to.be.below(800 - 100);
    expect(isShown(toggle(el))).to.equal(true);
    expect(isShown(filters(el))).to.equal(false);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).getElementById(toggle(el).getAttribute('aria-controls')!)).to.equal(filters(el));
  });

  it('opens the filters by keyboard, and the button says how many are ticked', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await make();
    box(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(toggle(el));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(filters(el))).to.equal(true);
    // Every filter is reachable: Tab to the first facet, open it, tick its first option with Space.
    await sendKeys({ press: 'Tab' });
    const summary = root(el).activeElement as HTMLElement;
    expect(summary.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(toggle(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filters 1 selected');
    await expect(el).to.be.accessible();
    // Closed again, the count stays on the button.
    toggle(el).click();
    await settle(el);
    expect(isShown(filters(el))).to.equal(false);
    expect(toggle(el).textContent).to.include('1 selected');
  });

  it('at 1280 px there is no button: the filters are always shown', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await make();
    expect(isShown(toggle(el))).to.equal(false);
    expect(isShown(filters(el))).to.equal(true);
  });
});

describe('ogv-resource-finder: accessibility', () => {
  for (const lang of ['en', 'nl', 'fr', 'de']) {
    for (const width of [320, 1280]) {
      it(`has no axe violations in ${lang} at ${width} px (filters open, marks shown)`, async () => {
        await setViewport({ width, height: 800 });
        const el = await make(html`<ogv-resource-finder lang=${lang} link-target="_blank"></ogv-resource-finder>`);
        for (const d of root(el).querySelectorAll('details')) d.open = true;
        await tick(el, 'topics', 'sexting');
        await search(el, 'sexting');
        await expect(el).to.be.accessible();
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        await search(el, 'zzqqxxyy');
        await expect(el).to.be.accessible({ ignoredRules: [] });
      });
    }
  }

  it('stays readable in the dark colour scheme (where the page opts in) and under forced colours', async function () {
    await emulateOrSkip(this, { colorScheme: 'dark' });
    try {
      const el = await make();
      await search(el, 'sexting');
      const link = items(el)[0].querySelector('a')!;
      const light = getComputedStyle(link).color;
      expect(getComputedStyle(el).backgroundColor, 'a page that declares no scheme stays light').to.equal('rgb(255, 255, 255)');
      declareScheme('light dark');
      // The default accent turns light on the dark background.
      expect(getComputedStyle(link).color).not.to.equal(light);
      expect(getComputedStyle(el).backgroundColor).not.to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
      await emulateOrSkip(this, { colorScheme: 'light', forcedColors: 'active' });
      if (!matchMedia('(forced-colors: active)').matches) return; // this launcher cannot emulate forced colours
      await expect(el).to.be.accessible();
      expect(getComputedStyle(items(el)[0].querySelector('mark')!).backgroundColor).not.to.equal('rgb(253, 230, 138)');
    } finally {
      declareScheme('');
      await emulateMedia({ colorScheme: 'no-preference', forcedColors: 'none' }).catch(() => undefined);
    }
  });

  it('works by keyboard alone: Tab to a filter, open it, tick an option with Space', async () => {
    const el = await make();
    box(el).focus();
    await sendKeys({ press: 'Tab' });
    const summary = root(el).activeElement as HTMLElement;
    expect(summary.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const first = root(el).activeElement as HTMLInputElement;
    expect(first.type).to.equal('checkbox');
    const expected = Number(first.closest('label')!.dataset.count);
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(first.checked).to.equal(true);
    expect(el.results.length).to.equal(expected);
  });
});

describe('ogv-resource-finder: older browsers', () => {
  it('gives plain border and badge colours where color-mix() is missing (checked in the sheet)', async () => {
    const el = await make();
    const rules = root(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const fallback = rules.find(
      (rule) => rule instanceof CSSSupportsRule && /not\s*\(\s*color:\s*color-mix\(/.test(rule.conditionText),
    );
    expect(fallback, 'no @supports not (color: color-mix(…)) rule').not.to.equal(undefined);
    const text = fallback!.cssText;
    expect(text).to.match(/--_border:\s*var\(--ogv-finder-border-color,\s*graytext\)/i);
    expect(text).to.match(/--_badge:\s*var\(--ogv-finder-badge-background,\s*transparent\)/);
    expect(text).not.to.match(/--_(border|badge):[^;]*color-mix/);
  });
});

describe('ogv-resource-finder: what a result says, and facets that cannot mislead', () => {
  it('shows each result’s summary in the reader’s language, under its title, with the matched words marked', async () => {
    const el = await make(html`<ogv-resource-finder lang="nl"></ogv-resource-finder>`);
    await search(el, 'sorrybox');
    const [card] = items(el);
    const summary = card.querySelector('[part~="result-summary"]')!;
    expect(summary.textContent).to.equal(byId('sorrybox').summary!.nl);
    // Below the title, in reading order.
    const title = card.querySelector('[part~="result-title"]')!;
    expect(title.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await search(el, 'wraakporno');
    const marks = [...root(el).querySelectorAll('[part~="result-summary"] mark')].map((m) => m.textContent!.toLowerCase());
    expect(marks).to.include('wraakporno');
  });

  it('finds resources for "deepfake"', async () => {
    const el = await make();
    await search(el, 'deepfake');
    expect(el.results.length).to.be.greaterThan(0);
    expect(el.results.every((e) => e.topics.includes('deepfakes'))).to.equal(true);
  });

  it('lists resources in Dutch, or in several languages, first on a Dutch page with an empty box', async () => {
    const el = await make(html`<ogv-resource-finder lang="nl"></ogv-resource-finder>`);
    const firstSection = root(el).querySelector('section.group')!;
    const shown = [...firstSection.querySelectorAll<HTMLElement>('[part~="result"]')].slice(0, 6).map((li) => byId(li.dataset.id!));
    expect(shown.length).to.equal(6);
    for (const e of shown) expect(e.languages.includes('nl') || e.languages.length > 1, e.id).to.equal(true);
    // The French page puts French first.
    el.lang = 'fr';
    await settle(el);
    const first = byId(root(el).querySelector<HTMLElement>('section.group [part~="result"]')!.dataset.id!);
    expect(first.languages.includes('fr') || first.languages.length > 1).to.equal(true);
  });

  it('shows a filter option that would give nothing as unavailable, and keeps a ticked one working', async () => {
    const el = await make();
    const german = option(el, 'languages', 'de'); // the register holds nothing in German
    expect(optionCount(el, 'languages', 'de')).to.equal(0);
    expect(german.disabled).to.equal(true);
    await tick(el, 'languages', 'en');
    expect(option(el, 'languages', 'en').disabled).to.equal(false);
    await search(el, 'zzqqxxyy');
    // Nothing matches, yet the ticked option can still be unticked.
    expect(option(el, 'languages', 'en').checked).to.equal(true);
    expect(option(el, 'languages', 'en').disabled).to.equal(false);
    expect(option(el, 'languages', 'fr').disabled).to.equal(true);
  });
});
