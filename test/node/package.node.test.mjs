/**
 * The built package (run after `npm run build`): what package.json promises exists, each bundle is one
 * self-contained minified module with production Lit and a source map, and the runtime dependencies are
 * exactly lit, @lit/localize and fuse.js.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const BUNDLES = ['ogv-widgets', 'resource-finder', 'helpline-banner', 'quick-exit', 'report-path'];

test('runtime dependencies are lit, @lit/localize and fuse.js only', () => {
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/localize', 'fuse.js', 'lit']);
});

test('every file package.json exports exists after the build', () => {
  const targets = [];
  for (const value of Object.values(pkg.exports)) {
    if (typeof value === 'string') targets.push(value);
    else targets.push(...Object.values(value));
  }
  targets.push(pkg.main, pkg.types, pkg.customElements);
  for (const target of targets) assert.ok(existsSync(target), `${target} is exported but missing`);
});

for (const name of BUNDLES) {
  test(`dist/${name}.js is one self-contained, minified production module with a source map`, () => {
    const code = readFileSync(`dist/${name}.js`, 'utf8');
    assert.ok(!/(^|[;}\s])import\s*[\w{*]/.test(code) && !/\bimport\s*\(/.test(code), 'imports another file');
    assert.ok(!code.includes('Lit is in dev mode'), 'development build of Lit');
    // Lit's html`` and css`` templates keep their line breaks, so count what a minifier removes:
    // comment lines and statements indented on lines of their own.
    const lines = code.split('\n');
    const unminified = lines.filter((l) => /^\s*(\/\/|\/\*\*|(const|let|var|return|function|if|for)\b)/.test(l));
    assert.ok(unminified.length < 5, `not minified: ${unminified.slice(0, 3).join(' | ')}`);
    assert.ok(existsSync(`dist/${name}.js.map`), 'no source map beside it');
  });

  test(`dist/${name}.js has no class static block (Safari before 16.4 could not parse it; README, "Browsers")`, () => {
    const code = readFileSync(`dist/${name}.js`, 'utf8');
    assert.ok(!/\bstatic\s*\{/.test(code), `a static block: ${code.match(/.{0,40}\bstatic\s*\{.{0,40}/)?.[0]}`);
  });
}

test('dist/quick-exit.js carries no lit-html: the quick exit is built on ReactiveElement', () => {
  const { sources } = JSON.parse(readFileSync('dist/quick-exit.js.map', 'utf8'));
  const templating = sources.filter((source) => /node_modules\/(lit-html|lit-element)\//.test(source));
  assert.deepEqual(templating, [], 'lit-html or lit-element in the bundle');
  assert.ok(!readFileSync('dist/quick-exit.js', 'utf8').includes('_$litType$'), 'a lit-html template in the bundle');
});

test('dist/register.json is the published register', () => {
  assert.equal(readFileSync('dist/register.json', 'utf8'), readFileSync('register/register.json', 'utf8'));
});
