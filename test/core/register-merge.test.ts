/**
 * Local registers next to the first one: a `src` naming several registers (space-separated) gives the first
 * with the new entries and helplines of the others merged in, marked with where they came from; a local
 * register that fails is left out, and the first one's failure gives the bundled copy as always.
 */
import { expect } from '@open-wc/testing';
import bundledJson from '../../register/register.json';
import { bundledRegister, loadRegister, settledRegister } from '../../src/core/register.js';
import { originOf } from '../../src/core/register-merge.js';
import { fresh, requestsFor, watchRequests } from '../helpers/requests.js';
import { captureWarnings } from '../helpers/console.js';

const FIXTURES = '/test/fixtures/registers';
const absolute = (path: string) => new URL(path, document.baseURI).href;

/** console.warn, captured. */
const warnings = captureWarnings();

describe('local registers next to the first', () => {
  it('merges in order: new entries and helplines after the first, duplicates by URL once, marked with their origin', async () => {
    const first = fresh(`${FIXTURES}/valid-small.json`);
    const local = fresh(`${FIXTURES}/local/small.json`);
    const requests = watchRequests();
    const loaded = await loadRegister(`${first}  ${local}`);
    requests.stop();
    expect(requests.urls, 'only the two configured URLs').to.have.members([absolute(first), absolute(local)]);
    expect(loaded.status).to.equal('ready');
    expect(loaded.skipped).to.deep.equal([]);
    expect(loaded.src).to.equal(`${absolute(first)} ${absolute(local)}`);
    const { register } = loaded;
    expect(register.entries.map((e) => e.id)).to.deep.equal([
      'igvm-wraakporno-youtoo',
      'sensoa-affiches-sexting',
      'example-local-school',
    ]);
    expect(register.entries[1]!.title).not.to.include('Example');
    expect(register.helplines.map((h) => h.id)).to.deep.equal(['igvm', 'example-local-line']);
    expect(register.entries.map((e) => originOf(e))).to.deep.equal([undefined, undefined, absolute(local)]);
    expect(register.helplines.map((h) => originOf(h))).to.deep.equal([undefined, absolute(local)]);
    const alone = await loadRegister(first);
    expect(register.topics, "the first register's vocabularies").to.deep.equal(alone.register.topics);
    expect(Object.isFrozen(register.entries)).to.equal(true);
    // The unknown topic and the id taken are reported, each once, and warned in one line each.
    expect(loaded.problems.map((p) => [p.id, p.field])).to.deep.equal([
      ['example-local-unknown-topic', 'topics[0]'],
      ['sensoa-affiches-sexting', 'id'],
    ]);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include('local register').and.include('made-up-topic');
    expect(warnings[1]).to.include('sensoa-affiches-sexting');
  });

  it("merges the example local register (register/examples/local.json) into the Institute's without a problem", async () => {
    const local = fresh('/register/examples/local.json');
    const loaded = await loadRegister(`${fresh('/register/register.json')} ${local}`);
    expect(loaded.status).to.equal('ready');
    expect(loaded.problems).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    const added = loaded.register.entries.slice(bundledJson.entries.length);
    expect(added.map((e) => [e.id, originOf(e)])).to.deep.equal([
      ['example-school-trust-person', absolute(local)],
      ['example-municipality-social-service', absolute(local)],
    ]);
    expect(added.every((e) => new URL(e.url).hostname === 'example.org')).to.equal(true);
    expect(loaded.register.helplines.at(-1)!.id).to.equal('example-regional-line');
  });

  it('takes the complete register as the base wherever it stands: a local register may come first in src', async () => {
    const first = fresh(`${FIXTURES}/valid-small.json`);
    const local = fresh(`${FIXTURES}/local/small.json`);
    const localFirst = await loadRegister(`${local} ${first}`);
    expect(localFirst.status).to.equal('ready');
    expect(localFirst.skipped).to.deep.equal([]);
    expect(localFirst.register.entries.map((e) => [e.id, originOf(e)])).to.deep.equal([
      ['igvm-wraakporno-youtoo', undefined],
      ['sensoa-affiches-sexting', undefined],
      ['example-local-school', absolute(local)],
    ]);
    expect(localFirst.register.helplines.map((h) => h.id)).to.deep.equal(['igvm', 'example-local-line']);
  });

  it('merges a local register named first into the bundled copy when the complete register fails', async () => {
    const local = fresh(`${FIXTURES}/local/small.json`);
    const missing = fresh(`${FIXTURES}/does-not-exist.json`);
    const loaded = await loadRegister(`${local} ${missing}`);
    expect(loaded.status).to.equal('fallback');
    expect(loaded.register.entries.filter((e) => originOf(e) === absolute(local)).map((e) => e.id)).to.deep.equal([
      'example-local-school',
    ]);
    expect(loaded.register.entries.length).to.equal(bundledJson.entries.length + 1);
  });

  it('makes one request per URL, shared by every caller naming the same list, and gives each the same object', async () => {
    const first = fresh(`${FIXTURES}/valid-small.json`);
    const local = fresh(`${FIXTURES}/local/small.json`);
    const src = `${first} ${local}`;
    const [a, b] = await Promise.all([loadRegister(src), loadRegister(`${absolute(first)}\n${local} ${first}`)]);
    expect(b).to.equal(a);
    expect(settledRegister(` ${src} `)).to.equal(a);
    expect(await requestsFor(first)).to.have.length(1);
    expect(await requestsFor(local)).to.have.length(1);
  });

  it('leaves out a local register that cannot be loaded, and shows the first as it is', async () => {
    const first = fresh(`${FIXTURES}/valid-small.json`);
    const missing = fresh(`${FIXTURES}/does-not-exist.json`);
    const loaded = await loadRegister(`${first} ${missing}`);
    expect(loaded.status).to.equal('ready');
    expect(loaded.skipped).to.deep.equal([absolute(missing)]);
    expect(loaded.register).to.deep.equal((await loadRegister(first)).register);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(absolute(missing)).and.include('http');
  });

  it('leaves out a local register that is not valid as a whole, or names no http(s) URL', async () => {
    const first = fresh(`${FIXTURES}/valid-small.json`);
    const invalid = fresh(`${FIXTURES}/local/not-a-register.json`);
    const loaded = await loadRegister(`${first} ${invalid} javascript:alert(1)`);
    expect(loaded.status).to.equal('ready');
    expect(loaded.skipped).to.deep.equal([absolute(invalid), 'javascript:alert(1)']);
    expect(loaded.register.entries).to.have.length(2);
    expect(warnings.join('\n')).to.include('invalid: entries');
  });

  it('merges the local register into the bundled copy when the first cannot be loaded', async () => {
    const missing = fresh(`${FIXTURES}/does-not-exist.json`);
    const local = fresh(`${FIXTURES}/local/small.json`);
    const loaded = await loadRegister(`${missing} ${local}`);
    expect(loaded.status).to.equal('fallback');
    expect(loaded.reason).to.equal('http');
    expect(loaded.skipped).to.deep.equal([]);
    const ids = loaded.register.entries.map((e) => e.id);
    expect(ids.slice(0, -1)).to.deep.equal(bundledJson.entries.map((e) => e.id));
    expect(ids.at(-1)).to.equal('example-local-school');
    expect(loaded.register.topics).to.equal(bundledRegister().register.topics);
  });

  it('gives the bundled copy itself when every register fails', async () => {
    const missing = fresh(`${FIXTURES}/does-not-exist.json`);
    const invalid = fresh(`${FIXTURES}/local/not-a-register.json`);
    const loaded = await loadRegister(`${missing} ${invalid}`);
    expect(loaded.status).to.equal('fallback');
    expect(loaded.skipped).to.deep.equal([absolute(invalid)]);
    expect(loaded.register).to.equal(bundledRegister().register);
  });
});
