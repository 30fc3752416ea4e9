// The workbook (.xlsx) import and export: round trips, workbooks written by LibreOffice and by Python's
// zipfile (test/register/fixtures/make-*-fixture.*), refused files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellToText, registerToSheets, sheetsToRegister } from '../../scripts/register-sheets.mjs';
import { sheetsToXlsx, xlsxToSheets } from '../../scripts/register-xlsx.mjs';
import { ROOT, runScript } from '../helpers/scripts.mjs';

const REGISTER = join(ROOT, 'register', 'register.json');
const SMALL = join(ROOT, 'test', 'fixtures', 'registers', 'valid-small.json');
const LIBREOFFICE = join(ROOT, 'test', 'register', 'fixtures', 'valid-small.libreoffice.xlsx');
const PYTHON = join(ROOT, 'test', 'register', 'fixtures', 'valid-small.python.xlsx');

const run = runScript;

async function withTempDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'ogv-workbook-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A workbook of `sheets` (our writer) at `path`. */
async function writeWorkbook(path, sheets) {
  writeFileSync(path, new Uint8Array(await (await sheetsToXlsx(sheets)).arrayBuffer()));
}

test('JSON → XLSX → JSON changes nothing, byte for byte', () =>
  withTempDir((dir) => {
    copyFileSync(REGISTER, join(dir, 'register.json'));
    const exported = run('register-export.mjs', ['out.xlsx', '--register', 'register.json'], dir);
    assert.equal(exported.status, 0, exported.out);
    assert.match(exported.out, /out\.xlsx: 94 entries, 7 helplines and the vocabularies written/);
    const imported = run('register-import.mjs', ['out.xlsx', '--register', 'register.json'], dir);
    assert.equal(imported.status, 0, imported.out);
    assert.match(imported.out, /94 entries, 7 helplines, 16 topics: OK \(no change\)/);
    assert.equal(readFileSync(join(dir, 'register.json'), 'utf8'), readFileSync(REGISTER, 'utf8'));
  }));

test('CSV → JSON → CSV changes nothing, byte for byte', () =>
  withTempDir((dir) => {
    copyFileSync(REGISTER, join(dir, 'register.json'));
    copyFileSync(join(ROOT, 'register', 'register.csv'), join(dir, 'in.csv'));
    assert.equal(run('register-import.mjs', ['in.csv', '--register', 'register.json'], dir).status, 0);
    assert.equal(run('register-export.mjs', ['out.csv', '--register', 'register.json'], dir).status, 0);
    assert.equal(readFileSync(join(dir, 'out.csv'), 'utf8'), readFileSync(join(dir, 'in.csv'), 'utf8'));
  }));

