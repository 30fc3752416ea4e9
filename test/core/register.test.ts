/**
 * The register loader in the browser: every path it can take (embedded default, good src, one request per
 * URL, 404, time-out, malformed JSON, invalid documents, invalid entries mixed with valid ones, hostile
 * entries). Fixture files are fetched raw through test/server/register.middleware.mjs.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import bundledJson from '../../register/register.json';
import { bundledRegister, loadRegister, settledRegister, type LoadedRegister } from '../../src/core/register.js';

import { fresh, requestsFor, watchRequests } from '../helpers/requests.js';
import { captureWarnings } from '../helpers/console.js';

const FIXTURES = '/test/fixtures/registers';
const absolute = (path: string) => new URL(path, document.baseURI).href;

/** console.warn, captured. */
const warnings = captureWarnings();

function expectFallback(loaded: LoadedRegister, reason: LoadedRegister['reason'], src: string): void {
  expect(loaded.status).to.equal('fallback');
  expect(loaded.reason).to.equal(reason);
  expect(loaded.src).to.equal(src);
  expect(loaded.register).to.equal(bundledRegister().register);
  expect(loaded.register.entries.length).to.equal(bundledJson.entries.length);
  expect(warnings, 'one console warning').to.have.length(1);
  expect(warnings[0]).to.include(src).and.include(reason!);
}

