/**
 * Register files as a partner page's server would send them, for the loader tests.
 *
 * The esbuild plugin turns every *.json the dev server sends into a JavaScript module (so that
 * `import data from './x.json'` works), which a `fetch()` cannot parse. This route answers first:
 * - a fetch() (Sec-Fetch-Dest: empty) of a .json file under /register/ or /test/fixtures/ gets the raw JSON;
 * - GET /__test/raw/<path>.json always gets the raw JSON of <path>.json (same folders);
 * - GET /__test/register-requests?url=<path and query> answers with the requests seen for that URL:
 *   [{ referer, cookie }] (whether a referrer or cookies were sent; nothing else is kept).
 * Raw files are sent with Cache-Control: no-store, so each fetch() the loader makes reaches the server.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ALLOWED = ['register/', 'test/fixtures/'];
/** url (path + query) → requests seen. */
const seen = new Map();

function rawPath(ctx) {
  if (ctx.method !== 'GET' || !ctx.path.endsWith('.json')) return undefined;
  if (ctx.path.startsWith('/__test/raw/')) return ctx.path.slice('/__test/raw/'.length);
  if (ctx.get('sec-fetch-dest') === 'empty') return ctx.path.slice(1);
  return undefined;
}

export async function middleware(ctx, next) {
  if (ctx.path === '/__test/register-requests') {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(seen.get(String(ctx.query.url ?? '')) ?? []);
    return;
  }
  const relative = rawPath(ctx);
  if (relative === undefined) return next();
  const normalised = path.posix.normalize(decodeURIComponent(relative));
  if (normalised.startsWith('..') || !ALLOWED.some((folder) => normalised.startsWith(folder))) return next();

  const list = seen.get(ctx.url) ?? [];
  list.push({ referer: ctx.get('referer') || null, cookie: Boolean(ctx.get('cookie')) });
  seen.set(ctx.url, list);

  let body;
  try {
    body = await readFile(path.join(root, normalised), 'utf8');
  } catch {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'not found';
    return;
  }
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}
