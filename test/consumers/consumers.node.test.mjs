/**
 * The package as partners' developers consume it (run after `npm run build`): `npm pack` the project, install
 * the tarball into small consumer projects, type-check and build them, and open the builds in Chromium.
 * - vite-ts/: a Vite + TypeScript app using the typed elements, properties and events;
 * - react/: a React 19 + TypeScript app rendering the elements in JSX (types from ogv-widgets/jsx/react);
 * - preact-types/: Preact JSX, type-checked only (ogv-widgets/jsx/preact).
 *
 * Nothing is downloaded. The tarball is unpacked into the consumer's node_modules/ogv-widgets, as npm install
 * would place it; the other packages (the tarball's dependencies, and the consumer's own: vite, typescript,
 * react…) are links to the project's node_modules, which hold the versions of package-lock.json. An offline
 * `npm install` cannot stand in: it needs the registry's package documents, which `npm ci` does not cache.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer';

const ROOT = process.cwd();
const HERE = 'test/consumers';
const work = mkdtempSync(join(tmpdir(), 'ogv-consumers-'));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
let tarball;

before(() => {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  tarball = join(work, 'ogv-widgets.tgz');
  cpSync(join(work, filename), tarball);
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Copies consumer `name` into the work folder and installs the tarball and its packages; returns its folder. */
function install(name) {
  const dir = join(work, name);
  cpSync(join(HERE, name), dir, { recursive: true });
  const ogv = join(dir, 'node_modules', 'ogv-widgets');
  mkdirSync(ogv, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', ogv, '--strip-components=1']);
  const consumer = readJson(join(dir, 'package.json'));
  const wanted = [
    ...Object.keys(readJson(join(ogv, 'package.json')).dependencies ?? {}),
    ...Object.keys({ ...consumer.dependencies, ...consumer.devDependencies }),
  ].filter((dep) => dep !== 'ogv-widgets');
  for (const dep of new Set(wanted)) {
    const link = join(dir, 'node_modules', dep);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(resolve(ROOT, 'node_modules', dep), link, 'dir');
  }
  return dir;
}

function run(dir, script, args) {
  try {
    return execFileSync(process.execPath, [join(dir, 'node_modules', script), ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${script} ${args.join(' ')} failed in ${dir}:\n${error.stdout}\n${error.stderr}`);
  }
}
const typecheck = (dir) => run(dir, 'typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json']);
const build = (dir) => run(dir, 'vite/bin/vite.js', ['build', '--logLevel', 'warn']);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves `root` on a free port; resolves to its origin and a close function. */
function serve(root) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

/** Opens the consumer's build and returns what the page shows once the finder has announced its results. */
async function render(dir) {
  const { origin, close } = await serve(join(dir, 'dist'));
  const browser = await puppeteer.launch({
    executablePath: process.env.OGV_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('#count')?.textContent ?? ''), { timeout: 20_000 });
    const seen = await page.evaluate(() => {
      const parts = (tag, part) => document.querySelector(tag)?.shadowRoot?.querySelectorAll(`[part~="${part}"]`).length ?? 0;
      return {
        count: Number(document.querySelector('#count').textContent),
        results: parts('ogv-resource-finder', 'result'),
        contacts: parts('ogv-helpline-banner', 'contact'),
        quickExit: parts('ogv-quick-exit', 'button'),
      };
    });
    return { ...seen, errors };
  } finally {
    await browser.close();
    close();
  }
}

test('a Vite + TypeScript app installs the tarball, type-checks, builds and shows the elements working', async () => {
  const dir = install('vite-ts');
  typecheck(dir);
  build(dir);
  const seen = await render(dir);
  assert.deepEqual(seen.errors, []);
  assert.ok(seen.count > 0, 'ogv-results-change gave no count');
  assert.ok(seen.results > 0 && seen.results <= 5, `${seen.results} results shown with pageSize 5`);
  assert.ok(seen.contacts > 0, 'the helpline banner shows no contact link');
  assert.equal(seen.quickExit, 1, 'no quick-exit button');
});

test('a React 19 app installs the tarball, type-checks its JSX, builds and shows the elements working', async () => {
  const dir = install('react');
  assert.equal(readJson(join(dir, 'node_modules/react/package.json')).version.split('.')[0], '19');
  typecheck(dir);
  build(dir);
  const seen = await render(dir);
  assert.deepEqual(seen.errors, []);
  assert.ok(seen.count > 0, 'onogv-results-change gave no count');
  assert.ok(seen.results > 0 && seen.results <= 5, `${seen.results} results shown with page-size={5}`);
  assert.ok(seen.contacts > 0, 'the helpline banner shows no contact link');
});

test('Preact JSX type-checks with ogv-widgets/jsx/preact', () => {
  typecheck(install('preact-types'));
});
