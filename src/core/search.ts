/**
 * Search over the register: one index per Register object, then `query(register, text, filters)`.
 *
 * Pure and DOM-free, so the finder, the tests and the benchmark call the very same code.
 *
 * Design (issue 4 for quality, issue 8 for speed):
 * - Only short fields are scanned per entry: the title and the people (authors, publisher). The topic,
 *   type, group and audience vocabulary (labels and synonyms in all four languages) is shared by many
 *   entries, so it is searched ONCE as a small list of its own and a hit spreads to every entry that
 *   carries that term. This is what lets a Dutch word for a topic find the French resources on that topic,
 *   without indexing the same synonyms ninety-four times.
 * - Text is folded (lower case, no accents; see normalize-text.ts) once at index time and once per query.
 * - Each word of the query is scored on its own: exact word, prefix and infix matches on the title are found
 *   directly and rank first; Fuse.js finds the fuzzy (mistyped) ones. A multi-word query keeps the entries
 *   that match every word (falling back to "most words" when none matches all), and an entry whose title
 *   holds the whole query as a phrase goes to the top.
 * - Per-word scores and whole-query matches are memoised per index, so typing one more letter or changing a
 *   filter does not re-scan what was already scored.
 */
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { LOCALES, type Entry, type Register } from './register-types.js';
import { foldText, words } from './normalize-text.js';

/** The filterable facets, in the order the finder shows them. */
export const FACETS = ['sections', 'types', 'topics', 'audiences', 'languages'] as const;
export type FacetName = (typeof FACETS)[number];

/** Selected ids per facet: within a facet any selected id matches (OR); facets combine with AND. */
export type SearchFilters = Partial<Record<FacetName, readonly string[]>>;

/** A half-open range `[start, end)` of UTF-16 units in an entry's title. */
export type TextRange = readonly [start: number, end: number];

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
  facets: Record<FacetName, Map<string, number>>;
  /** How many entries match the text alone, before filters. */
  matched: number;
}

// Score bands (lower is better). A title hit of any kind beats a fuzzy hit elsewhere.
const TITLE_EXACT = 0;
const TITLE_PREFIX = 0.05;
const TITLE_INFIX = 0.1;
const PEOPLE_EXACT = 0.1;
const PEOPLE_PREFIX = 0.15;
const TITLE_FUZZY = 0.15;
const VOCAB_EXACT = 0.2;
const VOCAB_PREFIX = 0.25;
const PEOPLE_FUZZY = 0.3;
const VOCAB_FUZZY = 0.35;
/** Bonus for a title hit on the title's first word. */
const FIRST_WORD = 0.02;
/** Shortest word that is searched fuzzily: shorter words with one typo match too much. */
const FUZZY_MIN = 5;
const MAX_WORDS = 10;
const MAX_WORD = 32; // Fuse's bitap limit
const MEMO_SIZE = 64;

/**
 * Words that carry no meaning on their own, in our four languages (dropped unless the query is only these).
 * One line per language, en nl fr de; a word already listed for an earlier language is not repeated.
 */
const STOPWORDS = new Set(
  (
    'a an and are at be been by for has have i in is it me my of on or the to was with what how ' +
    'de het een en van voor met op mijn ik wat hoe te bij naar als er die dat om aan wordt word door heb ben m je ze hij zij we jij mij ' +
    'la le les l un une des du d et est pour avec sur dans au aux mon ma mes j que qui se s ce ai ont sont par ne n pas tu il elle nous vous t ' +
    'der das den dem ein eine einen und ist fur mit auf im zu von mein meine meinen ich wie bei hat habe sind wurde wurden werden mich mir'
  ).split(' '),
);

interface VocabString {
  tokens: string[];
  /** Entry index → penalty added to a hit on this string for that entry (lower: more on-topic). */
  carriers: Map<number, number>;
}

interface WordScores {
  /** Entries this word matches, each once. */
  matched: number[];
  /** Score per entry (Infinity: no match). */
  score: Float64Array;
  /** Title ranges per entry, flat: start, end, start, end… */
  ranges: Map<number, number[]>;
}

