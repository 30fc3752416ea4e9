/**
 * The search index of one register: a dictionary of every distinct word in the entries' searchable fields,
 * with where each word occurs, built once per Register object.
 *
 * Fields, from most to least telling: the title; what the entry says about itself (its summary in every
 * language and its keywords); its people (authors, publisher); and the shared vocabulary (the labels and
 * synonyms of its topics, and the labels of its type, group and audiences). The vocabulary is shared by many
 * entries, so each distinct vocabulary string is kept ONCE with the entries that carry it: that is what lets
 * a Dutch word for a topic find the French resources on it without indexing the synonyms per entry.
 */
import { foldText, words, wordsAt } from './normalize-text.js';
import type { Entry, Register } from './register-types.js';
import { entryFacetValues } from './search-facets.js';
import { stemsOf } from './search-words.js';
import type { TextMatch, WordScores } from './search-rank.js';
import { runInSlices, runNow, type Steps } from './slices.js';

/** A vocabulary string and the entries that carry its term, each with how central the term is to it (0–1]. */
export interface VocabString {
  tokens: string[];
  carriers: Map<number, number>;
}

/** One distinct folded word of the register, with where it occurs. */
export interface TokenInfo {
  text: string;
  /** Entry indices whose title holds the word. */
  title: number[];
  /** Entry indices whose summary or keywords hold the word. */
  about: number[];
  /** Entry indices whose authors or publisher hold the word. */
  people: number[];
  /** Indices into `vocab` of the vocabulary strings holding the word. */
  vocab: number[];
}

/** What a hit's fields weigh: the same word says more in a title than in a topic's synonym list. */
export const FIELD_WEIGHT = { title: 3, about: 1.6, people: 1.5, vocab: 1.2 };

/** How central a vocabulary term is to an entry that carries it. */
const CENTRALITY = { topic: 1, type: 0.8, audience: 0.7, group: 0.6 } as const;

export interface SearchIndex {
  register: Register;
  /** Each title's words joined by one space (for phrase matches). */
  titlePhrase: string[];
  /** Each entry's authors and publisher, their words joined by one space, names apart (for phrase matches). */
  peoplePhrase: string[];
  vocab: VocabString[];
  /** Two words that follow each other in a vocabulary string ("photos intimes") → the strings holding them. */
  vocabPairs: Map<string, number[]>;
  tokens: TokenInfo[];
  tokenId: Map<string, number>;
  /** Token ids sorted by text (prefix look-ups by binary search). */
  sorted: number[];
  /** Stem → ids of the tokens with that stem; and the stems sorted (prefix look-ups). */
  stems: Map<string, number[]>;
  sortedStems: string[];
  /** Bigram → ids of the tokens containing it (candidate pre-selection before Fuse). */
  bigrams: Map<string, number[]>;
  /** Scratch counters, one per token. */
  counts: Uint16Array;
  /** facetValues[entry][facet], in the order of FACETS. */
  facetValues: (readonly string[])[][];
  /** Per-word and per-query results, kept for the next keystroke (search-rank.ts). */
  wordMemo: Map<string, WordScores>;
  textMemo: Map<string, TextMatch>;
}

const list = <T>(value: readonly T[] | undefined | null): readonly T[] => (Array.isArray(value) ? value : []);

/** An entry's authors and publisher, in that order. */
export function entryPeople(entry: Entry): string[] {
  return [...list(entry.authors), ...(entry.publisher ? [entry.publisher] : [])].filter(Boolean);
}

/** An entry's summary (every language) and keywords, as one list of strings. */
function aboutTexts(entry: Entry): string[] {
  return [...Object.values(entry.summary ?? {}), ...Object.values(entry.keywords ?? {}).flatMap((k) => list(k))].map(String);
}

/** Builds the search index of `register` (uncached; use `indexFor`). */
export function buildIndex(register: Register): SearchIndex {
  return runNow(indexSteps(register));
}

/** How many tokens, and how many entries in a pass over one term's carriers, are handled between two pauses. */
const TOKENS_PER_STEP = 64;
const ENTRIES_PER_STEP = 256;

