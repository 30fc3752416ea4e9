/**
 * The ranking: what each query word is worth for each entry, and the ranked list for the whole text.
 *
 * Built for the way people ask, not for titles:
 * - Each meaningful word (search-words.ts drops question words and pronouns) is matched on its own
 *   (search-match.ts) and scores per entry by the best field it hits: title above summary and keywords,
 *   above people, above the shared vocabulary (search-index.ts), times how well it matched.
 * - A word counts by how rare it is in the register (inverse document frequency, as in BM25): "online" or
 *   "Netz", which most entries carry, weigh little next to "naaktfoto" or "sexistes".
 * - A soft AND: an entry's sum is scaled by the share of the query's weight it covers, so entries that match
 *   more of the meaningful words rank higher, yet a strong match on one rare word is never dropped because a
 *   weak match elsewhere covers every word. Results far below the best are left out.
 * - A compound ("naaktfoto", "Nacktbilder", "cyberpesten") also matches through its two parts.
 * - Words that stand together lift an entry: the whole query in a title or in the people, a title the query
 *   names whole, two neighbouring query words in a title ("abus sexuels") or in a topic's phrase ("photos
 *   intimes"). The reader's language and multilingual resources are lifted; so are the resources that help now
 *   (helplines, organisations, platforms, guides, manuals, templates, online tools, toolboxes), more so when
 *   the query speaks in the first person ("mijn", "je", "my", "mich").
 * Per-word and per-query results are kept on the index for the next keystroke.
 */
import { foldText, wordsAt } from './normalize-text.js';
import type { Entry, Locale } from './register-types.js';
import { FIELD_WEIGHT, pairKey, type SearchIndex } from './search-index.js';
import { matchTokens, type TokenMatch } from './search-match.js';
import { PLACES, queryWords } from './search-words.js';

/** A half-open range `[start, end)` of UTF-16 units in a text. */
export type TextRange = readonly [start: number, end: number];

/**
 * The ranking's dials, in one place: how much the resources that help now are lifted (always, and when the
 * query speaks in the first person); how much the reader's language and a multilingual resource are lifted (a
 * resource in a language the reader cannot read helps them much less); what a compound's two parts count
 * against the whole word; how strongly covering more of the query counts (the soft AND's exponent); how far
 * below the best result a result may score and still be listed; how much rarity spreads the words' weights
 * (1: BM25's idf as it is; lower: a register about online violence names its subject in most entries, so the
 * words that say what happened are common, and idf alone would let a rare side word outweigh them).
 * Set on the labelled queries of bench/relevance/ (their tuning part; the held-out part is only measured).
 */
export const RANKING = {
  helpNowBase: 1.15,
  helpNowFirstPerson: 2,
  languageLift: 1.4,
  multilingualLift: 1.2,
  compoundPart: 0.8,
  vocabPhraseLift: 2,
  titlePairLift: 0.4,
  coverage: 0.5,
  cutoff: 0.05,
  rarityPower: 0.5,
};

/** Types of resource that help a person now, rather than inform about the problem. */
const HELP_NOW = new Set(['helpline', 'organisation', 'platform', 'template', 'manual', 'guide', 'online-tool', 'toolbox']);
const MEMO_SIZE = 64;

export interface WordScores {
  /** Entries this word matches, each once. */
  matched: number[];
  /** Score per entry (0: no match). */
  score: Float64Array;
  /** The dictionary words it matched, with how (for highlighting). */
  tokens: Map<string, TokenMatch>;
  /** How well it matched at best (1: as it stands somewhere; lower: only as a guess, a near miss or parts). */
  quality: number;
}

export interface TextMatch {
  /** Matching entry indices, best first. */
  order: number[];
  /** Score per entry, higher is better. */
  score: Float64Array;
  /** Every dictionary word the query matched, with how. */
  tokens: Map<string, TokenMatch>;
  /** The query's meaningful words (a compound part is highlighted as long as the word that found it). */
  content: string[];
}

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(key, value);
  return value;
}

/**
 * Scores every entry for one query word: its best field, times how well it matched. `typing`: the word may
 * be unfinished, so words it begins count too. `compounds`: also try it as two words joined.
 */
