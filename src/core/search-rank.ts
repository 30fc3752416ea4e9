/**
 * Scoring and ranking: what each match of a query word is worth for each entry, and how the words of a query
 * combine into one ranked list.
 *
 * - Each word is scored on its own, per entry, by where it matched (title, people, vocabulary) and how
 *   (exact, prefix, infix, fuzzy): the score bands below. Lower is better.
 * - A multi-word query keeps the entries that match every word, falling back to "most words" when none
 *   matches all, and an entry whose title holds the whole query as a phrase goes to the top.
 * - Per-word scores and whole-text rankings are memoised on the index, so typing one more letter or changing
 *   a filter does not re-score what was already scored.
 */
import { matchTokens } from './search-match.js';
import type { SearchIndex } from './search-index.js';
import { queryWords } from './search-words.js';

/** A half-open range `[start, end)` of UTF-16 units in an entry's title. */
export type TextRange = readonly [start: number, end: number];

/** One query word's scores over the register. */
export interface WordScores {
  /** Entries this word matches, each once. */
  matched: number[];
  /** Score per entry (Infinity: no match). */
  score: Float64Array;
  /** Title ranges per entry, flat: start, end, start, end… */
  ranges: Map<number, number[]>;
}

/** A whole query text ranked over the register. */
export interface TextMatch {
  /** Matching entry indices, best first. */
  order: number[];
  /** Score per entry (Infinity: not in `order`). */
  score: Float64Array;
  perWord: WordScores[];
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
/** Bonus for a title hit on the title's first word: a title that starts with the word is about it. */
const FIRST_WORD = 0.02;
/** Bonuses for the whole query as a phrase in the title: the strongest signal there is. */
const PHRASE_IS_TITLE = 3;
const PHRASE_STARTS_TITLE = 2;
const PHRASE_IN_TITLE = 1;
/** How many recent words and texts each memo keeps. */
const MEMO_SIZE = 64;

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(key, value);
  return value;
}

/** The score of one query word for every entry, with the parts of each title it matched. */
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
      better(i, titleScore - (start === ix.titleFirst[i] ? FIRST_WORD : 0));
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
    // Vocabulary: topics (labels + synonyms), types, groups, audiences, in four languages. A string scores
    // once, by its best word; the entries that carry it add their own penalty.
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

/** The entries matching `text`, ranked; undefined when the text holds no words (nothing to rank). */
export function rankText(ix: SearchIndex, text: string): TextMatch | undefined {
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

  const phrase = all.join(' ');
  const score = new Float64Array(n).fill(Infinity);
  for (const i of matching) {
    let s = sums[i] / need;
    const title = ix.titlePhrase[i];
    if (title.startsWith(phrase)) s -= title.length === phrase.length ? PHRASE_IS_TITLE : PHRASE_STARTS_TITLE;
    else if (all.length > 1 && title.includes(phrase)) s -= PHRASE_IN_TITLE;
    if (!every) s += need - counts[i]; // fewer words matched → further down
    score[i] = s;
  }
  const order = matching.sort((a, b) => score[a] - score[b] || a - b);
  return remember(ix.textMemo, key, { order, score, perWord });
}

/** The title ranges of entry `i` over all words of a match: sorted, merged. */
export function titleRanges(match: TextMatch, i: number): TextRange[] {
  const flat: [number, number][] = [];
  for (const w of match.perWord) {
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