interface TextMatch {
  /** Matching entry indices, best first. */
  order: number[];
  score: Float64Array;
  perWord: WordScores[];
}

/** One distinct folded word of the register, with where it occurs. */
interface TokenInfo {
  text: string;
  /** Pairs: entry index, start of the word in the title. */
  title: number[];
  /** Entry indices whose authors or publisher hold the word. */
  people: number[];
  /** Indices into `vocab` of the vocabulary strings holding the word. */
  vocab: number[];
}

/** Everything `query` needs for one register, built once. */
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
  /** Scratch counters, one per token. */
  counts: Uint16Array;
  /** facetValues[entry][facet] */
  facetValues: (readonly string[])[][];
  wordMemo: Map<string, WordScores>;
  textMemo: Map<string, TextMatch>;
}

const FUSE_OPTIONS: IFuseOptions<string> = {
  isCaseSensitive: true, // texts and queries are folded already
  ignoreLocation: true,
  ignoreFieldNorm: true,
  includeScore: true,
  includeMatches: true,
  shouldSort: false,
  threshold: 0.3,
  minMatchCharLength: 2,
};

interface Token {
  text: string;
  start: number;
}

function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) tokens.push({ text: match[0], start: match.index ?? 0 });
  return tokens;
}

/** Builds the search index of `register` (uncached; use `indexFor` or `query`). */
export function buildIndex(register: Register): SearchIndex {
  const entries = register.entries;
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

  entries.forEach((entry, i) => {
    const words_ = tokenize(foldText(String(entry.title ?? '')));
    titleFirst.push(words_[0]?.start ?? 0);
    titlePhrase.push(words_.map((t) => t.text).join(' '));
    for (const w of words_) token(w.text).title.push(i, w.start);
    const names = [...(Array.isArray(entry.authors) ? entry.authors : []), ...(entry.publisher ? [entry.publisher] : [])];
    for (const w of new Set(names.flatMap((n) => words(foldText(String(n)))))) token(w).people.push(i);
  });

  // The shared vocabulary: each distinct folded string once, with the entries that carry its term and how
  // central the term is to each (its place in the entry's topics; whether the title itself names the topic).
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
  const vocab = [...byText.values()];
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

  const facetValues = entries.map((entry) => [
    [entry.section],
    [entry.type],
    Array.isArray(entry.topics) ? entry.topics : [],
    Array.isArray(entry.audiences) ? entry.audiences : [],
    Array.isArray(entry.languages) ? entry.languages : [],
  ]);

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
    facetValues,
    wordMemo: new Map(),
    textMemo: new Map(),
  };
}

/** The distinct two-letter pieces of a word. */
function bigramsOf(word: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) set.add(word.slice(i, i + 2));
  return set;
}

const indexes = new WeakMap<Register, SearchIndex>();

/** The index of `register`, built on first use and kept for as long as the Register object lives. */
export function indexFor(register: Register): SearchIndex {
  let index = indexes.get(register);
  if (!index) indexes.set(register, (index = buildIndex(register)));
  return index;
}

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(key, value);
  return value;
}

type Kind = 'exact' | 'prefix' | 'infix' | 'fuzzy';

/**
 * The dictionary words `word` matches, with how: exact, prefix, infix (inside a compound) or fuzzy (a typo,
 * scored by Fuse). Fuse only sees the few words that share enough bigrams with `word` to be within reach
 * (the q-gram lemma: k typos destroy at most 2k bigrams), so its cost does not grow with the register.
 */
