/**
 * src/elements.mjs is the one list of our elements. What is written by hand elsewhere must agree with it:
 * the one-tag entry, each element's entry, the package's exports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ELEMENTS, MAIN_BUNDLE } from '../../src/elements.mjs';

const read = (file) => readFileSync(file, 'utf8');

test('src/index.ts exports every element of the list, in its order, and nothing else', () => {
  const exported = [...read(MAIN_BUNDLE.entry).matchAll(/^export \* from '\.\/(.+)\.js';$/gm)].map((m) => `src/${m[1]}.ts`);
  assert.deepEqual(exported, ELEMENTS.map((e) => e.entry));
});

test("each element's entry defines its tag", () => {
  for (const { tag, entry } of ELEMENTS) {
    assert.match(read(entry), new RegExp(`defineOnce\\('${tag}', `), `${entry} does not define <${tag}>`);
  }
});

test('package.json exports every bundle of the list', () => {
  const { exports } = JSON.parse(read('package.json'));
  for (const { bundle } of [MAIN_BUNDLE, ...ELEMENTS]) {
    const entry = exports[`./${bundle}.js`];
    assert.equal(entry?.default, `./dist/${bundle}.js`, `package.json has no export ./${bundle}.js`);
  }
});