/** `buildIndex` as work that pauses after each entry, term and run of tokens (run it with slices.ts). */
export function* indexSteps(register: Register): Steps<SearchIndex> {
  const entries = register.entries;
  const tokens: TokenInfo[] = [];
  const tokenId = new Map<string, number>();
  const token = (text: string): TokenInfo => {
    let id = tokenId.get(text);
    if (id === undefined) {
      id = tokens.length;
      tokenId.set(text, id);
      tokens.push({ text, title: [], about: [], people: [], vocab: [] });
    }
    return tokens[id];
  };
  const titlePhrase: string[] = [];
  const peoplePhrase: string[] = [];

  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const title = wordsAt(foldText(String(entry.title ?? '')));
    titlePhrase.push(title.map((t) => t.text).join(' '));
    for (const w of new Set(title.map((t) => t.text))) token(w).title.push(i);
    for (const w of new Set(aboutTexts(entry).flatMap((t) => words(foldText(t))))) token(w).about.push(i);
    const people = entryPeople(entry).map((name) => words(foldText(String(name))));
    peoplePhrase.push(people.map((name) => name.join(' ')).join(' | '));
    for (const w of new Set(people.flat())) token(w).people.push(i);
    yield;
  }

  const vocab = yield* vocabSteps(register, titlePhrase);
  const vocabPairs = new Map<string, number[]>();
  for (let k = 0; k < vocab.length; k++) {
    const v = vocab[k];
    for (const w of new Set(v.tokens)) token(w).vocab.push(k);
    for (let j = 1; j < v.tokens.length; j++) push(vocabPairs, pairKey(v.tokens[j - 1], v.tokens[j]), k);
    if (k % TOKENS_PER_STEP === 0) yield;
  }

  const bigrams = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  for (let id = 0; id < tokens.length; id++) {
    for (const b of bigramsOf(tokens[id].text)) push(bigrams, b, id);
    for (const s of stemsOf(tokens[id].text)) push(stems, s, id);
    if (id % TOKENS_PER_STEP === 0) yield;
  }
  // The engine's own string sort (no comparator called back) keeps this one step short on a large register.
  const sorted = tokens
    .map((t) => t.text)
    .sort()
    .map((text) => tokenId.get(text)!);
  yield;
  const sortedStems = [...stems.keys()].sort();
  yield;

  if (!facetValueLists.has(register)) {
    const values: (readonly string[])[][] = [];
    for (const entry of entries) {
      values.push(entryFacetValues(entry));
      if (values.length % ENTRIES_PER_STEP === 0) yield;
    }
    if (!facetValueLists.has(register)) facetValueLists.set(register, values);
  }
  const facetValues = facetValuesFor(register);
  return {
    register,
    titlePhrase,
    peoplePhrase,
    vocab,
    vocabPairs,
    tokens,
    tokenId,
    sorted,
    stems,
    sortedStems,
    bigrams,
    counts: new Uint16Array(tokens.length),
    facetValues,
    wordMemo: new Map(),
    textMemo: new Map(),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const existing = map.get(key);
  if (existing) existing.push(value);
  else map.set(key, [value]);
}

/** Two successive words, singular or plural alike ("photo intime" = "photos intimes"). */
export function pairKey(a: string, b: string): string {
  const bare = (w: string) => (w.length > 3 ? w.replace(/[sx]$/, '') : w);
  return `${bare(a)} ${bare(b)}`;
}

/** The distinct two-letter pieces of a word. */
export function bigramsOf(word: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) set.add(word.slice(i, i + 2));
  return set;
}

/**
 * The shared vocabulary: each distinct folded string once, with the entries that carry its term and how
 * central the term is to each (topics first, and earlier topics more; a topic the title names counts fully).
 */
