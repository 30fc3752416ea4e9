/**
 * The search index of one register: built once per Register object, read by every query.
 *
 * Only short fields are indexed per entry: the title (with where each word starts, for highlighting) and the
 * people (authors, publisher). The vocabulary of topics, types, groups and audiences (labels and synonyms in
 * all four languages) is shared by many entries, so each of its strings is kept ONCE, with the entries that
 * carry its term: a Dutch word for a topic then finds the French resources on that topic without the same
 * synonyms being indexed for every entry.
 *
 * All words go into one dictionary of distinct folded words, sorted for prefix look-ups and keyed by bigram
 * for picking the candidates of a fuzzy match (search-match.ts).
 */
import type { Entry, Register } from './register-types.js';
import { foldText, words, wordsAt } from './normalize-text.js';
import { entryFacetValues } from './search-facets.js';
import type { TextMatch, WordScores } from './search-rank.js';

/** A vocabulary string (a label or synonym), with the entries that carry its term. */
export interface VocabString {
  tokens: string[];
  /** Entry index → penalty added to a hit on this string for that entry (lower: more on-topic). */
  carriers: Map<number, number>;
}

/** One distinct folded word of the register, with where it occurs. */
export interface TokenInfo {
  text: string;
  /** Pairs: entry index, start of the word in the title. */
  title: number[];
  /** Entry indices whose authors or publisher hold the word. */
  people: number[];
  /** Indices into `vocab` of the vocabulary strings holding the word. */
  vocab: number[];
}

/** Everything a query needs for one register, built once. */
export interface SearchIndex {
  register: Register;
  /** Start of each title's first word (for the "title starts with it" bonus). */
  titleFirst: number[];
  /** Each title's words joined by one space (for phrase matches). */
  titlePhrase: string[];
  vocab: VocabString[];
  /** The dictionary: every distinct word of titles, people and vocabulary. */
  tokens: TokenInfo[];
  tokenId: Map<string, number>;
  /** Token ids sorted by text (prefix look-ups by binary search). */
  sorted: number[];
  /** Bigram → ids of the tokens containing it (candidate pre-selection before Fuse). */
  bigrams: Map<string, number[]>;
  /** Scratch counters for the matcher, one per token (all zero between look-ups). */
  counts: Uint16Array;
  /** facetValues[entry][facet], facets in the order of FACETS. */
  facetValues: (readonly string[])[][];
  /** Recent per-word scores (search-rank.ts), so one more letter does not re-score the earlier words. */
  wordMemo: Map<string, WordScores>;
  /** Recent whole-text rankings, so a filter change does not re-rank the same text. */
  textMemo: Map<string, TextMatch>;
}

/** The authors and the publisher of an entry, in that order. */
export function entryPeople(entry: Entry): string[] {
  const authors = Array.isArray(entry.authors) ? entry.authors : [];
  return [...authors, ...(entry.publisher ? [entry.publisher] : [])].filter(Boolean);
}

/** The distinct two-letter pieces of a word. */
export function bigramsOf(word: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) set.add(word.slice(i, i + 2));
  return set;
}

/**
 * The shared vocabulary: each distinct folded string once, with the entries that carry its term and how
 * central the term is to each (its place in the entry's topics; whether the title itself names the topic).
 */