function scoreWord(ix: SearchIndex, word: string, typing: boolean, compounds = true): WordScores {
  const key = `${word}|${typing ? 1 : 0}${compounds ? 1 : 0}`;
  const memo = ix.wordMemo.get(key);
  if (memo) return memo;
  const score = new Float64Array(ix.titlePhrase.length);
  const matched: number[] = [];
  const better = (i: number, s: number) => {
    if (score[i] === 0) matched.push(i);
    if (s > score[i]) score[i] = s;
  };
  const tokens = new Map<string, TokenMatch>();
  const vocabQuality = new Map<number, number>();
  let quality = 0;
  for (const [id, match] of matchTokens(ix, word, typing)) {
    const t = ix.tokens[id];
    tokens.set(t.text, match);
    const q = match.quality;
    quality = Math.max(quality, q);
    for (const i of t.title) better(i, q * FIELD_WEIGHT.title);
    // Summaries are prose: a two-letter word there ("ex.", "l'") is noise, not a match.
    if (word.length >= 3) for (const i of t.about) better(i, q * FIELD_WEIGHT.about);
    if (q === 1 || word.length >= 2) for (const i of t.people) better(i, q * FIELD_WEIGHT.people);
    if (q === 1 ? word.length >= 2 : word.length >= 3) {
      for (const k of t.vocab) if (q > (vocabQuality.get(k) ?? 0)) vocabQuality.set(k, q);
    }
  }
  for (const [k, q] of vocabQuality) {
    for (const [i, centrality] of ix.vocab[k].carriers) better(i, q * FIELD_WEIGHT.vocab * centrality);
  }
  if (compounds) {
    for (const [left, right] of compoundParts(ix, word)) {
      const a = scoreWord(ix, left, false, false);
      const b = scoreWord(ix, right, typing, false);
      for (const i of a.matched) if (b.score[i] > 0) better(i, RANKING.compoundPart * Math.min(a.score[i], b.score[i]));
      quality = Math.max(quality, RANKING.compoundPart * Math.min(a.quality, b.quality));
      for (const [text, match] of [...a.tokens, ...b.tokens]) if (!tokens.has(text)) tokens.set(text, match);
    }
  }
  return remember(ix.wordMemo, key, { matched, score, tokens, quality });
}

/**
 * The ways to read `word` as two words of the register joined ("naaktfoto" = naakt + foto; "Erpressungsopfer"
 * = Erpressung + s + Opfer): both parts at least four letters and each a word (or stem) of the dictionary.
 */
function compoundParts(ix: SearchIndex, word: string): [string, string][] {
  if (word.length < 8) return [];
  const known = (part: string) => ix.tokenId.has(part) || ix.stems.has(part);
  const parts: [string, string][] = [];
  for (let k = 4; k <= word.length - 4 && parts.length < 3; k++) {
    const left = word.slice(0, k);
    if (!known(left)) continue;
    for (const link of ['', 's', 'e', 'en']) {
      if (!word.startsWith(link, k)) continue;
      const right = word.slice(k + link.length);
      if (right.length >= 4 && known(right)) parts.push([left, right]);
    }
  }
  return parts;
}

/** How much a word is worth: rare words a lot, words most entries carry almost nothing (BM25's idf, flattened). */
function rarity(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5)) ** RANKING.rarityPower;
}

/** The lift from the reader's language: a resource in it first, then multilingual ones; none without one. */
export function languageLift(entry: Entry, locale: Locale | undefined): number {
  if (!locale) return 1;
  const languages = Array.isArray(entry.languages) ? entry.languages : [];
  if (languages.includes(locale)) return RANKING.languageLift;
  return languages.length > 1 ? RANKING.multilingualLift : 1;
}

/**
 * How much the query's words standing together in the entry's title or people lift it: the whole query, a
 * title the query names whole, an author's full name, or some pairs of neighbouring query words ("abus
 * sexuels" in "Abus sexuels en ligne").
 */
