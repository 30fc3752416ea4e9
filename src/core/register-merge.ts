/**
 * Local registers next to the Institute's: an element's `src` may name several registers (space-separated),
 * the first one (usually the Institute's) followed by small local ones (a partner's own entries and helplines).
 *
 * Each local register is validated against the first register's vocabularies (`withVocabularies`), so that a
 * local entry may only use the sections, groups, types, topics, audiences and regions the first one defines;
 * an entry or helpline that uses another id is skipped and reported once, like any other invalid item.
 *
 * `mergeRegisters` then puts them together, in order: the first register's vocabularies, version and date;
 * its entries and helplines, then those of each local register that are new. An entry whose URL an earlier
 * register already lists is the same resource: the earlier one is kept. An entry or helpline whose id an
 * earlier one already uses is skipped and reported. `originOf` tells, for every entry and helpline taken
 * from a local register, the URL of that register, so the finder can mark it (the items stay as validated,
 * frozen and shared; where they came from is kept beside them).
 */
import type { Entry, Helpline, Register } from './register-types.js';
import type { RegisterProblem } from './register-validate.js';
import { deepFreeze } from './register-validate.js';

/** The vocabularies of a register: what a local register's entries and helplines may refer to. */
const VOCABULARIES = ['sections', 'groups', 'types', 'audiences', 'regions', 'topics'] as const;

/**
 * A parsed local register document with `base`'s vocabularies in place of its own (which it may leave out),
 * ready for `validateRegister`. Anything that is not an object is returned as it is, to fail there.
 */
export function withVocabularies(document: unknown, base: Register): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  const merged: Record<string, unknown> = { ...(document as Record<string, unknown>) };
  for (const name of VOCABULARIES) merged[name] = base[name];
  return merged;
}

/** A local register, validated with the first register's vocabularies, and the URL it came from. */
export interface LocalRegister {
  register: Register;
  origin: string;
}

/** The local register each entry and helpline of a local register came from. */
const origins = new WeakMap<Entry | Helpline, string>();

/** The URL of the local register `item` came from; undefined for the first register's items. */
export function originOf(item: Entry | Helpline): string | undefined {
  return origins.get(item);
}

/** `url` as one resource: written the way the URL parser writes it (`HTTPS://A.org/x` is `https://a.org/x`). */
export function resourceKey(url: string): string {
  try {
    return new URL(url.trim()).href;
  } catch {
    return url.trim();
  }
}

/**
 * `base` with the new entries and helplines of each local register after its own, in order, each marked with
 * its origin; `problems` names the items skipped because an earlier one has the same id. Returns `base`
 * itself when no local register adds anything, so that a search index built for it is shared.
 */
export function mergeRegisters(
  base: Register,
  locals: readonly LocalRegister[],
): { register: Register; problems: RegisterProblem[] } {
  const problems: RegisterProblem[] = [];
  const entries: Entry[] = [...base.entries];
  const helplines: Helpline[] = [...base.helplines];
  const urls = new Set(base.entries.map((entry) => resourceKey(entry.url)));
  const entryIds = new Set(base.entries.map((entry) => entry.id));
  const helplineIds = new Set(base.helplines.map((helpline) => helpline.id));
  for (const { register, origin } of locals) {
    for (const entry of register.entries) {
      const key = resourceKey(entry.url);
      if (urls.has(key)) continue; // the same resource, already listed by an earlier register
      if (entryIds.has(entry.id)) {
        problems.push({
          id: entry.id,
          field: 'id',
          message: `entry skipped: an entry of an earlier register has the id "${entry.id}" (from ${origin})`,
          kind: 'entry',
        });
        continue;
      }
      urls.add(key);
      entryIds.add(entry.id);
      origins.set(entry, origin);
      entries.push(entry);
    }
    for (const helpline of register.helplines) {
      if (helplineIds.has(helpline.id)) {
        problems.push({
          id: helpline.id,
          field: 'id',
          message: `helpline skipped: a helpline of an earlier register has the id "${helpline.id}" (from ${origin})`,
          kind: 'helpline',
        });
        continue;
      }
      helplineIds.add(helpline.id);
      origins.set(helpline, origin);
      helplines.push(helpline);
    }
  }
  if (entries.length === base.entries.length && helplines.length === base.helplines.length) {
    return { register: base, problems };
  }
  return { register: deepFreeze({ ...base, entries, helplines }), problems };
}
