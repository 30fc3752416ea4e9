/**
 * Every message in src/ has a translation in locales/{nl,fr,de}.xlf, and src/generated/ is built from them.
 * The messages are extracted afresh (into a scratch copy) so a msg() added without `lit-localize extract`
 * fails here too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const SCRATCH = '.i18n-check';
const LOCALES = ['nl', 'fr', 'de'];

function units(xml) {
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

test('every message of src/ is translated into nl, fr and de', () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH);
  cpSync('locales', `${SCRATCH}/locales`, { recursive: true });
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  // Paths in a lit-localize config are relative to the config file.
  config.tsConfig = '../tsconfig.json';
  config.inputFiles = config.inputFiles.map((glob) => `../${glob}`);
  config.interchange.xliffDir = './locales/';
  config.output.outputDir = './generated';
  config.output.localeCodesModule = './locale-codes.ts';
  writeFileSync(`${SCRATCH}/lit-localize.json`, JSON.stringify(config));
  try {
    execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract', '--config', `${SCRATCH}/lit-localize.json`], {
      stdio: 'pipe',
    });
    const problems = [];
    for (const locale of LOCALES) {
      const fresh = units(readFileSync(`${SCRATCH}/locales/${locale}.xlf`, 'utf8'));
      assert.ok(fresh.length > 0, `no messages extracted for ${locale}`);
      for (const u of fresh) {
        if (!u.target || !u.target.trim()) problems.push(`${locale}: ${u.id} "${u.source}" has no translation`);
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  } finally {
    rmSync(SCRATCH, { recursive: true, force: true });
  }
});

test('src/generated/locales carries every translation of locales/*.xlf (run `npx lit-localize build`)', () => {
  for (const locale of LOCALES) {
    const generated = readFileSync(`src/generated/locales/${locale}.ts`, 'utf8');
    for (const u of units(readFileSync(`locales/${locale}.xlf`, 'utf8'))) {
      assert.ok(generated.includes(`'${u.id}'`), `${locale}: ${u.id} is in locales/${locale}.xlf but not in src/generated`);
    }
  }
});
