/**
 * Word matching: which words of the index's dictionary one query word matches, and how (exact, prefix,
 * infix inside a compound, or fuzzy for a typo). Fuse.js scores the fuzzy matches; what a match is worth is
 * decided in search-rank.ts.
 */
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { bigramsOf, type SearchIndex } from './search-index.js';

export type MatchKind = 'exact' | 'prefix' | 'infix' | 'fuzzy';

export interface TokenMatch {
  kind: MatchKind;
  /** Fuse's score for a fuzzy match (0 perfect … threshold); 0 otherwise. */
  score: number;
  /** For an infix match: where the query word starts inside the dictionary word; 0 otherwise. */
  at: number;
}

/** Shortest word that is searched fuzzily: shorter words with one typo match too much. */
const FUZZY_MIN = 5;
/** Shortest word looked for inside other words (and fuzzily). */
const INFIX_MIN = 4;

const FUSE_OPTIONS = {
  isCaseSensitive: true, // texts and queries are folded already
  ignoreLocation: true,
  ignoreFieldNorm: true,
  includeScore: true,
  includeMatches: true,
  shouldSort: false,
  threshold: 0.3,
  minMatchCharLength: 2,
} as const satisfies IFuseOptions<string>;

/** The dictionary words starting with `word` (a contiguous run of the sorted dictionary). */
function prefixed(ix: SearchIndex, word: string): number[] {
  const { sorted, tokens } = ix;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[sorted[mid]].text < word) lo = mid + 1;
    else hi = mid;
  }
  const ids: number[] = [];
  for (let k = lo; k < sorted.length && tokens[sorted[k]].text.startsWith(word); k++) ids.push(sorted[k]);
  return ids;
}

/**
 * The dictionary words `word` matches, by token id. Fuse only sees the few words that share enough bigrams
 * with `word` to be within reach (the q-gram lemma: k typos destroy at most 2k bigrams), so its cost does not
 * grow with the register.
 */
export function matchTokens(ix: SearchIndex, word: string): Map<number, TokenMatch> {
  const found = new Map<number, TokenMatch>();
  const exact = ix.tokenId.get(word);
  if (exact !== undefined) found.set(exact, { kind: 'exact', score: 0, at: 0 });
  for (const id of prefixed(ix, word)) {
    if (!found.has(id)) found.set(id, { kind: 'prefix', score: 0, at: 0 });
  }
  if (word.length < INFIX_MIN) return found;

  const { tokens, counts } = ix;
  const grams = [...bigramsOf(word)];
  const maxErrors = word.length >= FUZZY_MIN ? Math.floor(FUSE_OPTIONS.threshold * word.length) : 0;
  const need = Math.max(1, grams.length - 2 * maxErrors);
  const touched: number[] = [];
  for (const g of grams) {
    for (const id of ix.bigrams.get(g) ?? []) {
      if (counts[id]++ === 0) touched.push(id);
    }
  }
  const fuzzy: number[] = [];
  for (const id of touched) {
    const shared = counts[id];
    counts[id] = 0;
    if (found.has(id) || shared < need) continue;
    const at = shared === grams.length ? tokens[id].text.indexOf(word) : -1;
    if (at > 0) found.set(id, { kind: 'infix', score: 0, at });
    else if (maxErrors > 0) fuzzy.push(id);
  }
  if (fuzzy.length) {
    const fuse = new Fuse(
      fuzzy.map((id) => tokens[id].text),
      FUSE_OPTIONS,
    );
    for (const result of fuse.search(word)) {
      found.set(fuzzy[result.refIndex], { kind: 'fuzzy', score: result.score ?? FUSE_OPTIONS.threshold, at: 0 });
    }
  }
  return found;
}
