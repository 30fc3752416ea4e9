// What changed between two registers: entries and helplines added, removed and changed (field by field,
// by id), and which other parts (vocabularies, top-level fields) changed.

const PARTS = ['entries', 'helplines'];
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * @returns {{ kind: 'added' | 'removed' | 'changed' | 'part', part: string, id?: string,
 *   fields?: { field: string, before: unknown, after: unknown }[] }[]}
 */
export function diffRegisters(before = {}, after = {}) {
  const changes = [];
  for (const part of PARTS) {
    const old = new Map((before[part] ?? []).map((item) => [item.id, item]));
    const now = new Map((after[part] ?? []).map((item) => [item.id, item]));
    for (const [id, item] of now) {
      const was = old.get(id);
      if (!was) {
        changes.push({ kind: 'added', part, id });
        continue;
      }
      const keys = [...new Set([...Object.keys(was), ...Object.keys(item)])];
      const fields = keys.filter((key) => !same(was[key], item[key])).map((field) => ({ field, before: was[field], after: item[field] }));
      if (fields.length) changes.push({ kind: 'changed', part, id, fields });
    }
    for (const id of old.keys()) if (!now.has(id)) changes.push({ kind: 'removed', part, id });
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !PARTS.includes(key));
  for (const part of keys) if (!same(before[part], after[part])) changes.push({ kind: 'part', part });
  return changes;
}
