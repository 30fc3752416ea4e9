/**
 * src/elements.mjs is the one list of our elements. What is written by hand elsewhere must agree with it:
 * the one-tag entry, each element's entry, the package's exports, and every element must be shown on each
 * demo page, offered by the configurator and measured by the bench's layout-shift run.
 * (test/partner/demo.test.ts checks in a browser that the configurator previews each element.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ELEMENTS, MAIN_BUNDLE } from '../../src/elements.mjs';
import { layoutShiftVariants } from '../../bench/measure/layout-shift.mjs';

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

/** The elements of the list that `html` has no `<tag` of. */
const missingFrom = (html) => ELEMENTS.map((e) => e.tag).filter((tag) => !html.includes(`<${tag}`));

for (const page of ['index.html', 'ngo.html', 'school.html', 'municipality.html']) {
  test(`demo/${page} shows every element`, () => {
    assert.deepEqual(missingFrom(read(`demo/${page}`)), []);
  });
}

test('the configurator has presets and attributes for every element', () => {
  const html = read('demo/configurator.html');
  const script = read('demo/configurator.js');
  assert.match(script, /from '\/src\/elements\.mjs'/, 'the configurator does not read the element list');
  for (const { tag } of ELEMENTS) {
    assert.ok(html.includes(`<fieldset data-for="${tag}">`), `configurator.html has no presets for <${tag}>`);
    assert.ok(script.includes(`'${tag}': [`), `configurator.js writes no attributes for <${tag}>`);
  }
});

test("the bench's layout-shift run has every element on its partner page, and each alone", () => {
  assert.deepEqual(missingFrom(read('bench/partner.html')), []);
  const alone = layoutShiftVariants().map(([, , variant]) => variant);
  for (const { tag } of ELEMENTS) assert.ok(alone.includes(tag), `no layout-shift run of <${tag}> alone`);
});
