/** GET /__test/echo?status=404&delay=100&type=application/json&body=... answers as told (loader tests). */
export async function middleware(ctx, next) {
  if (!ctx.path.startsWith('/__test/echo')) return next();
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 30000)));
  ctx.status = Number(ctx.query.status ?? 200);
  ctx.type = String(ctx.query.type ?? 'application/json');
  ctx.body = String(ctx.query.body ?? '');
}
