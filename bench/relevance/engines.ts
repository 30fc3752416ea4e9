/**
 * The three engines the relevance benchmark compares, each giving the ranked entry ids for a query:
 * - ours: the finder's own search (src/core/search.ts), exactly as the finder calls it;
 * - MiniSearch: fuzzy + prefix over the same fields (title, people, summary and keywords, vocabulary),
 *   title boosted, accents folded, as a competent engineer would set it up;
 * - Fuse.js: one plain Fuse index over the same fields with field weights, default options otherwise.
 * Bundled for Node by bench/relevance/run.mjs.
 */
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import { query } from '../../src/core/search.js';
import { foldText } from '../../src/core/normalize-text.js';
import type { Locale, Register } from '../../src/core/register-types.js';
import { searchableText, type SearchableText } from '../lib/searchable-text.js';

export type Engine = (text: string, locale: Locale) => string[];

export function ours(register: Register): Engine {
  return (text, locale) => query(register, text, {}, locale).hits.map((h) => h.entry.id);
}

export function mini(register: Register): Engine {
  const engine = new MiniSearch<SearchableText>({
    fields: ['title', 'people', 'about', 'vocab'],
    processTerm: (term: string) => foldText(term),
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, people: 1.5, about: 1.5 } },
  });
  engine.addAll(searchableText(register));
  return (text) => engine.search(text).map((r) => register.entries[r.id as number].id);
}

export function fuse(register: Register): Engine {
  const folded = searchableText(register).map((d) => ({
    id: d.id,
    title: foldText(d.title),
    people: foldText(d.people),
    about: foldText(d.about),
    vocab: foldText(d.vocab),
  }));
  const engine = new Fuse(folded, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'about', weight: 1.5 },
      { name: 'people', weight: 1 },
      { name: 'vocab', weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.4,
  });
  return (text) => engine.search(foldText(text)).map((r) => register.entries[r.item.id].id);
}
