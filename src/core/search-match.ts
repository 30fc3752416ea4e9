/**
 * Which words of the register's dictionary one query word matches, and how well (a quality from 0 to 1):
 * the word itself, another form of it (a shared stem), a longer word it begins (still typing), a compound
 * that holds it ("foto" in "naaktfoto"), or a near miss (a typo, scored by Fuse.js).
 */
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { bigramsOf, type SearchIndex } from './search-index.js';
import { stemsMeet, stemsOf } from './search-words.js';

export interface TokenMatch {
  /** 1 for the word itself, lower for weaker kinds of match. */
  quality: number;
  /** Where the query word starts inside the token (compounds), else 0. */
  at: number;
  /** Whether only part of the token matched (compounds): a highlight then marks `at` … `at + word length`. */
  part: boolean;
}

const QUALITY = { exact: 1, stem: 0.85, infix: 0.7, fuzzyBest: 0.6 } as const;

const FUSE_OPTIONS: IFuseOptions<string> = {
  isCaseSensitive: true, // texts and queries are folded already
  ignoreLocation: true,
  ignoreFieldNorm: true,
  includeScore: true,
  shouldSort: false,
  threshold: 0.3,
  minMatchCharLength: 2,
};
/** Shortest word searched for inside compounds, and shortest searched fuzzily: shorter ones match too much. */
const INFIX_MIN = 4;
const FUZZY_MIN = 5;

/** The first index in the sorted `keys` at or after `text`. */
function lowerBound(length: number, keyAt: (k: number) => string, text: string): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The dictionary words `word` matches. `typing`: the word may be unfinished (the last word of the query, with
 * no space after it), so longer words it begins match too; a finished word only begins words as a stem does.
 */
export function matchTokens(ix: SearchIndex, word: string, typing: boolean): Map<number, TokenMatch> {
  const found = new Map<number, TokenMatch>();
  const offer = (id: number, match: TokenMatch) => {
    if (match.quality > (found.get(id)?.quality ?? 0)) found.set(id, match);
  };
  const exact = ix.tokenId.get(word);
  if (exact !== undefined) offer(exact, { quality: QUALITY.exact, at: 0, part: false });

  // Longer words it begins: a contiguous run of the sorted dictionary; the closer in length, the better.
  const { sorted, tokens } = ix;
  if (typing && word.length >= 2) {
    for (let k = lowerBound(sorted.length, (m) => tokens[sorted[m]].text, word); k < sorted.length; k++) {
      const text = tokens[sorted[k]].text;
      if (!text.startsWith(word)) break;
      offer(sorted[k], { quality: 0.6 + (0.3 * word.length) / text.length, at: 0, part: false });
    }
  }

  // Other forms of the word: a stem in common, or one stem beginning the other.
  if (word.length >= 4) {
    const stemMatch = { quality: QUALITY.stem, at: 0, part: false };
    for (const stem of stemsOf(word)) {
      for (const id of ix.stems.get(stem) ?? []) offer(id, stemMatch);
      if (stem.length < 5) continue;
      for (let len = Math.max(5, stem.length - 3); len < stem.length; len++) {
        if (!stemsMeet(stem.slice(0, len), stem)) continue;
        for (const id of ix.stems.get(stem.slice(0, len)) ?? []) offer(id, stemMatch);
      }
      const stems = ix.sortedStems;
      for (let k = lowerBound(stems.length, (m) => stems[m], stem); k < stems.length && stems[k].startsWith(stem); k++) {
        if (!stemsMeet(stem, stems[k])) continue;
        for (const id of ix.stems.get(stems[k]) ?? []) offer(id, stemMatch);
      }
    }
  }

  if (word.length < INFIX_MIN) return found;
  // Compounds that hold it, and candidates for a typo: the words that share enough two-letter pieces with it
  // (k typos destroy at most 2k of them), so Fuse only ever sees a few words, whatever the register's size.
  const grams = [...bigramsOf(word)];
  const maxErrors = word.length >= FUZZY_MIN ? Math.floor(FUSE_OPTIONS.threshold! * word.length) : 0;
  const need = Math.max(1, grams.length - 2 * maxErrors);
  const { counts } = ix;
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
    if (shared < need || (found.get(id)?.quality ?? 0) >= QUALITY.infix) continue;
    const at = shared === grams.length ? tokens[id].text.indexOf(word) : -1;
    if (at > 0) offer(id, { quality: QUALITY.infix, at, part: true });
    else if (maxErrors > 0 && !found.has(id)) fuzzy.push(id);
  }
  // A word the register holds, in this or another form, is no typo: looking for near misses only adds noise.
  const known = [...found.values()].some((m) => m.quality >= QUALITY.stem);
  if (fuzzy.length && !known) {
    const fuse = new Fuse(
      fuzzy.map((id) => tokens[id].text),
      FUSE_OPTIONS,
    );
    for (const result of fuse.search(word)) {
      offer(fuzzy[result.refIndex], { quality: QUALITY.fuzzyBest - (result.score ?? FUSE_OPTIONS.threshold!), at: 0, part: false });
    }
  }
  return found;
}