test('the workbook has a sheet per part, text cells with the Text format', async () => {
  const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
  const sheets = registerToSheets(register);
  assert.deepEqual(sheets.map((s) => s.name), ['register', 'entries', 'helplines', 'channels', 'topics', 'sections', 'groups', 'types', 'audiences', 'regions']);
  const topics = sheets.find((s) => s.name === 'topics').rows;
  assert.deepEqual(topics[0], ['id', 'labels.en', 'labels.nl', 'labels.fr', 'labels.de', 'synonyms.en', 'synonyms.nl', 'synonyms.fr', 'synonyms.de']);
  const channels = sheets.find((s) => s.name === 'channels').rows;
  assert.deepEqual(channels[0], [
    'helpline', 'type', 'value', 'values.en', 'values.nl', 'values.fr', 'values.de',
    'labels.en', 'labels.nl', 'labels.fr', 'labels.de', 'display', 'free', 'hours',
  ]);
  const helplines = sheets.find((s) => s.name === 'helplines').rows;
  assert.deepEqual(helplines[0].slice(0, 6), ['id', 'name', 'names.en', 'names.nl', 'names.fr', 'names.de']);
  assert.equal(channels.length - 1, register.helplines.reduce((n, h) => n + h.channels.length, 0));
  const blob = await sheetsToXlsx(sheets);
  const { unzipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  assert.match(strFromU8(files['xl/styles.xml']), /formatCode="@"/, 'the cells carry the Text number format (@)');
  assert.doesNotMatch(strFromU8(files['xl/worksheets/sheet2.xml']), /t="n"/, 'no cell is a number');
});

test('every cell and every column of the workbook has the Text format, empty cells and new rows too', async () => {
  const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
  const sheets = registerToSheets(register);
  const { unzipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(new Uint8Array(await (await sheetsToXlsx(sheets)).arrayBuffer()));
  const styles = strFromU8(files['xl/styles.xml']);
  const textFormats = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="@"\/>/g)].map((m) => m[1]);
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)[1].match(/<xf\b[^>]*?(?:\/>|>.*?<\/xf>)/gs);
  /** Whether the cell style at `index` has the Text number format (@, built in as 49, or a custom one). */
  const isText = (index) => {
    const id = /numFmtId="(\d+)"/.exec(xfs[Number(index)] ?? '')?.[1];
    return id === '49' || textFormats.includes(id);
  };
  let empty = 0;
  sheets.forEach(({ name, rows }, i) => {
    const xml = strFromU8(files[`xl/worksheets/sheet${i + 1}.xml`]);
    const cols = [...xml.matchAll(/<col\b[^>]*>/g)].map((m) => m[0]);
    // A keeper typing in a cell below the last row gets the column's format: every column has the Text one.
    assert.equal(cols.length, rows[0].length, `${name}: one <col> per column`);
    for (const col of cols) assert.ok(isText(/style="(\d+)"/.exec(col)?.[1]), `${name}: column without the Text format: ${col}`);
    const cells = [...xml.matchAll(/<c\b[^>]*?(\/>|>)/g)].map((m) => m[0]);
    assert.equal(cells.length, rows.length * rows[0].length, `${name}: every cell is written, the empty ones too`);
    for (const cell of cells) {
      assert.ok(isText(/ s="(\d+)"/.exec(cell)?.[1]), `${name}: cell without the Text format: ${cell}`);
      if (cell.endsWith('/>')) empty++;
    }
  });
  assert.ok(empty > 100, `the register has empty cells (${empty}), and they carry the Text format too`);
});

const OTHER_PROGRAMS = [
  ['LibreOffice (numbers, dates, booleans, shared strings, an empty row)', LIBREOFFICE],
  ['Python’s zipfile (inline strings, date serials, booleans, empty cells and an empty row left out, no docProps)', PYTHON],
];

for (const [program, file] of OTHER_PROGRAMS) {
  test(`a workbook written by ${program} imports the same register`, () =>
    withTempDir((dir) => {
      writeFileSync(join(dir, 'register.json'), '{}\n');
      const imported = run('register-import.mjs', [file, '--register', 'register.json'], dir);
      assert.equal(imported.status, 0, imported.out);
      assert.equal(readFileSync(join(dir, 'register.json'), 'utf8'), readFileSync(SMALL, 'utf8'));
      // … and exporting, then importing, changes nothing.
      assert.equal(run('register-export.mjs', ['again.xlsx', '--register', 'register.json'], dir).status, 0);
      const again = run('register-import.mjs', ['again.xlsx', '--register', 'register.json'], dir);
      assert.match(again.out, /\(no change\)/);
      assert.equal(readFileSync(join(dir, 'register.json'), 'utf8'), readFileSync(SMALL, 'utf8'));
    }));
}

test('the workbook of another program holds what a keeper\'s spreadsheet stores: not text only', async () => {
  const { unzipSync, strFromU8 } = await import('fflate');
  for (const file of [LIBREOFFICE, PYTHON]) {
    const xml = Object.entries(unzipSync(new Uint8Array(readFileSync(file))))
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('');
    assert.match(xml, /t="b"/, `${file}: booleans`);
    assert.match(xml, /<c r="[A-Z]+\d+"(?: s="\d+")?(?: t="n")?><v>\d+<\/v>/, `${file}: numbers (a year, a date serial)`);
  }
});

