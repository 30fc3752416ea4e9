/**
 * Test-server routes for browser tests (slow, failing or recording endpoints), served by
 * @web/test-runner's dev server. Each test/server/*.middleware.mjs exports `middleware`, a Koa
 * middleware function, and is picked up here; keep every route under /__test/.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(folder).filter((f) => f.endsWith('.middleware.mjs')).sort();

export const middleware = await Promise.all(
  files.map(async (f) => (await import(pathToFileURL(folder + f).href)).middleware),
);
