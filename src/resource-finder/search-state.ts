/**
 * What the finder shows, derived from the register, the search text and the filter selection: the search
 * outcome and the hits in display order. Pure, so the element derives it in `willUpdate()` and only renders it.
 */
import type { Locale, Register } from '../core/register-types.js';
import { query, queryWords, type SearchFilters, type SearchHit, type SearchOutcome } from '../core/search.js';
import { hasIndex, prepareIndex } from '../core/search-index.js';
import { activeFilters, type Selection } from './filters.js';
import { afterNextPaint } from './typed-text.js';

/** The search as last run: what it ran on and what it gave. */
export interface Results {
  register: Register;
  text: string;
  /** The reader's language: its resources come first. */
  locale: Locale;
  /** The selection narrowed to ids the register knows. */
  filters: SearchFilters;
  outcome: SearchOutcome;
  /** The hits in display order: ranked, or by section while browsing. */
  hits: SearchHit[];
  /** No words in the text: the whole (filtered) register is shown, grouped by section. */
  browsing: boolean;
}

/** Grouped by section, in the register's section order; within a section, in the order search gave them. */
export function bySection(register: Register, hits: readonly SearchHit[]): SearchHit[] {
  const rank = new Map(register.sections.map((s, i) => [s.id, i]));
  const place = new Map(hits.map((hit, i) => [hit, i]));
  return [...hits].sort(
    (a, b) =>
      (rank.get(a.entry.section) ?? Infinity) - (rank.get(b.entry.section) ?? Infinity) || place.get(a)! - place.get(b)!,
  );
}

const sameFilters = (a: SearchFilters, b: SearchFilters) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The results for `text` and `selection` in `register`, for a reader of `locale`. Returns `last` itself when it
 * was run on the same register, text, language and filters, so the order shown stays put until one of them changes.
 */
export function searchResults(
  register: Register,
  text: string,
  locale: Locale,
  selection: Selection,
  last?: Results,
): Results {
  const filters = activeFilters(register, selection);
  const same = last && last.register === register && last.text === text && last.locale === locale;
  if (same && sameFilters(last.filters, filters)) return last;
  const outcome = query(register, text, filters, locale);
  const browsing = queryWords(text).content.length === 0;
  return {
    register,
    text,
    locale,
    filters,
    outcome,
    hits: browsing ? bySection(register, outcome.hits) : outcome.hits,
    browsing,
  };
}

/** Cards built in the update that first shows a register: more than a screen holds. */
export const FIRST_CARDS = 8;

/**
 * The first list of a register, built in two updates: the cards that fill the screen (`built`), then, once they
 * have been painted, the rest of the page (the host updates again). Later lists are built whole: the results that
 * stay keep their nodes (results.ts), so only new cards are made.
 */
export class FirstPage {
  #rest: Promise<void> | undefined;

  constructor(private readonly host: { requestUpdate(): void }) {}

  /** Starts a first page: `built` limits the cards until the next paint. */
  start(): void {
    this.#rest ??= new Promise<void>((resolve) => afterNextPaint(resolve)).then(() => {
      this.#rest = undefined;
      this.host.requestUpdate();
    });
  }

  /** How many cards to build now; undefined: all that are shown. */
  get built(): number | undefined {
    return this.#rest ? FIRST_CARDS : undefined;
  }

  /** Resolves once the rest has been asked for; undefined when nothing waits. */
  get rest(): Promise<void> | undefined {
    return this.#rest;
  }
}

const warming = new WeakSet<Register>();

/**
 * Once the results shown have been painted, the word index of `register` is built in slices (search-index.ts),
 * so that it is there when a person starts typing: browsing needs none, and the first results do not wait for it.
 */
export function indexSoon(register: Register): void {
  if (hasIndex(register) || warming.has(register)) return;
  warming.add(register);
  afterNextPaint(() => void prepareIndex(register));
}

/**
 * While the index of `register` is still being built in slices, a text with words waits for it: resolves once it
 * is there. Undefined when the text can be searched now (no words, or the index is built). The finder then keeps
 * the results it shows, and the search box answers every key meanwhile, rather than finish the build in one task.
 */
export function indexWait(register: Register, text: string): Promise<void> | undefined {
  if (hasIndex(register) || !queryWords(text).content.length) return undefined;
  return prepareIndex(register);
}
