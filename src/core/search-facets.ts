/**
 * The search's facets: which options each facet has, which an entry carries, and how filters narrow a list of
 * entries while counting, for every option, the results it would give.
 */
import { LOCALES, type Entry, type Register } from './register-types.js';
import { originOf } from './register-merge.js';

/**
 * The filterable facets, in the order the finder shows them. `origin` has one option, `local`: the entries
 * of a local register (register-merge.ts); it has it only when the register holds such entries.
 */
export const FACETS = ['sections', 'types', 'topics', 'audiences', 'languages', 'origin'] as const;
export type FacetName = (typeof FACETS)[number];

/** Selected ids per facet: within a facet any selected id matches (OR); facets combine with AND. */
export type SearchFilters = Partial<Record<FacetName, readonly string[]>>;

/** For each facet, option id → number of results. */
export type FacetCounts = Record<FacetName, Map<string, number>>;

/** The option ids the register knows for `facet`, in register order. */
export function facetOptions(register: Register, facet: FacetName): string[] {
  if (facet === 'languages') return [...LOCALES];
  if (facet === 'origin') return hasLocal(register) ? ['local'] : [];
  return (register[facet] ?? []).map((option) => option.id);
}

const withLocal = new WeakMap<Register, boolean>();

/** Whether any entry of `register` comes from a local register (noted per register: it is frozen). */
function hasLocal(register: Register): boolean {
  let has = withLocal.get(register);
  if (has === undefined) withLocal.set(register, (has = register.entries.some((entry) => originOf(entry) !== undefined)));
  return has;
}

/** The ids an entry carries, per facet in the order of FACETS. */
export function entryFacetValues(entry: Entry): (readonly string[])[] {
  return [
    [entry.section],
    [entry.type],
    Array.isArray(entry.topics) ? entry.topics : [],
    Array.isArray(entry.audiences) ? entry.audiences : [],
    Array.isArray(entry.languages) ? entry.languages : [],
    originOf(entry) === undefined ? [] : ['local'],
  ];
}

/**
 * The candidates that pass `filters` (in their order), and for each facet every option id the register knows
 * with the number of candidates that option would give together with the filters of the OTHER facets (the
 * usual faceted-search count). `values[i]` holds entry i's ids, as `entryFacetValues` gives them.
 */
export function narrow(
  register: Register,
  values: readonly (readonly string[])[][],
  candidates: readonly number[],
  filters: SearchFilters,
): { kept: number[]; facets: FacetCounts } {
  const selected = FACETS.map((facet) => {
    const ids = filters[facet];
    return ids && ids.length ? new Set(ids) : undefined;
  });
  const facets = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map(facetOptions(register, facet).map((id) => [id, 0]))]),
  ) as FacetCounts;

  const full = (1 << FACETS.length) - 1;
  const kept: number[] = [];
  for (const i of candidates) {
    const own = values[i];
    // Bit f is set when the entry passes facet f's filter.
    let mask = 0;
    for (let f = 0; f < FACETS.length; f++) {
      const wanted = selected[f];
      if (!wanted || own[f].some((v) => wanted.has(v))) mask |= 1 << f;
    }
    for (let f = 0; f < FACETS.length; f++) {
      if ((mask | (1 << f)) !== full) continue; // another facet's filter rejects it
      const counts = facets[FACETS[f]];
      const list = own[f];
      for (let k = 0; k < list.length; k++) {
        if (k > 0 && list.indexOf(list[k]) < k) continue; // a duplicate id counts once
        counts.set(list[k], (counts.get(list[k]) ?? 0) + 1);
      }
    }
    if (mask === full) kept.push(i);
  }
  return { kept, facets };
}
