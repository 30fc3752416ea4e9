/**
 * Lists of ids in attributes: `audiences="teachers, youth"`, `helplines="igvm,child-focus"`.
 */

/**
 * `"teachers, youth"` (or `['teachers', ' youth']`) → `['teachers', 'youth']`: trimmed, empty items dropped,
 * each id once in its first place. Anything else (undefined, null, a number) gives no ids.
 */
export function parseIds(value: unknown): string[] {
  const list: readonly unknown[] = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  const ids: string[] = [];
  for (const raw of list) {
    const id = String(raw).trim();
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
