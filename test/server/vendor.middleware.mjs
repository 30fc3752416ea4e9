/**
 * Third-party CSS and JavaScript for the host pages made from real design systems (test/partner/pages/
 * bootstrap.htm, govuk.htm), straight from the devDependencies:
 *
 *   GET /__test/vendor/bootstrap/<file>  node_modules/bootstrap/dist/<file>
 *   GET /__test/vendor/govuk/<file>      node_modules/govuk-frontend/dist/govuk/<file>
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FOLDERS = {
  bootstrap: resolve(root, 'node_modules/bootstrap/dist'),
  govuk: resolve(root, 'node_modules/govuk-frontend/dist/govuk'),
};
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export async function middleware(ctx, next) {
  const match = /^\/__test\/vendor\/([a-z]+)\/(.+)$/.exec(ctx.path);
  const folder = match && FOLDERS[match[1]];
  if (!folder) return next();
  const file = resolve(folder, match[2]);
  if (!file.startsWith(folder + '/') || !(extname(file) in TYPES)) return next();
  try {
    ctx.body = await readFile(file);
  } catch {
    return next();
  }
  ctx.type = TYPES[extname(file)];
  ctx.set('Cache-Control', 'no-store');
}
