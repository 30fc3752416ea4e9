/**
 * The register loader against registers that are valid but useless, or hostile by their size: empty lists fall
 * back to the bundled copy, texts and lists have limits, faults are told in one console line, and only a few
 * `src` registers are kept for later elements.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/helpline-banner/index.js';
import '../../src/resource-finder/index.js';
import { bundledRegister, KEPT_REGISTERS, loadRegister, settledRegister } from '../../src/core/register.js';
import { LIMITS } from '../../src/core/register-validate.js';
import { fresh, requestsFor } from '../helpers/requests.js';
import { root } from '../helpers/shadow.js';
import { captureWarnings } from '../helpers/console.js';

const FIXTURES = '/test/fixtures/registers';

/** console.warn, captured. */
const warnings = captureWarnings();
let originalFetch: typeof window.fetch;
/** Bodies answered by the stubbed fetch, by URL path: too large to pass through the test server's query. */
const stubbed = new Map<string, string>();

beforeEach(() => {
  originalFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const body = stubbed.get(new URL(String(input), document.baseURI).pathname);
    return body === undefined ? originalFetch.call(window, input, init) : Promise.resolve(new Response(body));
  };
});
afterEach(() => {
  window.fetch = originalFetch;
  stubbed.clear();
});

/** A small valid register: the loader-mixed fixture with one valid entry and one valid helpline. */
async function smallRegister() {
  const mixed = await (await originalFetch(`/__test/raw${FIXTURES}/loader-mixed.json`)).json();
  const keep = (items: { id: string }[], id: string) => items.filter((item) => item.id === id);
  return { ...mixed, entries: keep(mixed.entries, 'ok-second'), helplines: keep(mixed.helplines, 'ok-helpline') };
}

let served = 0;
/** Serves `document` from a new URL and returns that URL. */
function serve(document: unknown): string {
  const path = `/__test/stub/register-${++served}.json`;
  stubbed.set(path, JSON.stringify(document));
  return path;
}

describe('a valid register that leaves nothing to show', () => {
  it('falls back to the bundled register when it has no helpline, or no entry it can use', async () => {
    const small = await smallRegister();
    const cases = {
      'no helplines': { ...small, helplines: [] },
      'no entries': { ...small, entries: [] },
      'no usable entry': { ...small, entries: [{ id: 'broken' }] },
      'no usable helpline': { ...small, helplines: [{ ...small.helplines[0], channels: [{ type: 'phone', value: 'x' }] }] },
    };
    for (const [name, document] of Object.entries(cases)) {
      const loaded = await loadRegister(serve(document));
      expect(loaded.status, name).to.equal('fallback');
      expect(loaded.reason, name).to.equal('invalid');
      expect(loaded.register, name).to.equal(bundledRegister().register);
    }
    expect((await loadRegister(serve(small))).status, 'the control').to.equal('ready');
  });

  it('shows the notice and the bundled helplines in the banner and the finder', async () => {
    const src = serve({ ...(await smallRegister()), helplines: [] });
    const el = await fixture(html`<div>
      <ogv-helpline-banner lang="en" src=${src}></ogv-helpline-banner>
      <ogv-resource-finder lang="en" src=${src}></ogv-resource-finder>
    </div>`);
    for (const tag of ['ogv-helpline-banner', 'ogv-resource-finder']) {
      const widget = el.querySelector(tag)!;
      await waitUntil(() => root(widget).querySelector('[part~="notice"]')?.textContent?.trim(), `${tag}: a notice`);
      expect(root(widget).querySelector('[part~="notice"]')!.textContent).to.include('could not be loaded');
    }
    const banner = root(el.querySelector('ogv-helpline-banner')!);
    expect(banner.querySelectorAll('[data-id]').length).to.be.above(0);
  });
});

describe('hostile sizes', () => {
  const huge = 'x'.repeat(1_000_000);

  it('refuses a register whose vocabulary holds a huge text, without echoing it', async () => {
    const small = await smallRegister();
    const topics = [{ ...small.topics[0], labels: { ...small.topics[0].labels, en: huge } }, ...small.topics.slice(1)];
    const loaded = await loadRegister(serve({ ...small, topics }));
    expect(loaded.status).to.equal('fallback');
    expect(loaded.reason).to.equal('invalid');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`at most ${LIMITS.text} characters`);
    expect(warnings[0].length).to.be.below(1000);
  });

  it('skips an entry with a huge id or title, and tells it in one short line', async () => {
    const small = await smallRegister();
    const [entry] = small.entries;
    const entries = [{ ...entry, id: huge }, { ...entry, id: 'long-title', title: huge }, entry];
    const loaded = await loadRegister(serve({ ...small, entries }));
    expect(loaded.status).to.equal('ready');
    expect(loaded.register.entries.map((e) => e.id)).to.deep.equal([entry.id]);
    expect(loaded.problems.map((p) => [p.id, p.field])).to.deep.include.members([
      ['entries[0]', 'id'],
      ['long-title', 'title'],
    ]);
    expect(warnings).to.have.length(1);
    expect(warnings[0].length).to.be.below(1000);
  });

  it('tells thousands of bad entries in one console line', async () => {
    const small = await smallRegister();
    const entries = [...small.entries, ...Array.from({ length: 5000 }, (_, i) => ({ id: `bad-${i}` }))];
    const loaded = await loadRegister(serve({ ...small, entries }));
    expect(loaded.status).to.equal('ready');
    expect(loaded.problems.filter((p) => p.kind === 'entry')).to.have.length(5000);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('5000 entries skipped');
  });

  it('refuses a register with more entries than the limit', async () => {
    const small = await smallRegister();
    const entries = Array.from({ length: LIMITS.entries + 1 }, () => small.entries[0]);
    const loaded = await loadRegister(serve({ ...small, entries }));
    expect(loaded.status).to.equal('fallback');
    expect(warnings[0]).to.include(`at most ${LIMITS.entries} items`);
  });
});

describe('bounded memory', () => {
  it(`keeps only the ${KEPT_REGISTERS} most recently used src registers for later elements`, async () => {
    const srcs = Array.from({ length: KEPT_REGISTERS + 2 }, () => fresh(`${FIXTURES}/valid-small.json`));
    const loads = [];
    for (const src of srcs) loads.push(await loadRegister(src));
    expect(settledRegister(srcs[0]), 'the oldest is forgotten').to.equal(undefined);
    expect(settledRegister(srcs.at(-1)), 'the latest is kept').to.equal(loads.at(-1));
    // Asked for again, the oldest is a new load (the HTTP cache may answer it), the latest is the same object.
    expect(await loadRegister(srcs.at(-1))).to.equal(loads.at(-1));
    expect(await requestsFor(srcs.at(-1)!)).to.have.length(1);
    expect(await loadRegister(srcs[0])).not.to.equal(loads[0]);
  });
});
