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

/** Cards built per update while a register's first list is being built: more than a screen holds. */
export const FIRST_CARDS = 8;

/**
 * The first list of a register, built over a few updates: the cards that fill the screen (`built`), then, each
 * time the last ones have been painted, FIRST_CARDS more (the host updates again) up to the page shown. No update
 * builds more than FIRST_CARDS cards, so none holds the main thread for long on a slow phone. Later lists are
 * built whole: the results that stay keep their nodes (results.ts), so only new cards are made.
 */
export class FirstPage {
  #built = 0;
  #rest: Promise<void> | undefined;

  constructor(private readonly host: { requestUpdate(): void }) {}

  /** Starts a first list of `shown` cards: `built` limits the cards until they are all there. */
  start(shown: number): void {
    this.#built = FIRST_CARDS;
    if (!this.#rest && shown > FIRST_CARDS) this.#rest = this.#more(shown);
  }

  /** Awaits a paint first, so `#rest` is set before this clears it. */
  async #more(shown: number): Promise<void> {
    while (this.#built < shown) {
      await new Promise<void>((resolve) => afterNextPaint(resolve));
      this.#built += FIRST_CARDS;
      this.host.requestUpdate();
    }
    this.#rest = undefined;
  }

  /** How many cards to build now; undefined: all that are shown. */
  get built(): number | undefined {
    return this.#rest ? this.#built : undefined;
  }

  /** Resolves once every card has been asked for; undefined when nothing waits. */
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
