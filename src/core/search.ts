/**
 * Search over the register: `query(register, text, filters)` gives the ranked hits and the facet counts.
 * Pure and DOM-free, so the finder, the tests and the benchmark call the very same code.
 *
 * A query flows through one module per step, each with its own header:
 * - normalize-text.ts: folding (case, accents) and words, the same for the index and the query;
 * - search-words.ts: the query's words (limits, stop words);
 * - search-index.ts: the index of a register, built once per Register object;
 * - search-match.ts: which dictionary words a query word matches (exact, prefix, infix, fuzzy with Fuse.js);
 * - search-rank.ts: what each match is worth per entry, and the ranked list for the whole text;
 * - search-facets.ts: filters and the count each facet option would give.
 */
import type { Entry, Register } from './register-types.js';
import { indexFor } from './search-index.js';
import { narrow, type FacetCounts, type SearchFilters } from './search-facets.js';
import { rankText, titleRanges, type TextMatch, type TextRange } from './search-rank.js';

export { FACETS, type FacetName, type SearchFilters, type FacetCounts } from './search-facets.js';
export { buildIndex, indexFor, type SearchIndex } from './search-index.js';
export { queryWords } from './search-words.js';
export type { TextRange } from './search-rank.js';

export interface SearchHit {
  entry: Entry;
  /** Position of the entry in `register.entries`. */
  index: number;
  /** Lower is better; 0 for every entry when the query is empty. */
  score: number;
  /** Parts of the title that matched the query, sorted and non-overlapping (worked out on first read). */
  readonly titleRanges: TextRange[];
}

export interface SearchOutcome {
  /** Entries matching the text AND the filters: ranked, or in register order for an empty query. */
  hits: SearchHit[];
  /**
   * For each facet, every option id known to the register with the number of results that option would give
   * together with the query and the filters of the OTHER facets (the usual faceted-search count).
   */
  facets: FacetCounts;
}

/** A hit whose title ranges are worked out only when read (most hits are never shown). */
function matchedHit(entry: Entry, index: number, match: TextMatch): SearchHit {
  let ranges: TextRange[] | undefined;
  return {
    entry,
    index,
    score: match.score[index],
    get titleRanges() {
      return (ranges ??= titleRanges(match, index));
    },
  };
}

/**
 * Searches `register` for `text` and narrows by `filters`.
 * A query without words (empty, or only punctuation) returns every entry in register order.
 */
export function query(register: Register, text: string, filters: SearchFilters = {}): SearchOutcome {
  const ix = indexFor(register);
  const entries = register.entries;
  const match = rankText(ix, text);
  const candidates = match ? match.order : entries.map((_, i) => i);
  const { kept, facets } = narrow(register, ix.facetValues, candidates, filters);
  const hits = kept.map((i): SearchHit =>
    match ? matchedHit(entries[i], i, match) : { entry: entries[i], index: i, score: 0, titleRanges: [] },
  );
  return { hits, facets };
}
