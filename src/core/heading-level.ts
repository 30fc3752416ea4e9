/**
 * The `heading-level` attribute every element offers, so its headings fit under the partner's outline.
 */

/** `level` as a heading level: truncated to a whole number and clamped to 1…6; not a number gives 2. */
export function clampLevel(level: unknown): number {
  const n = Math.trunc(Number(level));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
}
