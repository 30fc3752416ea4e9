/**
 * Quick-exit test routes:
 * - GET /__test/quick-exit/destination?token=T  a neutral page that records the Referer header it got;
 * - GET /__test/quick-exit/recorded?token=T     JSON { visits, referers } of what the destination saw;
 * - GET /__test/quick-exit/start?token=T        a plain page to start an iframe's history from.
 * Recorded in memory only, per token, so tests running at once do not see each other's visits.
 */
const visits = new Map();

const page = (title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><p>${title}</p></body></html>`;

export async function middleware(ctx, next) {
  if (!ctx.path.startsWith('/__test/quick-exit/')) return next();
  const token = String(ctx.query.token ?? '');
  const route = ctx.path.slice('/__test/quick-exit/'.length);
  ctx.set('Cache-Control', 'no-store');
  if (route === 'destination') {
    const list = visits.get(token) ?? [];
    list.push(ctx.get('referer') || null);
    visits.set(token, list);
    ctx.type = 'text/html';
    ctx.body = page('Weather');
    return;
  }
  if (route === 'recorded') {
    const list = visits.get(token) ?? [];
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ visits: list.length, referers: list });
    return;
  }
  if (route === 'start') {
    ctx.type = 'text/html';
    ctx.body = page('Start');
    return;
  }
  return next();
}
