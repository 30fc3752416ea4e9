/**
 * README "Add it to your page" follows the package: the three ways to install, every import it shows is one
 * package.json exports, the versioned path is this version, and the editor files it names are built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BUNDLES } from '../../src/elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('\n## Add it to your page\n');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));

test('"Add it to your page" gives the three ways: npm, a static host or CDN with SRI, the release zip', () => {
  assert.ok(start >= 0, 'no "## Add it to your page"');
  for (const words of ['npm install ogv-widgets', 'integrity="sha384-', 'SHA384SUMS', 'npm run release', `ogv-widgets-<version>.zip`]) {
    assert.ok(section.includes(words), `does not say ${words}`);
  }
});

test('every import the section shows is exported by package.json', () => {
  const specifiers = [...section.matchAll(/from '(ogv-widgets[^']*)'|import '(ogv-widgets[^']*)'|'(ogv-widgets\/jsx\/\w+)'/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  assert.ok(specifiers.length >= 4, 'fewer imports than expected');
  for (const specifier of specifiers) {
    const key = specifier === 'ogv-widgets' ? '.' : `./${specifier.slice('ogv-widgets/'.length)}`;
    assert.ok(pkg.exports[key], `${specifier} is not exported by package.json`);
  }
  for (const { bundle } of BUNDLES) assert.ok(section.includes(`${bundle}.js`), `${bundle}.js is not named`);
});

test('the versioned path is the current version, and the editor data it names is built', () => {
  const versions = [...section.matchAll(/\/ogv-widgets\/(\d+\.\d+\.\d+)\//g)].map((m) => m[1]);
  assert.ok(versions.length > 0, 'no versioned path');
  assert.deepEqual([...new Set(versions)], [pkg.version]);
  for (const [, path] of section.matchAll(/\.\/node_modules\/ogv-widgets\/([\w./-]+\.json)/g)) {
    assert.ok(readFileSync(path, 'utf8').length > 0, `${path} is not built`);
  }
});

test('the section says how React 18 users use the elements, and why Lit is bundled', () => {
  assert.match(section, /React 18/);
  assert.match(section, /useRef|addEventListener/);
  assert.match(section, /Lit: bundled, not shared/);
});
