// register-export → register-import round trip, in a temporary directory (register/ is not touched).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { csvToEntries, entriesToCsv } from '../../scripts/register-csv.mjs';
import { formatRegister } from '../../scripts/register-format.mjs';
import { ROOT, runScript } from '../helpers/scripts.mjs';

const REGISTER = join(ROOT, 'register', 'register.json');

const run = runScript;

function withTempDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'ogv-register-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('export then import changes nothing, byte for byte', () =>
  withTempDir((dir) => {
    const copy = join(dir, 'register.json');
    copyFileSync(REGISTER, copy);
    const exported = run('register-export.mjs', ['out.csv', '--register', 'register.json'], dir);
    assert.equal(exported.status, 0, exported.out);
    const imported = run('register-import.mjs', ['out.csv', '--register', 'register.json'], dir);
    assert.equal(imported.status, 0, imported.out);
    assert.match(imported.out, /94 entries, 7 helplines, 16 topics: OK \(no change\)/);
    assert.equal(readFileSync(copy, 'utf8'), readFileSync(REGISTER, 'utf8'));
  }));

test('the committed register.csv is the export of register.json', () =>
  withTempDir((dir) => {
    const exported = run('register-export.mjs', [join(dir, 'fresh.csv')], dir);
    assert.equal(exported.status, 0, exported.out);
    assert.equal(
      readFileSync(join(dir, 'fresh.csv'), 'utf8'),
      readFileSync(join(ROOT, 'register', 'register.csv'), 'utf8'),
      'register/register.csv is out of date: run npm run register:export',
    );
  }));

test('the CSV has the documented columns and one row per entry', () => {
  const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
  const csv = entriesToCsv(register.entries);
  const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\n');
  assert.equal(
    lines[0],
    'id,section,group,type,title,authors,publisher,place,published,languages,languagesInferred,topics,audiences,url,' +
      'urls.en,urls.nl,urls.fr,urls.de,urlsSource,' +
      'summary.en,summary.nl,summary.fr,summary.de,summarySource,keywords.en,keywords.nl,keywords.fr,keywords.de',
  );
  const { entries, problems } = csvToEntries(csv, 'x.csv');
  assert.deepEqual(problems, []);
  assert.deepEqual(entries, register.entries);
});

test('summaries and keywords go through export and import unchanged, byte for byte', () =>
  withTempDir((dir) => {
    const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
    Object.assign(register.entries[0], {
      summary: {
        en: 'Article on revenge porn, with a comma, and "quotes"',
        nl: 'Artikel over wraakporno',
        fr: 'Article sur la « revenge porn »',
        de: 'Artikel über Racheporno',
      },
      summarySource: 'The seed',
      keywords: { nl: ['wraakporno', 'naaktfoto gedeeld'], fr: ['faire chanter'] },
    });
    const copy = join(dir, 'register.json');
    writeFileSync(copy, formatRegister(register));
    const before = readFileSync(copy, 'utf8');
    assert.equal(run('register-export.mjs', ['out.csv', '--register', 'register.json'], dir).status, 0);
    const imported = run('register-import.mjs', ['out.csv', '--register', 'register.json'], dir);
    assert.equal(imported.status, 0, imported.out);
    assert.match(imported.out, /\(no change\)/);
    assert.equal(readFileSync(copy, 'utf8'), before);
    assert.deepEqual(JSON.parse(before).entries[0].keywords, { nl: ['wraakporno', 'naaktfoto gedeeld'], fr: ['faire chanter'] });
  }));

test('import refuses to write a register with problems', () =>
  withTempDir((dir) => {
    const copy = join(dir, 'register.json');
    copyFileSync(REGISTER, copy);
    const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
    const entries = structuredClone(register.entries);
    entries[0].url = 'javascript:alert(1)';
    entries[1].topics = ['no-such-topic'];
    writeFileSync(join(dir, 'bad.csv'), entriesToCsv(entries));
    const imported = run('register-import.mjs', ['bad.csv', '--register', 'register.json'], dir);
    assert.equal(imported.status, 1, imported.out);
    assert.match(imported.out, new RegExp(`^bad\\.csv: ${entries[0].id} url: `, 'm'));
    assert.match(imported.out, new RegExp(`^bad\\.csv: ${entries[1].id} topics\\[0\\]: unknown value "no-such-topic"`, 'm'));
    assert.match(imported.out, /not written/);
    assert.equal(readFileSync(copy, 'utf8'), readFileSync(REGISTER, 'utf8'));
  }));

test('import refuses a CSV with missing or unknown columns', () =>
  withTempDir((dir) => {
    copyFileSync(REGISTER, join(dir, 'register.json'));
    writeFileSync(join(dir, 'bad.csv'), 'id,title,colour\nx,Y,blue\n');
    const imported = run('register-import.mjs', ['bad.csv', '--register', 'register.json'], dir);
    assert.equal(imported.status, 1, imported.out);
    assert.match(imported.out, /bad\.csv: \(header\) columns: missing section, group, type/);
    assert.match(imported.out, /bad\.csv: \(header\) columns: unknown colour/);
    assert.equal(readFileSync(join(dir, 'register.json'), 'utf8'), readFileSync(REGISTER, 'utf8'));
  }));

test('a CSV edited in a spreadsheet (CRLF line ends, no BOM, spaces around list items) imports the same', () => {
  const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
  const csv = entriesToCsv(register.entries)
    .replace(/^\uFEFF/, '')
    .replace(/\n/g, '\r\n')
    .replace('non-consensual-intimate-images;legal-rights', 'non-consensual-intimate-images ; legal-rights');
  const { entries, problems } = csvToEntries(csv, 'x.csv');
  assert.deepEqual(problems, []);
  assert.deepEqual(entries, register.entries);
});

test('language versions go through the CSV; a CSV without their columns (written before them) still imports', () => {
  const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
  const stopncii = register.entries.find((entry) => entry.id === 'stopncii');
  assert.equal(stopncii.urls.fr, 'https://stopncii.org/?lang=fr-fr');
  const csv = entriesToCsv(register.entries);
  assert.deepEqual(csvToEntries(csv, 'x.csv').entries.find((entry) => entry.id === 'stopncii'), stopncii);
  const [header, ...rows] = parseCsv(csv, { bom: true });
  const kept = header.map((name, i) => (/^urls(\.|Source$)/.test(name) ? -1 : i)).filter((i) => i >= 0);
  assert.equal(kept.length, header.length - 5);
  const old = stringifyCsv([header, ...rows].map((row) => kept.map((i) => row[i])));
  const { entries, problems } = csvToEntries(old, 'old.csv');
  assert.deepEqual(problems, []);
  const { urls: _urls, urlsSource: _source, ...withoutVersions } = stopncii;
  assert.deepEqual(entries.find((entry) => entry.id === 'stopncii'), withoutVersions);
});
