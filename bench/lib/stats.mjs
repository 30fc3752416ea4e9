/** Statistics and number formatting shared by the measurements. */

const sorted = (xs) => [...xs].sort((a, b) => a - b);

/** Nearest-rank percentile. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
export const median = (xs) => percentile(xs, 50);
export const p95 = (xs) => percentile(xs, 95);
export const max = (xs) => (xs.length ? Math.max(...xs) : NaN);
export const round = (x, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);
export const ms = (x, digits = 2) => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
