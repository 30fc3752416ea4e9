/**
 * npm run release (run after `npm run build`): the zip for teams without npm holds dist/, register/, LICENSE,
 * CHANGELOG.md, README.md and SHA384SUMS with the right Subresource Integrity hash of every script.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer';

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

/** Serves the zip's files from memory, plus `pages` (path → HTML); resolves to its origin and a close function. */
function serveZip(pages) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (pages[path]) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(pages[path]);
    const file = zip[root + path.slice(1)];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' }).end(Buffer.from(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

test('a browser runs a script from the zip with its SHA384SUMS hash as integrity, and refuses a wrong one', async () => {
  const sums = Buffer.from(zip[`${root}SHA384SUMS`]).toString('utf8');
  const hash = sums.split('\n').find((line) => line.endsWith('  dist/quick-exit.js')).split('  ')[0];
  const wrong = `sha384-${createHash('sha384').update('another file').digest('base64')}`;
  const page = (integrity) =>
    `<!doctype html><script type="module" src="/dist/quick-exit.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
  const { origin, close } = await serveZip({ '/right.html': page(hash), '/wrong.html': page(wrong) });
  const browser = await puppeteer.launch({ executablePath: process.env.OGV_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/right.html`, { waitUntil: 'load' });
    assert.equal(await tab.evaluate(() => Boolean(customElements.get('ogv-quick-exit'))), true, 'the script did not run');
    await tab.goto(`${origin}/wrong.html`, { waitUntil: 'load' });
    assert.equal(await tab.evaluate(() => Boolean(customElements.get('ogv-quick-exit'))), false, 'a wrong hash was accepted');
  } finally {
    await browser.close();
    close();
  }
});
