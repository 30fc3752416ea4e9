/**
 * The bench's static server on loopback (random port): dist/, bench/, register/ and demo/ only, the quick exit's
 * late destination, the partner page's variants and cross-origin isolation for the search page.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { ROOT } from './report.mjs';

/**
 * The :not(:defined) rules partners put in their stylesheet for browsers without blocking="render"
 * (the README shows the same rules; test/node/reserve-space.node.test.mjs keeps them equal).
 */
const PARTNER_RESERVE_CSS = readFileSync(join(ROOT, 'demo', 'reserve-space.css'), 'utf8');

/**
 * The partner page as the README's "Add it to your page" advises, or not: `?blocking` gives the script tag
 * blocking="render"; `?reserve` adds the :not(:defined) rules of demo/reserve-space.css.
 */
function partnerPage(html, params) {
  if (params.has('blocking')) html = html.replace('<script type="module"', '<script type="module" blocking="render"');
  if (params.has('reserve')) html = html.replace('</head>', `<style>${PARTNER_RESERVE_CSS}</style></head>`);
  return html;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
};
const ALLOWED = ['dist', 'bench', 'register', 'demo'];

/** Starts the server; resolves to it and its origin (`http://127.0.0.1:<port>`). */
export function startServer() {
  let origin;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/__exit') {
      // The quick exit's destination: answered late, so the overlay is what stays on screen meanwhile.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>Weather</title><p>Neutral page</p>');
      }, 300);
      return;
    }
    const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    const top = path.slice(ROOT.length).split(sep).filter(Boolean)[0];
    if (!path.startsWith(ROOT) || !ALLOWED.includes(top) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    let body = readFileSync(path);
    if (path.endsWith('quick-exit.html') || path.endsWith('slow-phone.html')) {
      body = Buffer.from(body.toString().replace('EXIT_URL', `${origin}/__exit`));
    }
    if (path.endsWith('partner.html')) body = Buffer.from(partnerPage(body.toString(), url.searchParams));
    // The demo pages as a partner would publish them: the built bundle instead of Vite's source entry.
    // ?noblocking: the script tag without blocking="render", as browsers that ignore it (Firefox) load the page.
    if (top === 'demo' && path.endsWith('.html')) {
      let html = body.toString().replaceAll('/src/index.ts', '/dist/ogv-widgets.js');
      if (url.searchParams.has('noblocking')) html = html.replaceAll(' blocking="render"', '');
      body = Buffer.from(html);
    }
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    // Cross-origin isolation for the search page: performance.now() at 5 µs instead of 100 µs.
    if (url.pathname.startsWith('/bench/page.html') || url.pathname.startsWith('/bench/.tmp/build/')) {
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
      headers['cross-origin-resource-policy'] = 'same-origin';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ server, origin });
    }),
  );
}