function buildVocab(register: Register, titlePhrase: readonly string[]): VocabString[] {
  const entries = register.entries;
  const byText = new Map<string, VocabString>();
  const addTerm = (strings: readonly string[], carriers: Map<number, number>) => {
    if (!carriers.size) return;
    for (const raw of strings) {
      const text = foldText(String(raw ?? '')).trim();
      if (!text) continue;
      const existing = byText.get(text);
      if (!existing) {
        byText.set(text, { tokens: words(text), carriers: new Map(carriers) });
        continue;
      }
      for (const [i, penalty] of carriers) {
        if (penalty < (existing.carriers.get(i) ?? Infinity)) existing.carriers.set(i, penalty);
      }
    }
  };
  const carriersOf = (penalty: (entry: Entry, i: number) => number | undefined) => {
    const carriers = new Map<number, number>();
    entries.forEach((entry, i) => {
      const p = penalty(entry, i);
      if (p !== undefined) carriers.set(i, p);
    });
    return carriers;
  };
  for (const topic of register.topics ?? []) {
    const strings = [
      ...Object.values(topic.labels ?? {}),
      ...Object.values(topic.synonyms ?? {}).flatMap((list) => (Array.isArray(list) ? list : [])),
    ].map(String);
    const phrases = [...new Set(strings.map((t) => words(foldText(t)).join(' ')))].filter((t) => t.length >= 4);
    addTerm(
      strings,
      carriersOf((entry, i) => {
        const at = Array.isArray(entry.topics) ? entry.topics.indexOf(topic.id) : -1;
        if (at < 0) return undefined;
        const named = phrases.some((phrase) => titlePhrase[i].includes(phrase));
        return 0.02 * at - (named ? 0.1 : 0);
      }),
    );
  }
  for (const type of register.types ?? []) {
    addTerm(Object.values(type.labels ?? {}), carriersOf((e) => (e.type === type.id ? 0.05 : undefined)));
  }
  for (const group of register.groups ?? []) {
    addTerm(Object.values(group.labels ?? {}), carriersOf((e) => (e.group === group.id ? 0.08 : undefined)));
  }
  for (const audience of register.audiences ?? []) {
    addTerm(
      Object.values(audience.labels ?? {}),
      carriersOf((e) => (Array.isArray(e.audiences) && e.audiences.includes(audience.id) ? 0.1 : undefined)),
    );
  }
  return [...byText.values()];
}

/** Builds the search index of `register` (uncached; use `indexFor`). */
export function buildIndex(register: Register): SearchIndex {
  const tokens: TokenInfo[] = [];
  const tokenId = new Map<string, number>();
  const token = (text: string): TokenInfo => {
    let id = tokenId.get(text);
    if (id === undefined) {
      id = tokens.length;
      tokenId.set(text, id);
      tokens.push({ text, title: [], people: [], vocab: [] });
    }
    return tokens[id];
  };
  const titleFirst: number[] = [];
  const titlePhrase: string[] = [];

  register.entries.forEach((entry, i) => {
    const title = wordsAt(foldText(String(entry.title ?? '')));
    titleFirst.push(title[0]?.start ?? 0);
    titlePhrase.push(title.map((w) => w.text).join(' '));
    for (const w of title) token(w.text).title.push(i, w.start);
    for (const w of new Set(entryPeople(entry).flatMap((name) => words(foldText(String(name)))))) token(w).people.push(i);
  });

  const vocab = buildVocab(register, titlePhrase);
  vocab.forEach((v, k) => {
    for (const w of new Set(v.tokens)) token(w).vocab.push(k);
  });

  const bigrams = new Map<string, number[]>();
  tokens.forEach((t, id) => {
    for (const b of bigramsOf(t.text)) {
      const list = bigrams.get(b);
      if (list) list.push(id);
      else bigrams.set(b, [id]);
    }
  });
  const sorted = tokens.map((_, id) => id).sort((a, b) => (tokens[a].text < tokens[b].text ? -1 : 1));

  return {
    register,
    titleFirst,
    titlePhrase,
    vocab,
    tokens,
    tokenId,
    sorted,
    bigrams,
    counts: new Uint16Array(tokens.length),
    facetValues: register.entries.map(entryFacetValues),
    wordMemo: new Map(),
    textMemo: new Map(),
  };
}

const indexes = new WeakMap<Register, SearchIndex>();

/** The index of `register`, built on first use and kept for as long as the Register object lives. */
export function indexFor(register: Register): SearchIndex {
  let index = indexes.get(register);
  if (!index) indexes.set(register, (index = buildIndex(register)));
  return index;
}