test('cells as spreadsheets store them read back as text', () => {
  assert.equal(cellToText(new Date(Date.UTC(2021, 0, 1))), '2021-01-01');
  assert.equal(cellToText(2022), '2022');
  assert.equal(cellToText(3280012800), '3280012800');
  assert.equal(cellToText(true), 'true');
  assert.equal(cellToText('  Sensoa '), 'Sensoa');
  assert.equal(cellToText(null), '');
});

test('a workbook with bad cells is refused, each problem named by sheet, row, id and column; nothing is written', () =>
  withTempDir(async (dir) => {
    const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
    const sheets = registerToSheets(register);
    const entries = sheets.find((s) => s.name === 'entries').rows;
    const url = entries[0].indexOf('url');
    const inferred = entries[0].indexOf('languagesInferred');
    entries[5][url] = 'javascript:alert(1)';
    entries[7][inferred] = 'maybe';
    const channels = sheets.find((s) => s.name === 'channels').rows;
    channels[1][channels[0].indexOf('helpline')] = 'nobody';
    copyFileSync(REGISTER, join(dir, 'register.json'));
    await writeWorkbook(join(dir, 'bad.xlsx'), sheets);
    const imported = run('register-import.mjs', ['bad.xlsx', '--register', 'register.json'], dir);
    assert.equal(imported.status, 1, imported.out);
    const lines = imported.out.trim().split('\n');
    assert.ok(
      lines.includes(`bad.xlsx: entries, row 6 (id ${register.entries[4].id}), url: "javascript:alert(1)" does not have the required form (^https?://[^\\s/?#]+([/?#]\\S*)?$); expected only http and https links are allowed, e.g. https://example.org/page`),
      imported.out,
    );
    assert.ok(lines.includes(`bad.xlsx: entries, row 8 (id ${register.entries[6].id}), languagesInferred: "maybe" is not true or false; expected true, false or an empty cell`), imported.out);
    assert.ok(lines.includes('bad.xlsx: channels, row 2 (id nobody), helpline: "nobody" is not a helpline of the helplines sheet'), imported.out);
    assert.match(imported.out, /register\.json: not written/);
    assert.equal(readFileSync(join(dir, 'register.json'), 'utf8'), readFileSync(REGISTER, 'utf8'));
  }));

test('a workbook with a missing sheet or an unknown column is refused', async () => {
  const register = JSON.parse(readFileSync(REGISTER, 'utf8'));
  const sheets = registerToSheets(register).filter((s) => s.name !== 'regions');
  sheets.find((s) => s.name === 'types').rows[0][1] = 'colour';
  const { problems } = sheetsToRegister(await xlsxToSheets(await sheetsToXlsx(sheets)));
  assert.deepEqual(
    problems.map(({ sheet, row, column, message }) => [sheet, row, column, message.replace(/ \(allowed.*/, '')]),
    [
      ['types', 1, 'labels.en', 'missing column(s)'],
      ['types', 1, 'colour', 'unknown column(s)'],
      ['regions', undefined, undefined, 'missing sheet'],
    ],
  );
});

test('a file that is not a workbook is refused', () =>
  withTempDir((dir) => {
    copyFileSync(REGISTER, join(dir, 'register.json'));
    writeFileSync(join(dir, 'broken.xlsx'), 'not a zip');
    const imported = run('register-import.mjs', ['broken.xlsx', '--register', 'register.json'], dir);
    assert.equal(imported.status, 1, imported.out);
    assert.match(imported.out, /broken\.xlsx: \(file\) xlsx: not a workbook that can be read/);
    assert.equal(readFileSync(join(dir, 'register.json'), 'utf8'), readFileSync(REGISTER, 'utf8'));
  }));