function* vocabSteps(register: Register, titlePhrase: readonly string[]): Steps<VocabString[]> {
  const entries = register.entries;
  const byText = new Map<string, VocabString>();
  // The strings of one term share its carriers map; a string that also belongs to another term gets a copy
  // of its own before the two are merged (a large register has thousands of carriers per topic).
  const own = new Set<VocabString>();
  const addTerm = (strings: readonly string[], carriers: Map<number, number>) => {
    if (!carriers.size) return;
    for (const raw of strings) {
      const text = foldText(String(raw ?? '')).trim();
      if (!text) continue;
      const existing = byText.get(text);
      if (!existing) {
        byText.set(text, { tokens: words(text), carriers });
        continue;
      }
      if (existing.carriers === carriers) continue;
      if (!own.has(existing)) {
        existing.carriers = new Map(existing.carriers);
        own.add(existing);
      }
      for (const [i, weight] of carriers) {
        if (weight > (existing.carriers.get(i) ?? 0)) existing.carriers.set(i, weight);
      }
    }
  };
  function* carriersOf(weight: (entry: Entry, i: number) => number | undefined): Steps<Map<number, number>> {
    const carriers = new Map<number, number>();
    for (let i = 0; i < entries.length; i++) {
      const w = weight(entries[i], i);
      if (w !== undefined) carriers.set(i, w);
      if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    }
    return carriers;
  }
  for (const topic of register.topics ?? []) {
    const strings = [...Object.values(topic.labels ?? {}), ...Object.values(topic.synonyms ?? {}).flatMap((s) => list(s))].map(String);
    const phrases = [...new Set(strings.map((t) => words(foldText(t)).join(' ')))].filter((t) => t.length >= 4);
    addTerm(
      strings,
      yield* carriersOf((entry, i) => {
        const at = list(entry.topics).indexOf(topic.id);
        if (at < 0) return undefined;
        const named = phrases.some((phrase) => titlePhrase[i].includes(phrase));
        return named ? CENTRALITY.topic : Math.max(0.7, CENTRALITY.topic - 0.05 * at);
      }),
    );
    yield;
  }
  for (const type of register.types ?? []) {
    addTerm(Object.values(type.labels ?? {}), yield* carriersOf((e) => (e.type === type.id ? CENTRALITY.type : undefined)));
    yield;
  }
  for (const group of register.groups ?? []) {
    addTerm(Object.values(group.labels ?? {}), yield* carriersOf((e) => (e.group === group.id ? CENTRALITY.group : undefined)));
    yield;
  }
  for (const audience of register.audiences ?? []) {
    addTerm(
      Object.values(audience.labels ?? {}),
      yield* carriersOf((e) => (list(e.audiences).includes(audience.id) ? CENTRALITY.audience : undefined)),
    );
    yield;
  }
  return [...byText.values()];
}

const facetValueLists = new WeakMap<Register, (readonly string[])[][]>();

/**
 * facetValues[entry][facet] of `register` (as `SearchIndex.facetValues`), kept per Register object. Filters and
 * their counts need only this, so the finder's first results (no words typed) wait for no word index.
 */
export function facetValuesFor(register: Register): (readonly string[])[][] {
  let values = facetValueLists.get(register);
  if (!values) facetValueLists.set(register, (values = register.entries.map(entryFacetValues)));
  return values;
}

const indexes = new WeakMap<Register, SearchIndex>();

/** Index builds running in slices (`prepareIndex`): the work, and its end. */
const building = new WeakMap<Register, { steps: Steps<SearchIndex>; done: Promise<void> }>();

/**
 * The index of `register`, built on first use and kept for as long as the Register object lives. A build
 * running in slices is finished at once, from where it is.
 */
export function indexFor(register: Register): SearchIndex {
  let index = indexes.get(register);
  if (!index) indexes.set(register, (index = runNow(building.get(register)?.steps ?? indexSteps(register))));
  return index;
}

/** Whether the index of `register` is built. */
export const hasIndex = (register: Register): boolean => indexes.has(register);

/**
 * Builds the index of `register` in slices that give the main thread back (slices.ts), so that `indexFor`
 * then finds it. Undefined when the index is there already: nothing to wait for.
 */
export function prepareIndex(register: Register): Promise<void> | undefined {
  if (indexes.has(register)) return undefined;
  let build = building.get(register);
  if (!build) {
    const steps = indexSteps(register);
    const done = runInSlices(steps).then((index) => {
      // `indexFor` may have finished the work first: the generator then ends without a value.
      if (index && !indexes.has(register)) indexes.set(register, index);
      building.delete(register);
    });
    building.set(register, (build = { steps, done }));
  }
  return build.done;
}
