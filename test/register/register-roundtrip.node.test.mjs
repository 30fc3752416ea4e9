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

test('a CSV with bad cells is refused, each problem named by row, id and column like a workbook\'s; nothing is written', () =>
  withTempDir((dir) => {
    const copy = join(dir, 'register.json');
    copyFileSync(REGISTER, copy);
    const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
    const entries = structuredClone(register.entries);
    entries[3].url = 'javascript:alert(1)';
    entries[1].topics = ['no-such-topic'];
    const csv = entriesToCsv(entries).split('\n');
    const inferred = csv[0].split(',').indexOf('languagesInferred');
    csv[7] = csv[7].replace(/,true,/, ',maybe,');
    assert.equal(csv[7].split(',')[inferred], 'maybe', 'the test changes the languagesInferred cell of row 8');
    // An empty line (a spreadsheet row left empty) does not shift the row numbers.
    csv.splice(5, 0, '');
    writeFileSync(join(dir, 'bad.csv'), csv.join('\n'));
    const imported = run('register-import.mjs', ['bad.csv', '--register', 'register.json'], dir);
    assert.equal(imported.status, 1, imported.out);
    const lines = imported.out.trim().split('\n');
    assert.ok(lines.includes(`bad.csv: entries, row 9 (id ${entries[6].id}), languagesInferred: "maybe" is not true or false; expected true, false or an empty cell`), imported.out);
    assert.ok(lines.includes(`bad.csv: entries, row 3 (id ${entries[1].id}), topics: unknown value "no-such-topic" (allowed: ${register.topics.map((t) => t.id).join(', ')})`), imported.out);
    assert.ok(
      lines.includes(`bad.csv: entries, row 5 (id ${entries[3].id}), url: "javascript:alert(1)" does not have the required form (^https?://[^\\s/?#]+([/?#]\\S*)?$); expected only http and https links are allowed, e.g. https://example.org/page`),
      imported.out,
    );
    assert.equal(lines.at(-1), 'register.json: not written (3 problems)');
    assert.equal(readFileSync(copy, 'utf8'), readFileSync(REGISTER, 'utf8'));
  }));

test('a CSV row with more cells than the header is refused, by row', () =>
  withTempDir((dir) => {
    copyFileSync(REGISTER, join(dir, 'register.json'));
    const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
    const csv = entriesToCsv(register.entries.slice(0, 3)).split('\n');
    csv[2] += ',extra';
    writeFileSync(join(dir, 'bad.csv'), csv.join('\n'));
    const imported = run('register-import.mjs', ['bad.csv', '--register', 'register.json'], dir);
    assert.equal(imported.status, 1, imported.out);
    const width = csv[0].split(',').length;
    assert.ok(imported.out.split('\n').includes(`bad.csv: entries, row 3: ${width + 1} cells, the header has ${width}`), imported.out);
    assert.equal(readFileSync(join(dir, 'register.json'), 'utf8'), readFileSync(REGISTER, 'utf8'));
  }));

test('import refuses a CSV with missing or unknown columns', () =>
  withTempDir((dir) => {
    copyFileSync(REGISTER, join(dir, 'register.json'));
    writeFileSync(join(dir, 'bad.csv'), 'id,title,colour\nx,Y,blue\n');
    const imported = run('register-import.mjs', ['bad.csv', '--register', 'register.json'], dir);
    assert.equal(imported.status, 1, imported.out);
    assert.match(imported.out, /^bad\.csv: entries, row 1, section, group, type, .*: missing column\(s\)$/m);
    assert.match(imported.out, /^bad\.csv: entries, row 1, colour: unknown column\(s\)/m);
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
