#!/usr/bin/env node
/**
 * npm run screenshots (after npm run build): renders each element of the BUILT bundle in four languages
 * with the machine's Chromium (/usr/bin/chromium, or $CHROMIUM) and writes small PNGs to
 * docs/screenshots/<element>-<lang>.png, used by the README. No browser is downloaded; no request leaves
 * this machine (a local server serves dist/ and the page; every other request is refused).
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
};
const WIDTH = Number(process.env.OGV_SHOT_WIDTH ?? 480);

function page(element, lang) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${element}</title>
<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif;background:#fff;color:#1a1a1a}</style>
<script type="module" src="/dist/ogv-widgets.js"></script></head>
<body><main>${ELEMENTS[element]}</main></body></html>`;
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const shot = url.pathname.match(/^\/shot\/([a-z-]+)\/([a-z]{2})$/);
  if (shot && ELEMENTS[shot[1]] && LANGS.includes(shot[2])) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(shot[1], shot[2]));
    return;
  }
  const file = resolve(ROOT, '.' + url.pathname);
  if (url.pathname.startsWith('/dist/') && file.startsWith(resolve(ROOT, 'dist') + '/')) {
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
  for (const element of Object.keys(ELEMENTS)) {
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
} finally {
  await browser.close();
  server.close();
}
console.log(`docs/screenshots/: ${written.join(', ')}`);
if (failed) process.exit(1);
