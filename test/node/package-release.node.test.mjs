/**
 * npm run release (run after `npm run build`): the zip for teams without npm holds dist/, register/, LICENSE,
 * CHANGELOG.md, README.md and SHA384SUMS with the right Subresource Integrity hash of every script.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'ogv-release-'));
after(() => rmSync(out, { recursive: true, force: true }));

execFileSync(process.execPath, ['scripts/release.mjs', '--out', out], { stdio: 'pipe' });
const root = `ogv-widgets-${pkg.version}/`;
const zip = unzipSync(readFileSync(join(out, `ogv-widgets-${pkg.version}.zip`)));

const under = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((file) => `${dir}/${String(file).replaceAll('\\', '/')}`)
    .filter((path) => statSync(path).isFile());

test('the release zip is named by the version and holds dist/, register/, the documents and SHA384SUMS', () => {
  const expected = [...under('dist'), ...under('register'), 'LICENSE', 'CHANGELOG.md', 'README.md', 'SHA384SUMS'].sort();
  const names = Object.keys(zip).sort();
  assert.ok(names.every((name) => name.startsWith(root)), `an entry outside ${root}`);
  assert.deepEqual(names.map((name) => name.slice(root.length)), expected);
  for (const path of ['dist/ogv-widgets.js', 'register/register.json', 'LICENSE']) {
    assert.ok(Buffer.from(zip[root + path]).equals(readFileSync(path)), `${path} differs from the built file`);
  }
});

test('SHA384SUMS has the SRI hash of every script in the zip, ready for the integrity attribute', () => {
  const sums = Buffer.from(zip[`${root}SHA384SUMS`]).toString('utf8');
  assert.equal(readFileSync(join(out, 'SHA384SUMS'), 'utf8'), sums, 'the SHA384SUMS beside the zip differs');
  const lines = sums.trimEnd().split('\n').map((line) => line.split('  '));
  const scripts = Object.keys(zip).filter((name) => name.endsWith('.js')).map((name) => name.slice(root.length)).sort();
  assert.deepEqual(lines.map(([, path]) => path).sort(), scripts);
  for (const [hash, path] of lines) {
    assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/);
    const actual = `sha384-${createHash('sha384').update(zip[root + path]).digest('base64')}`;
    assert.equal(hash, actual, `${path}: wrong hash`);
  }
});