describe('bundled register (no src)', () => {
  it('is there synchronously, validated, with every entry and helpline of register.json', () => {
    const loaded = bundledRegister();
    expect(loaded.status).to.equal('ready');
    expect(loaded.reason).to.equal(undefined);
    expect(loaded.problems).to.deep.equal([]);
    expect(loaded.register.entries.map((e) => e.id)).to.deep.equal(bundledJson.entries.map((e) => e.id));
    expect(loaded.register.helplines.map((h) => h.id)).to.deep.equal(bundledJson.helplines.map((h) => h.id));
    expect(loaded.register.updated).to.equal(bundledJson.updated);
    expect(bundledRegister()).to.equal(loaded);
  });

  it('loads without any request, as the same object', async () => {
    const requests = watchRequests();
    try {
      for (const src of [undefined, null, '', '   ']) {
        expect(await loadRegister(src)).to.equal(bundledRegister());
        expect(settledRegister(src)).to.equal(bundledRegister());
      }
    } finally {
      requests.stop();
    }
    expect(requests.urls).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('is frozen all the way down, so no element can change what another shows', () => {
    const { register } = bundledRegister();
    expect(Object.isFrozen(register)).to.equal(true);
    expect(Object.isFrozen(register.entries)).to.equal(true);
    expect(Object.isFrozen(register.entries[0])).to.equal(true);
    expect(Object.isFrozen(register.entries[0]!.topics)).to.equal(true);
    expect(Object.isFrozen(register.topics[0]!.synonyms.nl)).to.equal(true);
    expect(Object.isFrozen(register.helplines[0]!.channels[0])).to.equal(true);
    expect(() => (register.entries as unknown as unknown[]).push({})).to.throw(TypeError);
    expect(() => {
      (register.entries[0] as { title: string }).title = 'changed';
    }).to.throw(TypeError);
  });
});

describe('register from src', () => {
  it('fetches a good register, without cookies or referrer', async () => {
    document.cookie = 'ogv-loader-test=1; path=/; SameSite=Strict';
    try {
      const src = fresh('/register/register.json');
      const loaded = await loadRegister(src);
      expect(loaded.status).to.equal('ready');
      expect(loaded.reason).to.equal(undefined);
      expect(loaded.src).to.equal(absolute(src));
      expect(loaded.problems).to.deep.equal([]);
      expect(loaded.register).not.to.equal(bundledRegister().register);
      expect(loaded.register.entries.map((e) => e.url)).to.deep.equal(bundledJson.entries.map((e) => e.url));
      expect(Object.isFrozen(loaded.register.entries[0])).to.equal(true);
      expect(await requestsFor(src)).to.deep.equal([{ referer: null, cookie: false }]);
      expect(settledRegister(src)).to.equal(loaded);
      expect(warnings).to.deep.equal([]);
    } finally {
      document.cookie = 'ogv-loader-test=; path=/; max-age=0';
    }
  });

  it('makes one request per URL, shared by every caller, and gives each the same object', async () => {
    const src = fresh(`${FIXTURES}/valid-small.json`);
    const [a, b] = await Promise.all([loadRegister(src), loadRegister(absolute(src))]);
    const c = await loadRegister(`${absolute(src)}#again`);
    expect(a.status).to.equal('ready');
    expect(b).to.equal(a);
    expect(c).to.equal(a);
    expect(c.register).to.equal(a.register);
    expect(await requestsFor(src)).to.have.length(1);
  });

  it('falls back on a 404', async () => {
    const src = fresh(`${FIXTURES}/does-not-exist.json`);
    expectFallback(await loadRegister(src), 'http', absolute(src));
  });

  it('falls back on a server error', async () => {
    const src = fresh('/__test/echo?status=500&body=%7B%7D');
    expectFallback(await loadRegister(src), 'http', absolute(src));
  });

  it('falls back when the server does not answer in time', async () => {
    const src = fresh('/__test/echo?delay=4000&body=%7B%7D');
    const started = performance.now();
    const loaded = await loadRegister(src, { timeoutMs: 300 });
    expect(performance.now() - started).to.be.below(2500);
    expectFallback(loaded, 'timeout', absolute(src));
  });

  it('falls back on a network error', async () => {
    const src = 'http://127.0.0.1:9/register.json'; // a port browsers refuse to contact
    expectFallback(await loadRegister(src), 'network', src);
  });

  it('never requests a src that is not http(s)', async () => {
    const requests = watchRequests();
    try {
      for (const src of ['javascript:alert(1)', 'data:application/json,{}']) {
        warnings.length = 0;
        const loaded = await loadRegister(src);
        expect(loaded.status).to.equal('fallback');
        expect(loaded.register).to.equal(bundledRegister().register);
        expect(warnings).to.have.length(1);
      }
    } finally {
      requests.stop();
    }
    expect(requests.urls).to.deep.equal([]);
  });

  it('falls back on malformed JSON', async () => {
    const src = fresh(`/__test/echo?body=${encodeURIComponent('{"version": "1.0.0", "entries": [')}`);
    expectFallback(await loadRegister(src), 'json', absolute(src));
    warnings.length = 0;
    const file = fresh(`${FIXTURES}/malformed.json`);
    expectFallback(await loadRegister(file), 'json', absolute(file));
  });

  it('falls back on an HTML page answered with 200 (a captive portal, a login page)', async () => {
    const src = fresh(`/__test/echo?type=text/html&body=${encodeURIComponent('<!doctype html><title>Log in</title>')}`);
    expectFallback(await loadRegister(src), 'json', absolute(src));
  });

  it('falls back on a document that is not a register as a whole', async () => {
    // A small valid register (the loader-mixed fixture with one valid entry and helpline), broken in turn.
    const mixed = await (await fetch(`/__test/raw${FIXTURES}/loader-mixed.json`)).json();
    const keep = (items: { id: string }[], id: string) => items.filter((item) => item.id === id);
    const small = { ...mixed, entries: keep(mixed.entries, 'ok-second'), helplines: keep(mixed.helplines, 'ok-helpline') };
    expect((await loadRegister(`/__test/echo?body=${encodeURIComponent(JSON.stringify(small))}`)).status).to.equal('ready');
    const documents = {
      array: '[]',
      'null': 'null',
      'empty object': '{}',
      'no entries': JSON.stringify({ ...small, entries: undefined }),
      'entries not a list': JSON.stringify({ ...small, entries: {} }),
      'no helplines': JSON.stringify({ ...small, helplines: undefined }),
      'no topics': JSON.stringify({ ...small, topics: [] }),
      'a topic without synonyms': JSON.stringify({ ...small, topics: [{ ...small.topics[0], synonyms: undefined }] }),
      'no version': JSON.stringify({ ...small, version: undefined }),
      'bad updated date': JSON.stringify({ ...small, updated: 'yesterday' }),
    };
    for (const [name, body] of Object.entries(documents)) {
      warnings.length = 0;
      const src = fresh('/__test/echo');
      // POST bodies would be nicer, but the loader only GETs: put the body in the query.
      const url = `${src}&body=${encodeURIComponent(body)}`;
      const loaded = await loadRegister(url);
      expect(loaded.status, name).to.equal('fallback');
      expect(loaded.reason, name).to.equal('invalid');
      expect(warnings, name).to.have.length(1);
    }
    warnings.length = 0;
    const file = fresh(`${FIXTURES}/missing-translation.json`);
    expectFallback(await loadRegister(file), 'invalid', absolute(file));
    expect(warnings[0]).to.include('topics[0].labels');
  });
});

describe('invalid entries mixed with valid ones', () => {
  const EXPECTED_PROBLEMS = [
    ['no-title', 'title'],
    ['bad-url', 'url'],
    ['unknown-topic', 'topics[1]'],
    ['unknown-section', 'section'],
    ['wrong-type', 'languages'],
    ['ok-first', 'id'],
    ['entries[7]', 'entry'],
    ['entries[8]', 'id'],
    ['unknown-group', 'group'],
    ['unknown-audience', 'audiences[0]'],
    ['bad-language', 'languages[0]'],
    ['ok-helpline', 'channels[1].value'],
    ['ok-helpline', 'channels[2].value'],
    ['ok-helpline', 'channels[3].value'],
    ['no-usable-channel', 'channels'],
    ['unknown-region', 'regions[0]'],
    ['missing-translation', 'description.fr'],
  ];

  it('skips each invalid item, keeps the rest, and warns in one line with the counts and the first', async () => {
    const src = fresh(`${FIXTURES}/loader-mixed.json`);
    const loaded = await loadRegister(src);
    expect(loaded.status).to.equal('ready');
    expect(loaded.register.entries.map((e) => e.id)).to.deep.equal(['ok-first', 'ok-second']);
    expect(loaded.register.entries[0]!.title).to.equal('Title of ok-first'); // the first of two with one id
    expect(loaded.register.helplines.map((h) => h.id)).to.deep.equal(['ok-helpline']);
    expect(loaded.register.helplines[0]!.channels.map((c) => `${c.type}:${c.value}`)).to.deep.equal([
      'phone:1712',
      'chat:https://chat.example.org/',
      'email:help@example.org',
    ]);
    expect(loaded.problems.map((p) => [p.id, p.field])).to.deep.equal(EXPECTED_PROBLEMS);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('11 entries skipped, 3 channels dropped, 3 helplines skipped');
    expect(warnings[0]).to.include(`"${EXPECTED_PROBLEMS[0][0]}"`).and.include(`"${EXPECTED_PROBLEMS[0][1]}"`);

    warnings.length = 0;
    expect(await loadRegister(src)).to.equal(loaded);
    expect(warnings, 'no second warning for the same URL').to.deep.equal([]);
  });

  it('keeps only the known fields of a valid entry', async () => {
    const loaded = await loadRegister(fresh(`${FIXTURES}/loader-mixed.json`));
    expect(loaded.register.entries[1]).to.deep.equal({
      id: 'ok-second',
      section: 'act',
      group: 'test-help',
      type: 'platform',
      title: 'Title of ok-second',
      languages: ['fr', 'nl'],
      topics: ['sextortion'],
      url: 'https://example.org/ok-second',
      authors: ['A. Author'],
      publisher: 'Publisher',
      published: '2024-05',
      audiences: ['youth'],
    });
  });

  it("reads the data helper's mixed fixture the same way", async () => {
    const loaded = await loadRegister(fresh(`${FIXTURES}/mixed-invalid-entries.json`));
    expect(loaded.status).to.equal('ready');
    expect(loaded.register.entries.length).to.be.above(0);
    expect(loaded.problems.length).to.be.above(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(loaded.problems[0].id).and.include(loaded.problems[0].field);
  });

  for (const [file, id, field] of [
    ['missing-url.json', 'sensoa-affiches-sexting', 'url'],
    ['javascript-url.json', 'igvm-wraakporno-youtoo', 'url'],
    ['unknown-topic.json', 'sensoa-affiches-sexting', 'topics[0]'],
    ['duplicate-id.json', 'igvm-wraakporno-youtoo', 'id'],
  ]) {
    it(`skips the broken entry of ${file} (${id}, ${field})`, async () => {
      const loaded = await loadRegister(fresh(`${FIXTURES}/${file}`));
      expect(loaded.status).to.equal('ready');
      expect(loaded.problems.map((p) => [p.id, p.field])).to.deep.equal([[id, field]]);
      expect(warnings).to.have.length(1);
    });
  }
});

describe('hostile register', () => {
  let loaded: LoadedRegister;
  beforeEach(async () => {
    loaded = await loadRegister(fresh(`${FIXTURES}/hostile.json`));
  });

  it('never keeps a link that is not http(s)', () => {
    expect(loaded.register.entries.map((e) => e.id)).to.deep.equal(['hostile-title', 'hostile-proto', 'friendly']);
    expect(loaded.problems.map((p) => [p.id, p.field])).to.deep.equal([
      ['hostile-javascript-url', 'url'],
      ['hostile-javascript-url-spaced', 'url'],
      ['hostile-data-url', 'url'],
      ['hostile-relative-url', 'url'],
      ['hostile-helpline', 'channels[0].value'],
    ]);
    for (const entry of loaded.register.entries) expect(entry.url).to.match(/^https?:\/\//);
    expect(loaded.register.helplines[0]!.channels).to.deep.equal([{ type: 'phone', value: '112' }]);
  });

  it('keeps markup in a title as text: no element is created and no script runs', async () => {
    const entry = loaded.register.entries[0]!;
    const helpline = loaded.register.helplines[0]!;
    const el = fixtureSync(
      html`<ul>
        <li>${entry.title} ${entry.publisher}</li>
        <li>${helpline.name}</li>
      </ul>`,
    );
    // Rendered as text: no <img> or <script> exists, so no handler can run later.
    expect(el.querySelector('img, script, b')).to.equal(null);
    expect(el.textContent).to.include('<img src=x onerror="window.__ogvHostile=1">');
    expect(el.textContent).to.include('<script>window.__ogvHostile=2</script>');
    expect((window as { __ogvHostile?: number }).__ogvHostile).to.equal(undefined);
  });

  it('does not let a "__proto__" key reach any prototype', () => {
    const entry = loaded.register.entries[1]!;
    expect(entry.id).to.equal('hostile-proto');
    expect(Object.getPrototypeOf(entry)).to.equal(Object.prototype);
    expect(Object.keys(entry)).not.to.include('__proto__');
    expect((entry as unknown as { polluted?: boolean }).polluted).to.equal(undefined);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });
});
