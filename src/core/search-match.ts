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

const QUALITY = { exact: 1, stem: 0.85, infix: 0.7, fuzzyBest: 0.8 } as const;

const FUSE_OPTIONS: IFuseOptions<string> = {
  isCaseSensitive: true, // texts and queries are folded already
  ignoreLocation: true,
  ignoreFieldNorm: true,
  includeScore: true,
  shouldSort: false,
  minMatchCharLength: 2,
};
/** Shortest word searched for inside compounds: shorter ones match too much. */
const INFIX_MIN = 4;

/**
 * How many letters of a word may be wrong in a near miss: none under five letters, one in five or six, two from
 * seven ("sextnig", "harcèlemnt"), three from twelve ("cyberharcelemnt"). Short words have too many neighbours
 * ("parce", "parle"); a long word with a slip or two is still plainly itself.
 */
const typos = (length: number) => (length >= 12 ? 3 : length >= 7 ? 2 : length >= 5 ? 1 : 0);
/** A near miss is about as long as the word, or for a word of eight letters or more, a compound holding it. */
const nearLength = (word: number, token: number, errors: number) =>
  errors > 0 && (Math.abs(token - word) <= errors || (word >= 8 && token > word));

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

/** Whether `text` is a word of the register (at least four letters) followed by one of `heads`. */
function compoundHead(ix: SearchIndex, text: string, heads: readonly string[]): boolean {
  return heads.some((head) => {
    const at = text.indexOf(head, INFIX_MIN);
    if (at < 0) return false;
    const left = text.slice(0, at);
    return ix.tokenId.has(left) || ix.stems.has(left);
  });
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

  // Longer words it begins: a contiguous run of the sorted dictionary; the more of it typed, the better. A
  // word the register holds as it stands ("ex") is most likely meant as it stands: its longer words count half.
  const { sorted, tokens } = ix;
  if (typing && word.length >= 2) {
    const guess = exact === undefined ? 1 : 0.5;
    for (let k = lowerBound(sorted.length, (m) => tokens[sorted[m]].text, word); k < sorted.length; k++) {
      const text = tokens[sorted[k]].text;
      if (!text.startsWith(word)) break;
      offer(sorted[k], { quality: guess * (0.4 + (0.5 * word.length) / text.length), at: 0, part: false });
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
  const maxErrors = typos(word.length);
  const need = Math.max(1, grams.length - 2 * maxErrors);
  const { counts } = ix;
  const touched: number[] = [];
  for (const g of grams) {
    for (const id of ix.bigrams.get(g) ?? []) {
      if (counts[id]++ === 0) touched.push(id);
    }
  }
  // Another form of the word ending a compound ("gepest": pest in "cyberpesten"; "harcelee": harcel in
  // "cyberharcelement"), when what comes before it is a word of the register too.
  const heads = stemsOf(word).filter((stem) => stem.length >= INFIX_MIN && stem !== word);
  const fuzzy: number[] = [];
  for (const id of touched) {
    const shared = counts[id];
    counts[id] = 0;
    if (shared < need || (found.get(id)?.quality ?? 0) >= QUALITY.infix) continue;
    const text = tokens[id].text;
    const at = shared === grams.length ? text.indexOf(word) : -1;
    if (at > 0) offer(id, { quality: QUALITY.infix, at, part: true });
    else if (compoundHead(ix, text, heads)) offer(id, { quality: QUALITY.infix * QUALITY.stem, at: 0, part: false });
    // Fuse alone would find a short word inside any longer one: "harcellement" may find cyberharcelement,
    // "parce" may not find harcelement.
    else if (!found.has(id) && nearLength(word.length, text.length, maxErrors)) fuzzy.push(id);
  }
  // A word the register holds, in this or another form, is no typo: looking for near misses only adds noise.
  const known = [...found.values()].some((m) => m.quality >= QUALITY.stem);
  if (fuzzy.length && !known) {
    // Fuse's score is about the share of letters wrong: one slip in a long word keeps most of its worth.
    const fuse = new Fuse(
      fuzzy.map((id) => tokens[id].text),
      { ...FUSE_OPTIONS, threshold: (maxErrors + 0.5) / word.length },
    );
    for (const r of fuse.search(word)) offer(fuzzy[r.refIndex], { quality: QUALITY.fuzzyBest - 1.5 * r.score!, at: 0, part: false });
  }
  return found;
}
