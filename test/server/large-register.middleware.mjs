/**
 * GET /__test/large-register.json?entries=3000: a synthetic register of that many entries (the bench's seeded
 * generator: the real entries first, then realistic made-up ones), as raw JSON, for the finder's large-register
 * behaviour. Generated once per size.
 */
import { generateRegister } from '../../bench/generate-register.mjs';

const made = new Map();

export async function middleware(ctx, next) {
  if (ctx.path !== '/__test/large-register.json') return next();
  const size = Math.min(20000, Math.max(1, Number(ctx.query.entries ?? 3000) || 3000));
  if (!made.has(size)) made.set(size, JSON.stringify(generateRegister(size)));
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = made.get(size);
}
