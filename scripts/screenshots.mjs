#!/usr/bin/env node
/**
 * npm run screenshots (after npm run build): renders each element of the BUILT bundle in four languages
 * with the machine's Chromium (/usr/bin/chromium, or $CHROMIUM) and writes small PNGs to
 * docs/screenshots/<element>-<lang>.png, used by the README; and two phone views (360 × 740):
 * - resource-finder-phone.png: the finder's first screen (its filters behind one button, results right under
 *   the search box);
 * - quick-exit-fixed-header-phone.png and quick-exit-fixed-header-desktop.png: the quick exit on Bootstrap 5's
 *   fixed-navbar example (test/partner/pages/bootstrap.htm, Bootstrap's own CSS and JavaScript), scrolled, where
 *   it sticks just below the host's navbar instead of over it.
 * No browser is downloaded; no request leaves this machine (a local server serves dist/, the pages and
 * Bootstrap from node_modules; every other request is refused).
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import puppeteer from 'puppeteer';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'docs/screenshots');
const LANGS = ['en', 'nl', 'fr', 'de'];
/** Each element as a partner would show it, kept short for a picture. */
const ELEMENTS = {
  'resource-finder': '<ogv-resource-finder page-size="3" query="sextortion" heading-level="2"></ogv-resource-finder>',
  'helpline-banner': '<ogv-helpline-banner heading-level="2"></ogv-helpline-banner>',
  'quick-exit': '<ogv-quick-exit position="inline" shortcut="none"></ogv-quick-exit>',
  'report-path': '<ogv-report-path compact heading-level="2"></ogv-report-path>',
  // The finder's first screen on a phone, as on a partner page: the whole register, nothing typed.
  'resource-finder-phone': '<ogv-resource-finder heading-level="2"></ogv-resource-finder>',
};
/** The elements shot one by one, in four languages. */
const PER_LANGUAGE = ['resource-finder', 'helpline-banner', 'quick-exit', 'report-path'];
const WIDTH = Number(process.env.OGV_SHOT_WIDTH ?? 480);

function page(element, lang) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${element}</title>
<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif;background:#fff;color:#1a1a1a}</style>
<script type="module" src="/dist/ogv-widgets.js"></script></head>
<body><main>${ELEMENTS[element]}</main></body></html>`;
}

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.htm': 'text/html; charset=utf-8',
};
const PHONE = { width: 360, height: 740, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1280, height: 720, deviceScaleFactor: 1 };

/** Where a URL path is served from: [directory, path inside it], or null (refused). */
function mapped(pathname) {
  const routes = [
    ['/dist/', 'dist'],
    // The host page with a fixed header, as the partner tests use it, with its relative dist/ and Bootstrap.
    ['/host/dist/', 'dist'],
    ['/host/', 'test/partner/pages'],
    ['/__test/vendor/bootstrap/', 'node_modules/bootstrap/dist'],
  ];
  for (const [prefix, dir] of routes) {
    if (!pathname.startsWith(prefix)) continue;
    const base = resolve(ROOT, dir);
    // The partner pages are stored as .htm (Vite's dependency scan skips them).
    const rest = pathname.slice(prefix.length).replace(/\.html$/, '.htm');
    const file = resolve(base, rest);
    return file.startsWith(base + '/') ? file : null;
  }
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const shot = url.pathname.match(/^\/shot\/([a-z-]+)\/([a-z]{2})$/);
  if (shot && ELEMENTS[shot[1]] && LANGS.includes(shot[2])) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(shot[1], shot[2]));
    return;
  }
  const file = mapped(url.pathname);
  if (file) {
    try {
      if (statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    } catch {
      // fall through to 404
    }
  }
  res.writeHead(404).end();
});

/** Waits until every widget on the page has rendered, past the finder's typing pause and the fonts. */
async function settled(tab) {
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('ogv-quick-exit, ogv-helpline-banner, ogv-resource-finder, ogv-report-path')].every(
        (el) => el.shadowRoot && el.shadowRoot.textContent.trim().length > 0,
      ),
    { timeout: 10000 },
  );
  await tab.evaluate(async () => {
    for (const el of document.querySelectorAll('ogv-quick-exit, ogv-helpline-banner, ogv-resource-finder, ogv-report-path')) await el.updateComplete;
    await new Promise((done) => setTimeout(done, 600));
    await document.fonts.ready;
  });
}

/** The views a person sees on a phone and beside a host's fixed header (see the comment at the top). */
async function hostShots(tab, written) {
  const shots = [
    ['resource-finder-phone.png', PHONE, `/shot/resource-finder-phone/nl`, 0],
    ['quick-exit-fixed-header-phone.png', PHONE, '/host/bootstrap.html', 420],
    ['quick-exit-fixed-header-desktop.png', DESKTOP, '/host/bootstrap.html', 700],
  ];
  for (const [name, viewport, path, scroll] of shots) {
    await tab.setViewport(viewport);
    await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
    await settled(tab);
    if (scroll) {
      await tab.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), scroll);
      await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    const out = resolve(OUT, name);
    await tab.screenshot({ path: out });
    written.push(`${name} (${Math.round(statSync(out).size / 1024)} kB)`);
  }
}

try {
  statSync(resolve(ROOT, 'dist/ogv-widgets.js'));
} catch {
  console.error('dist/ogv-widgets.js is missing: run `npm run build` first (npm run screenshots does).');
  process.exit(1);
}

await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
mkdirSync(OUT, { recursive: true });
const written = [];
let failed = false;
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: WIDTH, height: 900, deviceScaleFactor: 1 });
  // Nothing but this machine's server: the widgets make no other request, and a screenshot must not either.
  await tab.setRequestInterception(true);
  tab.on('request', (request) => (request.url().startsWith(origin) ? request.continue() : request.abort()));
  tab.on('pageerror', (error) => {
    failed = true;
    console.error(`page error: ${error.message}`);
  });
  for (const element of PER_LANGUAGE) {
    for (const lang of LANGS) {
      await tab.goto(`${origin}/shot/${element}/${lang}`, { waitUntil: 'load' });
      const tag = `ogv-${element}`;
      await tab.waitForFunction(
        (t) => {
          const el = document.querySelector(t);
          return el?.shadowRoot && el.shadowRoot.textContent.trim().length > 0 && el.updateComplete;
        },
        { timeout: 10000 },
        tag,
      );
      await tab.evaluate(async (t) => {
        await document.querySelector(t).updateComplete;
        await new Promise((done) => setTimeout(done, 600)); // past the finder's typing pause
        await document.fonts.ready;
      }, tag);
      const handle = await tab.$(tag);
      const box = await handle.boundingBox();
      const path = resolve(OUT, `${element}-${lang}.png`);
      await tab.screenshot({
        path,
        clip: { x: 0, y: Math.max(0, box.y - 8), width: WIDTH, height: Math.min(Math.ceil(box.height) + 16, 1400) },
        captureBeyondViewport: true,
      });
      written.push(`${element}-${lang}.png (${Math.round(statSync(path).size / 1024)} kB)`);
    }
  }
  await hostShots(tab, written);
} finally {
  await browser.close();
  server.close();
}
console.log(`docs/screenshots/: ${written.join(', ')}`);
if (failed) process.exit(1);
