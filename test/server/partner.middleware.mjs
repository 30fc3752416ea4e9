/**
 * Partner-kit routes (test/partner/*.test.ts): host pages that load the BUILT bundle, optionally under a
 * strict Content-Security-Policy header, with a log of every request each page makes to this server.
 *
 *   GET  /__test/partner/<token>/<page>.html[?csp=strict]  test/partner/pages/<page>.htm (+ CSP header)
 *   GET  /__test/partner/<token>/<file>.{js,css}           test/partner/pages/<file>
 *   GET  /__test/partner/<token>/dist/<file>               dist/<file> (run `npm run build` first)
 *   GET  /__test/partner/<token>/axe.min.js                node_modules/axe-core/axe.min.js
 *   GET  /__test/partner/<token>/register.json[?delay=ms]  register/register.json, optionally late
 *   POST /__test/partner/<token>/csp-report                records a CSP violation report
 *   GET  /__test/partner/log/<token>                       { requests: [{ method, url, referer }], reports: [] }
 *   GET  /__test/partner/demo/<page>.html                  demo/<page>.html with page.js first in <head>
 *
 * A token names one test's page, so its log holds that page's requests only; the pages use relative URLs.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const pages = resolve(root, 'test/partner/pages');

/** The strict policy the bundle must work under (test/partner/csp.test.ts); a report endpoint is added to it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** token → what arrived. */
const logs = new Map();

function logFor(token) {
  let log = logs.get(token);
  if (!log) logs.set(token, (log = { requests: [], reports: [] }));
  return log;
}

/** `file` inside `folder`, or undefined if the name tries to leave it. */
function inside(folder, file) {
  const full = resolve(folder, file);
  return full.startsWith(folder + '/') ? full : undefined;
}

async function send(ctx, file, headers = {}) {
  if (!file) return false;
  try {
    ctx.body = await readFile(file);
  } catch {
    return false;
  }
  ctx.status = 200;
  ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  ctx.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  return true;
}

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The demo page with the error recorder first in <head> and a <base> so its relative URLs still work. */
async function demoPage(ctx, name) {
  const file = inside(resolve(root, 'demo'), name);
  if (!file || !name.endsWith('.html')) return false;
  let html;
  try {
    html = await readFile(file, 'utf8');
  } catch {
    return false;
  }
  const inject = '<base href="/demo/" /><script src="/test/partner/pages/page.js"></script>';
  html = html.replace(/<head>/i, `<head>${inject}`);
  if (ctx.query.bundle === 'dist') html = html.replaceAll('/src/index.ts', '/dist/ogv-widgets.js');
  ctx.status = 200;
  ctx.type = TYPES['.html'];
  ctx.set('Cache-Control', 'no-store');
  ctx.body = html;
  return true;
}

export async function middleware(ctx, next) {
  if (!ctx.path.startsWith('/__test/partner/')) return next();
  const rest = ctx.path.slice('/__test/partner/'.length);
  const [token, ...parts] = rest.split('/');
  const file = parts.join('/');

  if (token === 'log') {
    ctx.type = TYPES['.json'];
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(logs.get(file) ?? { requests: [], reports: [] });
    return;
  }
  if (token === 'demo') {
    if (await demoPage(ctx, file)) return;
    return next();
  }

  const log = logFor(token);
  log.requests.push({ method: ctx.method, url: ctx.url, referer: ctx.get('referer') || '' });

  if (file === 'csp-report' && ctx.method === 'POST') {
    log.reports.push(await readBody(ctx));
    ctx.status = 204;
    return;
  }
  if (file === 'axe.min.js') {
    if (await send(ctx, resolve(root, 'node_modules/axe-core/axe.min.js'))) return;
  } else if (file === 'register.json') {
    const delay = Math.min(Number(ctx.query.delay ?? 0), 10000);
    if (delay) await new Promise((done) => setTimeout(done, delay));
    if (await send(ctx, resolve(root, 'register/register.json'))) return;
  } else if (file.startsWith('dist/')) {
    if (await send(ctx, inside(resolve(root, 'dist'), file.slice(5)))) return;
  } else {
    const headers = {};
    if (file.endsWith('.html') && ctx.query.csp === 'strict') {
      headers['Content-Security-Policy'] = `${STRICT_CSP}; report-uri /__test/partner/${token}/csp-report`;
    }
    // The pages are stored as .htm so that Vite's dependency scan (`npm start`) does not read them.
    const stored = file.endsWith('.html') ? file.slice(0, -1) : file;
    if (await send(ctx, inside(pages, stored), headers)) return;
  }
  ctx.status = 404;
  ctx.type = 'text/plain';
  ctx.body = 'not found';
}