function matchTokens(ix: SearchIndex, word: string): Map<number, { kind: Kind; score: number; at: number }> {
  const found = new Map<number, { kind: Kind; score: number; at: number }>();
  const exact = ix.tokenId.get(word);
  if (exact !== undefined) found.set(exact, { kind: 'exact', score: 0, at: 0 });

  // Prefixes: a contiguous run of the sorted dictionary.
  const { sorted, tokens } = ix;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[sorted[mid]].text < word) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && tokens[sorted[k]].text.startsWith(word); k++) {
    if (!found.has(sorted[k])) found.set(sorted[k], { kind: 'prefix', score: 0, at: 0 });
  }

  if (word.length < 4) return found;
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
      found.set(fuzzy[result.refIndex], { kind: 'fuzzy', score: result.score ?? FUSE_OPTIONS.threshold!, at: 0 });
    }
  }
  return found;
}

function scoreWord(ix: SearchIndex, word: string): WordScores {
  const memo = ix.wordMemo.get(word);
  if (memo) return memo;
  const n = ix.titleFirst.length;
  const scores = new Float64Array(n).fill(Infinity);
  const matched: number[] = [];
  const ranges = new Map<number, number[]>();
  const better = (i: number, score: number) => {
    const current = scores[i];
    if (current === Infinity) matched.push(i);
    if (score < current) scores[i] = score;
  };
  const vocabScore = new Map<number, number>();

  for (const [id, match] of matchTokens(ix, word)) {
    const t = ix.tokens[id];
    // Title.
    const titleScore =
      match.kind === 'exact'
        ? TITLE_EXACT
        : match.kind === 'prefix'
          ? TITLE_PREFIX
          : match.kind === 'infix'
            ? TITLE_INFIX
            : TITLE_FUZZY + match.score;
    for (let k = 0; k < t.title.length; k += 2) {
      const i = t.title[k];
      const start = t.title[k + 1];
      better(i, titleScore - (start === ix.titleFirst[i] ? FIRST_WORD : 0)); // a title that starts with it is about it
      const from = match.kind === 'fuzzy' ? start : start + match.at;
      const to = match.kind === 'fuzzy' ? start + t.text.length : from + Math.min(word.length, t.text.length);
      const list = ranges.get(i);
      if (list) list.push(from, to);
      else ranges.set(i, [from, to]);
    }
    // People: authors and publisher.
    if (t.people.length && (match.kind === 'exact' || word.length >= 2)) {
      const peopleScore =
        match.kind === 'exact' ? PEOPLE_EXACT : match.kind === 'fuzzy' ? PEOPLE_FUZZY + match.score : PEOPLE_PREFIX;
      for (const i of t.people) better(i, peopleScore);
    }
    // Vocabulary: topics (labels + synonyms), types, groups, audiences, in four languages.
    if (t.vocab.length && (match.kind === 'exact' ? word.length >= 2 : word.length >= 3)) {
      const score =
        match.kind === 'exact' ? VOCAB_EXACT : match.kind === 'fuzzy' ? VOCAB_FUZZY + match.score : VOCAB_PREFIX;
      for (const k of t.vocab) {
        if (score < (vocabScore.get(k) ?? Infinity)) vocabScore.set(k, score);
      }
    }
  }
  for (const [k, score] of vocabScore) {
    for (const [i, penalty] of ix.vocab[k].carriers) better(i, score + penalty);
  }
  return remember(ix.wordMemo, word, { matched, score: scores, ranges });
}

/** The title ranges of entry `i` over all words: sorted, merged. */
function rangesOf(perWord: readonly WordScores[], i: number): TextRange[] {
  const flat: [number, number][] = [];
  for (const w of perWord) {
    const list = w.ranges.get(i);
    if (list) for (let k = 0; k < list.length; k += 2) flat.push([list[k], list[k + 1]]);
  }
  if (!flat.length) return [];
  flat.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [flat[0]];
  for (let k = 1; k < flat.length; k++) {
    const last = merged[merged.length - 1];
    if (flat[k][0] <= last[1]) last[1] = Math.max(last[1], flat[k][1]);
    else merged.push(flat[k]);
  }
  return merged;
}

/** The words of a query as search uses them: folded, clamped, stopwords dropped unless that leaves nothing. */
export function queryWords(text: string): { all: string[]; content: string[] } {
  const all = words(foldText(String(text ?? '').slice(0, 256)))
    .slice(0, MAX_WORDS)
    .map((w) => w.slice(0, MAX_WORD));
  const content = all.filter((w) => !STOPWORDS.has(w));
  return { all, content: content.length ? content : all };
}