function phraseLift(ix: SearchIndex, i: number, all: readonly string[]): number {
  const title = ix.titlePhrase[i];
  const phrase = all.join(' ');
  if (all.length > 1 && title.includes(phrase)) return title === phrase ? 2.5 : title.startsWith(phrase) ? 2 : 1.5;
  if (title.length >= 5 && ` ${phrase} `.includes(` ${title} `)) return 3; // the query names the resource
  if (all.length > 1 && ix.peoplePhrase[i].includes(phrase)) return 2; // an author's or publisher's full name
  let pairs = 0;
  for (let j = 1; j < all.length; j++) if (` ${title} `.includes(` ${all[j - 1]} ${all[j]} `)) pairs++;
  return Math.min(1 + RANKING.titlePairLift * pairs, 1.5);
}

/** Ranks the entries for `text` in the reader's `locale`; undefined when the text has no words. */
export function rankText(ix: SearchIndex, text: string, locale?: Locale): TextMatch | undefined {
  const { all, content, firstPerson } = queryWords(text);
  if (!content.length) return undefined;
  // The last word is still being typed unless a space (or punctuation) follows it.
  const typing = /[\p{L}\p{N}]$/u.test(text) ? all[all.length - 1] : undefined;
  const key = `${content.join(' ')}|${all.join(' ')}|${typing ?? ''}|${locale ?? ''}`;
  const memo = ix.textMemo.get(key);
  if (memo) return memo;

  const entries = ix.register.entries;
  const n = entries.length;
  const scored = content.map((w) => [w, scoreWord(ix, w, w === typing)] as const).filter(([, s]) => s.matched.length > 0);
  const perWord = scored.map(([, s]) => s);
  // A word weighs by its rarity times how well it matched at best: a word found only as a guess (the start of
  // a longer word, a near miss) cannot outweigh a word found as it stands. A platform's name says where, not
  // what happened ("gepest op snapchat"): it weighs a quarter.
  const weights = scored.map(([w, s]) => rarity(s.matched.length, n) * s.quality * (PLACES.has(w) ? 0.25 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const sums = new Float64Array(n);
  const covered = new Float64Array(n);
  const seen: number[] = [];
  perWord.forEach((w, k) => {
    for (const i of w.matched) {
      if (sums[i] === 0) seen.push(i);
      sums[i] += weights[k] * w.score[i];
      covered[i] += weights[k];
    }
  });

  // Two query words that stand together in a topic's phrase ("photos intimes", "seksuele afpersing") say
  // more than each word alone: the entries carrying that phrase are lifted.
  const inPhrase = new Set<number>();
  for (let j = 1; j < all.length; j++) {
    for (const k of ix.vocabPairs.get(pairKey(all[j - 1], all[j])) ?? []) for (const i of ix.vocab[k].carriers.keys()) inPhrase.add(i);
  }
  const score = new Float64Array(n);
  let best = 0;
  for (const i of seen) {
    let s = sums[i] * (total > 0 ? (covered[i] / total) ** RANKING.coverage : 1);
    s *= phraseLift(ix, i, all);
    if (inPhrase.has(i)) s *= RANKING.vocabPhraseLift;
    s *= languageLift(entries[i], locale);
    if (HELP_NOW.has(entries[i].type)) s *= firstPerson ? RANKING.helpNowFirstPerson : RANKING.helpNowBase;
    score[i] = s;
    if (s > best) best = s;
  }
  const order = seen.filter((i) => score[i] >= RANKING.cutoff * best).sort((a, b) => score[b] - score[a] || a - b);
  const tokens = new Map<string, TokenMatch>();
  for (const w of perWord) for (const [t, m] of w.tokens) if (!tokens.has(t)) tokens.set(t, m);
  return remember(ix.textMemo, key, { order, score, tokens, content });
}

/** The parts of `text` that hold a word the query matched: sorted, non-overlapping. */
export function matchedRanges(match: TextMatch, text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const w of wordsAt(foldText(String(text ?? '')))) {
    const found = match.tokens.get(w.text);
    if (!found) continue;
    if (!found.part) {
      ranges.push([w.start, w.start + w.text.length]);
      continue;
    }
    // A compound that holds a query word: mark that word inside it.
    const length = Math.max(0, ...match.content.filter((q) => w.text.startsWith(q, found.at)).map((q) => q.length));
    if (length) ranges.push([w.start + found.at, w.start + found.at + length]);
  }
  return ranges;
}
