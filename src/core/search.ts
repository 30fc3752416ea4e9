/**
 * Search over the register: `query(register, text, filters, locale)` gives the ranked hits and the facet
 * counts. Pure and DOM-free, so the finder, the tests and the benchmarks call the very same code.
 *
 * A query flows through one module per step, each with its own header:
 * - normalize-text.ts: folding (case, accents) and words, the same for the index and the query;
 * - search-words.ts: the query's words (limits, stop words, first person) and light stems;
 * - search-index.ts: the index of a register (fields, shared vocabulary), built once per Register object;
 * - search-match.ts: which dictionary words a query word matches (exact, stem, prefix, compound, typo);
 * - search-rank.ts: what each match is worth per entry, and the ranked list for the whole text;
 * - search-facets.ts: filters and the count each facet option would give.
 */
import type { Entry, Locale, Register } from './register-types.js';
import { facetValuesFor, indexFor } from './search-index.js';
import { queryWords } from './search-words.js';
import { narrow, type FacetCounts, type SearchFilters } from './search-facets.js';
import { languageLift, matchedRanges, rankText, type TextMatch, type TextRange } from './search-rank.js';

export { FACETS, type FacetName, type SearchFilters, type FacetCounts } from './search-facets.js';
export { buildIndex, indexFor, type SearchIndex } from './search-index.js';
export { queryWords } from './search-words.js';
export type { TextRange } from './search-rank.js';

export interface SearchHit {
  entry: Entry;
  /** Position of the entry in `register.entries`. */
  index: number;
  /** Higher is better; 0 for every entry when the query is empty. */
  score: number;
  /** Parts of the title that matched the query, sorted and non-overlapping (worked out on first read). */
  readonly titleRanges: TextRange[];
  /** Parts of another text of the entry (its summary) that hold a word the query matched. */
  rangesIn(text: string): TextRange[];
}

export interface SearchOutcome {
  /** Entries matching the text AND the filters: ranked, or the reader's language first for an empty query. */
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
      return (ranges ??= matchedRanges(match, entry.title));
    },
    rangesIn: (text: string) => matchedRanges(match, text),
  };
}

const browsingHit = (entry: Entry, index: number): SearchHit => ({ entry, index, score: 0, titleRanges: [], rangesIn: () => [] });

/** Every entry, for a query without words: the reader's language first, then multilingual ones, else register order. */
function browsingOrder(entries: readonly Entry[], locale: Locale | undefined): number[] {
  const lift = entries.map((entry) => languageLift(entry, locale));
  return entries.map((_, i) => i).sort((a, b) => lift[b] - lift[a] || a - b);
}

/**
 * Searches `register` for `text`, for a reader of `locale`, and narrows by `filters`. A query without words
 * (empty, or only punctuation) returns every entry: those in the reader's language and the multilingual ones
 * first, then the rest, each in register order.
 */
export function query(register: Register, text: string, filters: SearchFilters = {}, locale?: Locale): SearchOutcome {
  const entries = register.entries;
  // Browsing needs no word index: the finder's first results do not wait for one.
  const match = queryWords(text).content.length ? rankText(indexFor(register), text, locale) : undefined;
  const candidates = match ? match.order : browsingOrder(entries, locale);
  const { kept, facets } = narrow(register, facetValuesFor(register), candidates, filters);
  const hits = kept.map((i): SearchHit => (match ? matchedHit(entries[i], i, match) : browsingHit(entries[i], i)));
  return { hits, facets };
}
