// register-check: passes on the published register, fails precisely on each broken fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRegister } from '../../scripts/register-rules.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHECK = join(ROOT, 'scripts', 'register-check.mjs');

/** Runs the check from the repository root with a path relative to it (as people type it). */
function check(relativePath) {
  const args = relativePath ? [CHECK, relativePath] : [CHECK];
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: ROOT },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}`, lines: `${result.stdout}${result.stderr}`.trim().split('\n') };
}

const fixture = (name) => `test/fixtures/registers/${name}`;
const load = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

test('register/register.json passes, with a one-line summary', () => {
  const { status, out } = check();
  assert.equal(status, 0, out);
  assert.equal(out.trim(), 'register/register.json: 94 entries, 7 helplines, 16 topics: OK');
});

// The seed documents are kept outside the repository, at ../shared/seeds/ from its root, on every machine and
// in CI: the comparison fails when the seed is not there.
const SEED = join(ROOT, '..', 'shared', 'seeds', 'register-2021-2025.nl.txt');

test('register.json has all 94 seed entries, in the seed order, with the seed URLs', () => {
  const register = load('register/register.json');
  assert.equal(register.entries.length, 94);
  assert.ok(existsSync(SEED), `the seed is missing: expected it at ${SEED}`);
  // The URL list after each page of the seed, in entry order; a URL repeated on consecutive lines is one
  // entry whose text wrapped.
  const seed = readFileSync(SEED, 'utf8').split('\n');
  const urls = seed.filter((line) => /^https?:\/\//.test(line)).map((line) => line.trim());
  const runs = urls.filter((url, i) => i === 0 || url !== urls[i - 1]);
  assert.deepEqual(register.entries.map((e) => e.url), runs);
});

test('the valid small fixture passes', () => {
  const { status, out } = check(fixture('valid-small.json'));
  assert.equal(status, 0, out);
  assert.match(out, /valid-small\.json: 2 entries, 1 helpline, 1 topic: OK/);
});

const broken = [
  ['missing-url.json', 'sensoa-affiches-sexting url: missing (required)'],
  ['javascript-url.json', 'igvm-wraakporno-youtoo url: "javascript:alert(1)" does not have the required form'],
  ['unknown-topic.json', 'sensoa-affiches-sexting topics[0]: unknown value "not-a-topic"'],
  ['duplicate-id.json', 'igvm-wraakporno-youtoo id: duplicate entry id'],
  ['missing-translation.json', 'non-consensual-intimate-images labels.de: missing (required)'],
  ['malformed.json', '(file) json: not valid JSON:'],
];

for (const [name, expected] of broken) {
  test(`fails on ${name} with a precise message`, () => {
    const { status, out, lines } = check(fixture(name));
    assert.equal(status, 1, out);
    assert.ok(
      lines.some((line) => line.startsWith(`${fixture(name)}: ${expected}`)),
      `expected a line "${fixture(name)}: ${expected}…" in:\n${out}`,
    );
    // One defect, one problem line (plus the count line).
    assert.equal(lines.length, 2, out);
  });
}

test('mixed-invalid-entries.json: only the javascript: URL and the unknown topic are problems; markup in a title is text', () => {
  const { status, out, lines } = check(fixture('mixed-invalid-entries.json'));
  assert.equal(status, 1, out);
  const file = fixture('mixed-invalid-entries.json');
  assert.ok(lines.some((l) => l.startsWith(`${file}: javascript-url url:`)), out);
  assert.ok(lines.some((l) => l.startsWith(`${file}: unknown-topic topics[0]: unknown value "not-a-topic"`)), out);
  assert.ok(!out.includes('xss-title'), out);
  assert.equal(lines.length, 3, out);
});

// Lints that a schema cannot express, on in-memory variants of the valid fixture.
const small = () => load(fixture('valid-small.json'));
const problemsOf = (register) => checkRegister(register, 'x.json');

test('a topic allowed by the schema but not defined in the register is reported', () => {
  const register = small();
  register.entries[0].topics.push('sextortion');
  assert.deepEqual(problemsOf(register), ['x.json: igvm-wraakporno-youtoo topics[1]: "sextortion" is not defined in topics']);
});

test('a defined topic that nothing uses is reported', () => {
  const register = small();
  const full = load('register/register.json');
  register.topics.push(full.topics.find((t) => t.id === 'sextortion'));
  assert.deepEqual(problemsOf(register), ['x.json: sextortion topic: defined but used by no entry or helpline']);
});

test('an entry whose group belongs to another section is reported', () => {
  const register = small();
  register.entries[0].section = 'act';
  assert.deepEqual(problemsOf(register), [
    'x.json: igvm-wraakporno-youtoo group: group "studies-analyses" belongs to section "inform", not "act"',
  ]);
});

test('an undefined group, type or audience is reported', () => {
  const register = small();
  register.entries[0].group = 'nowhere';
  register.entries[1].type = 'video';
  register.entries[1].audiences = ['youth'];
  assert.deepEqual(problemsOf(register).sort(), [
    'x.json: igvm-wraakporno-youtoo group: "nowhere" is not defined in groups',
    'x.json: sensoa-affiches-sexting audiences[0]: "youth" is not defined in audiences',
    'x.json: sensoa-affiches-sexting type: "video" is not defined in types',
  ]);
});

test('two entries with the same URL are reported unless the pair is an allowed shared URL', () => {
  const register = small();
  register.entries[1].url = register.entries[0].url;
  assert.match(problemsOf(register)[0], /^x\.json: sensoa-affiches-sexting url: same URL as entry igvm-wraakporno-youtoo/);

  const full = load('register/register.json');
  const watWat = full.entries.filter((e) => e.url === 'https://www.watwat.be/').map((e) => e.id);
  assert.deepEqual(watWat, ['wat-wat-platform', 'wat-wat']);
});

test('duplicate helpline ids, an entry without topics and a helpline without source are reported', () => {
  const register = small();
  register.helplines.push(structuredClone(register.helplines[0]));
  register.entries[1].topics = [];
  delete register.helplines[0].source;
  assert.deepEqual(problemsOf(register).sort(), [
    'x.json: igvm id: duplicate helpline id (helplines[0] and helplines[1])',
    'x.json: igvm source: missing (required)',
    'x.json: sensoa-affiches-sexting topics: must have at least 1 item(s)',
  ]);
});

test('channel values must have the form of their type', () => {
  const register = small();
  register.helplines[0].channels = [
    { type: 'phone', value: '0800 12 800' },
    { type: 'email', value: 'not-an-email' },
    { type: 'web', value: 'http://hulp.igvm.be' },
    { type: 'chat', value: 'https://chat.example.org/' },
    { type: 'email', value: 'info@example.org' },
  ];
  assert.deepEqual(problemsOf(register), [
    'x.json: igvm channels[0].value: "0800 12 800" does not have the required form (^\\+?[0-9]{3,15}$)',
    'x.json: igvm channels[1].value: "not-an-email" is not a valid email',
    'x.json: igvm channels[2].value: "http://hulp.igvm.be" does not have the required form (^https://[^\\s/?#]+([/?#]\\S*)?$)',
  ]);
});

test('a summary must have all four languages, each at most 160 characters', () => {
  const register = small();
  const summary = { en: 'A study.', nl: 'Een studie.', fr: 'Une étude.', de: 'Eine Studie.' };
  register.entries[0].summary = { ...summary, fr: 'é'.repeat(161) };
  register.entries[1].summary = { en: summary.en, nl: summary.nl, fr: summary.fr };
  assert.deepEqual(problemsOf(register), [
    'x.json: igvm-wraakporno-youtoo summary.fr: must be at most 160 characters',
    'x.json: sensoa-affiches-sexting summary.de: missing (required)',
  ]);
  register.entries[0].summary = { ...summary, fr: 'é'.repeat(160) };
  register.entries[1].summary = summary;
  register.entries[1].summarySource = 'The seed';
  register.entries[1].keywords = { nl: ['sexting'] };
  assert.deepEqual(problemsOf(register), []);
});

test('keywords are short, per language, never empty lists', () => {
  const register = small();
  register.entries[0].keywords = { nl: [], xx: ['a'] };
  register.entries[1].keywords = { fr: ['x'.repeat(41), 'a;b'] };
  assert.deepEqual(problemsOf(register), [
    'x.json: igvm-wraakporno-youtoo keywords.xx: unknown property (not allowed)',
    'x.json: igvm-wraakporno-youtoo keywords.nl: must have at least 1 item(s)',
    'x.json: sensoa-affiches-sexting keywords.fr[0]: must be at most 40 characters',
    'x.json: sensoa-affiches-sexting keywords.fr[1]: "a;b" does not have the required form (^[^;]*[^;\\s][^;]*$)',
  ]);
});

test('unknown properties are refused', () => {
  const register = small();
  register.entries[0].html = '<b>x</b>';
  assert.deepEqual(problemsOf(register), ['x.json: igvm-wraakporno-youtoo html: unknown property (not allowed)']);
});
