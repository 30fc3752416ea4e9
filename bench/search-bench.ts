/**
 * The in-browser half of the search benchmark (bundled, minified, by bench/measure/search.mjs into bench/.tmp/).
 *
 * Fuse: the finder's own search path, src/core/search.ts (index build with `buildIndex`, then `query()` per
 * keystroke, which scores, filters, counts facets and maps hits to entries). MiniSearch: the same register
 * and queries, configured as an engineer would (fuzzy + prefix, title boosted, accents folded with the same
 * foldText), and its results mapped back to entries. Both run in the same page, interleaved run by run.
 */
import MiniSearch from 'minisearch';
import { buildIndex, indexFor, query } from '../src/core/search.js';
import { foldText } from '../src/core/normalize-text.js';
import type { Register } from '../src/core/register-types.js';
import { searchableText, type SearchableText } from './lib/searchable-text.js';

interface Timing {
  build: number;
  /** One figure per keystroke, in typing order. */
  keystrokes: number[];
  /** Results of the last keystroke of each query (sanity check). */
  counts: number[];
}

const now = () => performance.now();

/** Every prefix of every query, as typed letter by letter. */
function keystrokes(queries: string[]): { text: string; last: boolean }[] {
  const out: { text: string; last: boolean }[] = [];
  for (const q of queries) {
    const chars = [...q];
    for (let i = 1; i <= chars.length; i++) out.push({ text: chars.slice(0, i).join(''), last: i === chars.length });
  }
  return out;
}

/** A fresh Register object (so no index or memo survives from an earlier run). */
const fresh = (register: Register): Register => structuredClone(register);

function fuseRun(source: Register, queries: string[]): Timing {
  const register = fresh(source);
  let t = now();
  indexFor(register); // builds and caches the index, as the finder's first query would
  const build = now() - t;
  const times: number[] = [];
  const counts: number[] = [];
  for (const k of keystrokes(queries)) {
    t = now();
    const outcome = query(register, k.text);
    times.push(now() - t);
    if (k.last) counts.push(outcome.hits.length);
  }
  return { build, keystrokes: times, counts };
}

type MiniDoc = SearchableText;

const MINI_OPTIONS = {
  fields: ['title', 'people', 'about', 'vocab'],
  processTerm: (term: string) => foldText(term),
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, people: 1.5, about: 1.5 } },
};

function miniBuild(register: Register): MiniSearch<MiniDoc> {
  const mini = new MiniSearch<MiniDoc>(MINI_OPTIONS);
  mini.addAll(searchableText(register));
  return mini;
}

function miniQuery(mini: MiniSearch<MiniDoc>, register: Register, text: string) {
  return mini.search(text).map((r) => ({ entry: register.entries[r.id as number], score: r.score }));
}

function miniRun(source: Register, queries: string[]): Timing {
  const register = fresh(source);
  let t = now();
  const mini = miniBuild(register);
  const build = now() - t;
  const times: number[] = [];
  const counts: number[] = [];
  for (const k of keystrokes(queries)) {
    t = now();
    const hits = miniQuery(mini, register, k.text);
    times.push(now() - t);
    if (k.last) counts.push(hits.length);
  }
  return { build, keystrokes: times, counts };
}

/** Runs both engines `runs` times, alternating which goes first. */
function compare(register: Register, queries: string[], runs: number) {
  const fuse: Timing[] = [];
  const mini: Timing[] = [];
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) {
      fuse.push(fuseRun(register, queries));
      mini.push(miniRun(register, queries));
    } else {
      mini.push(miniRun(register, queries));
      fuse.push(fuseRun(register, queries));
    }
  }
  return { fuse, mini, keystrokes: keystrokes(queries).map((k) => k.text) };
}

/** Ids of the top `n` results of each engine for each query (the final text, as submitted). */
function topIds(register: Register, queries: string[], n = 5) {
  const fuseRegister = fresh(register);
  const mini = miniBuild(register);
  return queries.map((q) => ({
    query: q,
    fuse: query(fuseRegister, q).hits.slice(0, n).map((h) => h.entry.id),
    mini: miniQuery(mini, register, q).slice(0, n).map((h) => h.entry.id),
  }));
}

/** Index build alone, repeated, without querying. */
function buildOnly(register: Register, runs: number) {
  const fuse: number[] = [];
  const mini: number[] = [];
  for (let r = 0; r < runs; r++) {
    const a = fresh(register);
    let t = now();
    buildIndex(a);
    fuse.push(now() - t);
    t = now();
    miniBuild(a);
    mini.push(now() - t);
  }
  return { fuse, mini };
}

const api = { compare, topIds, buildOnly, crossOriginIsolated: globalThis.crossOriginIsolated };
(globalThis as unknown as { __bench: typeof api }).__bench = api;
