// The studio words every fault of the widgets' validator in the keepers' four languages: each call that
// fails a value in src/core/register-readers.ts and register-validate.ts gives a stable code, and
// studio/i18n.mjs has that code in nl, fr, de and en (a new rule without either fails here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/scripts.mjs';
import { LANGUAGES, problemText } from '../../studio/i18n.mjs';

const SOURCES = ['register-readers.ts', 'register-validate.ts'].map((file) => join(ROOT, 'src', 'core', file));
/** Each call `fail(…)`, `new Invalid(…)` or `matching(…)` with the text of its arguments (one level of nesting). */
const CALL = /\b(fail|new Invalid|matching)\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)/g;

function codes() {
  const found = new Map();
  for (const file of SOURCES) {
    for (const [call, , args] of readFileSync(file, 'utf8').matchAll(CALL)) {
      if (/^\s*field: string|^\s*pattern: RegExp|^field, message, code/.test(args)) continue; // the definitions
      const code = /,\s*'([A-Za-z]+)'\s*(?:,\s*\{[^}]*\}\s*)?,?\s*$/.exec(args)?.[1];
      assert.ok(code, `${file.replace(`${ROOT}/`, '')}: no code in ${call.replace(/\s+/g, ' ')}`);
      found.set(code, call);
    }
  }
  return found;
}

test('every fault the widgets’ validator gives has a code, and the studio words each code in four languages', () => {
  const found = codes();
  assert.ok(found.size >= 20, `the test finds the codes (${[...found.keys()].join(', ')})`);
  for (const code of found.keys()) {
    const problem = { code: `widgets.${code}`, message: 'ENGLISH', data: { value: 'x', limit: 3, vocabulary: 'topics', type: 'phone', number: '+32', section: 'act', not: 'inform' } };
    const words = Object.keys(LANGUAGES).map((lang) => problemText(lang, problem));
    for (const text of words) assert.ok(!text.includes('ENGLISH') && !/\{\w+\}/.test(text), `${code}: ${text}`);
    assert.equal(new Set(words).size, 4, `${code}: one wording per language: ${words.join(' | ')}`);
  }
});

test('the wordings are in the studio only, not in the widgets’ bundle (run `npm run build` first)', () => {
  const bundle = join(ROOT, 'dist', 'ogv-widgets.js');
  const studio = join(ROOT, 'dist', 'studio.html');
  for (const file of [bundle, studio]) assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
  const problem = { code: 'widgets.duplicateId', message: '', data: { value: 'x' } };
  // Words without accents (the studio's script is written in ASCII, with escapes).
  for (const [lang, words] of [['nl', 'komt twee keer voor'], ['fr', 'deux fois'], ['de', 'kommt doppelt vor']]) {
    assert.ok(problemText(lang, problem).endsWith(words), problemText(lang, problem));
    assert.ok(readFileSync(studio, 'utf8').includes(words), `dist/studio.html has "${words}"`);
    assert.ok(!readFileSync(bundle, 'utf8').includes(words), `dist/ogv-widgets.js has "${words}"`);
  }
});