function matchText(ix: SearchIndex, text: string): TextMatch | undefined {
  const { all, content } = queryWords(text);
  if (!content.length) return undefined;
  const key = `${content.join(' ')}|${all.join(' ')}`;
  const memo = ix.textMemo.get(key);
  if (memo) return memo;

  const perWord = [...new Set(content)].map((w) => scoreWord(ix, w));
  const n = ix.titleFirst.length;
  const sums = new Float64Array(n);
  const counts = new Uint8Array(n);
  const seen: number[] = [];
  for (const w of perWord) {
    for (const i of w.matched) {
      if (counts[i]++ === 0) seen.push(i);
      sums[i] += w.score[i];
    }
  }
  const need = perWord.length;
  let matching = seen.filter((i) => counts[i] === need);
  const every = matching.length > 0;
  if (!every) matching = seen;

  // The whole query as a phrase in the title: the strongest signal there is.
  const phrase = all.join(' ');
  const score = new Float64Array(n).fill(Infinity);
  for (const i of matching) {
    let s = sums[i] / need;
    const title = ix.titlePhrase[i];
    if (title.startsWith(phrase)) s -= title.length === phrase.length ? 3 : 2;
    else if (all.length > 1 && title.includes(phrase)) s -= 1;
    if (!every) s += need - counts[i]; // fewer words matched → further down
    score[i] = s;
  }
  const order = matching.sort((a, b) => score[a] - score[b] || a - b);
  return remember(ix.textMemo, key, { order, score, perWord });
}

/** A hit whose title ranges are worked out only when read (most hits are never shown). */
function matchedHit(entry: Entry, index: number, match: TextMatch): SearchHit {
  let ranges: TextRange[] | undefined;
  return {
    entry,
    index,
    score: match.score[index],
    get titleRanges() {
      return (ranges ??= rangesOf(match.perWord, index));
    },
  };
}

/**
 * Searches `register` for `text` and narrows by `filters`.
 * An empty (or stopword-free-of-meaning) query returns every entry in register order.
 */
export function query(register: Register, text: string, filters: SearchFilters = {}): SearchOutcome {
  const ix = indexFor(register);
  const entries = register.entries;
  const match = matchText(ix, text);
  const candidates = match ? match.order : entries.map((_, i) => i);

  const selected = FACETS.map((facet) => {
    const ids = filters[facet];
    return ids && ids.length ? new Set(ids) : undefined;
  });
  const facets = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as SearchOutcome['facets'];
  const options: Record<FacetName, readonly { id: string }[]> = {
    sections: register.sections ?? [],
    types: register.types ?? [],
    topics: register.topics ?? [],
    audiences: register.audiences ?? [],
    languages: LOCALES.map((id) => ({ id })),
  };
  FACETS.forEach((f) => options[f].forEach((o) => facets[f].set(o.id, 0)));

  const full = (1 << FACETS.length) - 1;
  const hits: SearchHit[] = [];
  for (const i of candidates) {
    const values = ix.facetValues[i];
    let mask = 0;
    for (let f = 0; f < FACETS.length; f++) {
      const wanted = selected[f];
      if (!wanted || values[f].some((v) => wanted.has(v))) mask |= 1 << f;
    }
    for (let f = 0; f < FACETS.length; f++) {
      if ((mask | (1 << f)) !== full) continue;
      const counts = facets[FACETS[f]];
      const list = values[f];
      for (let k = 0; k < list.length; k++) {
        if (k > 0 && list.indexOf(list[k]) < k) continue; // a duplicate id counts once
        counts.set(list[k], (counts.get(list[k]) ?? 0) + 1);
      }
    }
    if (mask === full) hits.push(match ? matchedHit(entries[i], i, match) : { entry: entries[i], index: i, score: 0, titleRanges: [] });
  }
  return { hits, facets, matched: candidates.length };
}
