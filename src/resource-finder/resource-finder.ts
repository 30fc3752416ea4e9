/**
 * <ogv-resource-finder>: the register of tools and publications, searched on the device, with filters.
 *
 * A teacher, a parent or a person who has just found their picture online types a few words in any of the
 * four languages, spelt any way, and gets the right resources at once. This element keeps the text and the
 * filter selection, shows the results in a stable order (they only re-order on a new query or filter change),
 * pages them, and announces the count once typing pauses. What a person types never leaves the element: not
 * in an attribute, an event, the URL, storage, the console or a request.
 *
 * Data flows one way: the register (RegisterController) → the search (src/core/search.ts, one index per
 * register) → the element's results, derived in `willUpdate()` (search-state.ts) → `render()`, which only
 * renders (the filters: filters.ts; the result list: results.ts).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { OgvElement } from '../core/ogv-element.js';
import { RegisterController } from '../core/register-controller.js';
import { registerNotice } from '../core/register-notice.js';
import type { RegisterStatus } from '../core/register.js';
import type { Entry } from '../core/register-types.js';
import { emit } from '../core/events.js';
import type { FacetName } from '../core/search.js';
import { prepareIndex } from '../core/search-index.js';
import { FirstPage, indexSoon, indexWait, searchResults, type Results } from './search-state.js';
import { TypedText } from './typed-text.js';
import { emptySelection, renderFilters, selectedCount, withPresets, type Selection } from './filters.js';
import { clampLevel, heading } from '../core/heading.js';
import { countText, renderNoResults, renderResults } from './results.js';
import { styles } from './resource-finder.styles.js';
import '../helpline-banner/index.js';

/** Quiet time after the last keystroke before the count is announced. */
const TYPING_PAUSE_MS = 500;
/** Quiet time after a filter change before the count is announced (the checkbox speaks first). */
const FILTER_PAUSE_MS = 150;
/**
 * With a register larger than this, the element searches after a short pause in typing rather than on every keystroke
 * (the stale text is never searched): on a slow phone a keystroke's search in a very large register takes longer than
 * a frame (see README, Performance). A count, not a timing, so the behaviour does not depend on how busy the device is.
 */
const LARGE_REGISTER = 2000;
const TYPING_DEBOUNCE_MS = 120;

type Cause = 'typing' | 'filter' | 'program';

/** Detail of `ogv-results-change`: how many results there are now. Never the query. */
export interface ResultsChangeDetail {
  count: number;
}
/** Detail of `ogv-resource-open`: the register id of the followed result and its link. Never the query. */
export interface ResourceOpenDetail {
  id: string;
  url: string;
}

/**
 * Searches the register of tools and publications on online gender-based violence, on the device, in
 * four languages, with filters.
 *
 * @tagname ogv-resource-finder
 * @summary On-device search of the register.
 *
 * @fires {CustomEvent<ResultsChangeDetail>} ogv-results-change - `{count}`: the number of results, once they settle (after a pause in typing, a filter change, or a load). Never carries the query.
 * @fires {CustomEvent<ResourceOpenDetail>} ogv-resource-open - `{id, url}`: a person followed the link of a result. Never carries the query.
 *
 * @csspart search - The search box (`<input type="search">`).
 * @csspart filters - The filter controls (one disclosure per facet and the "Clear filters" button).
 * @csspart filters-toggle - The "Filters" button that shows and hides the filter controls on a narrow screen (up to 40rem wide), with how many are ticked.
 * @csspart count - The visible result count.
 * @csspart result - One result (`<li>`).
 * @csspart result-title - The title of a result (a heading holding the link).
 * @csspart result-summary - What a result is and who it is for, in the reader's language (matched words marked).
 * @csspart result-local - The "Local" badge of a result from a local register (see `src`).
 * @csspart empty - The message shown when nothing matches, with the way to clear filters and the helplines.
 * @csspart notice - The notice shown when the `src` register could not be loaded and the bundled copy is shown.
 *
 * @cssprop [--ogv-color-accent=#1d4f91] - Shared accent: links, the focus ring, ticked filters and buttons. Dark scheme: #9cc3ff. Keep 4.5:1 on the background.
 * @cssprop [--ogv-color-text=#1a1a1a] - Shared text colour. Dark scheme: #f2f2f2.
 * @cssprop [--ogv-color-background=#ffffff] - Shared background colour. Dark scheme: #161616.
 * @cssprop [--ogv-font-family=inherit] - Shared font family: the page's font unless set.
 * @cssprop [--ogv-radius=0.25rem] - Shared corner radius.
 * @cssprop [--ogv-space=1rem] - Shared spacing unit.
 * @cssprop --ogv-finder-border-color - Borders of the search box, filters and results (default: text colour at 40%).
 * @cssprop --ogv-finder-mark-background - Background of the highlighted parts of titles (default a light yellow).
 * @cssprop --ogv-finder-mark-color - Text colour of the highlighted parts of titles (default near-black).
 * @cssprop --ogv-finder-badge-background - Background of the type and language badges (default: accent at 12%).
 * @cssprop --ogv-finder-loading-min-height - Space reserved while a `src` register loads (default `max(24rem, 100vh)`: content below starts off-screen, so nothing visible shifts when the list arrives).
 */
export class OgvResourceFinder extends OgvElement {
  static override styles = styles;

  static override properties = {
    src: { type: String },
    query: { type: String },
    section: { type: String },
    types: { type: String },
    topics: { type: String },
    audiences: { type: String },
    languages: { type: String },
    hideFilters: { type: Boolean, attribute: 'hide-filters', reflect: true },
    linkTarget: { type: String, attribute: 'link-target' },
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of a published register (JSON). Without it the copy bundled into the script is used, with no request. Several URLs separated by spaces: the first register, then local registers merged after it (register/README.md). */
  declare src: string | undefined;
  /**
   * The initial search text. Setting it replaces what is in the search box; it is NOT updated as the person
   * types (what they type stays inside the element).
   */
  declare query: string;
  /** Preset section filter: comma-separated section ids (`inform`, `raise-awareness`, `act`). */
  declare section: string;
  /** Preset type filter: comma-separated type ids of the register. */
  declare types: string;
  /** Preset topic filter: comma-separated topic ids of the register. */
  declare topics: string;
  /** Preset audience filter: comma-separated audience ids, e.g. `teachers,youth` for a school intranet. */
  declare audiences: string;
  /** Preset language filter: comma-separated language codes of the resources (`nl`, `fr`, `de`, `en`). */
  declare languages: string;
  /** Hides the filter controls; preset filters still apply. */
  declare hideFilters: boolean;
  /** `_blank` opens results in a new tab (with `rel="noopener noreferrer"`); anything else: the same tab (the safe default next to a quick exit). */
  declare linkTarget: string;
  /** How many results to show before "Show more" (default 20). */
  declare pageSize: number;
  /** Level of the element's own heading (default 2); section headings and result titles go one level below. */
  declare headingLevel: number;

  /** What is in the search box now (never reflected anywhere). */
  #text = '';
  #selection: Selection = emptySelection();
  /** The text of the polite live region. */
  #announcement = '';
  // A `src` register is shown once its search index is built (in slices), never half-indexed.
  #register = new RegisterController(this, { prepare: prepareIndex });
  #results: Results | undefined;
  /** The results changed in this update: announce and report them once it is done. */
  #recomputed = false;
  #cause: Cause = 'program';
  #visible = 20;
  readonly #firstPage = new FirstPage(this);
  #indexing: Promise<void> | undefined;
  #focusIndex: number | undefined;
  #focusSearch = false;
  /** Whether the filter controls are open behind their button on a narrow screen (filters.ts). */
  #filtersOpen = false;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  #inputTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #typed = new TypedText((value) => this.#setText(value));
  #sayAgain = false;

  constructor() {
    super();
    this.src = undefined;
    this.query = '';
    this.section = '';
    this.types = '';
    this.topics = '';
    this.audiences = '';
    this.languages = '';
    this.hideFilters = false;
    this.linkTarget = '';
    this.pageSize = 20;
    this.headingLevel = 2;
  }

  /** The entries currently matched (query and filters), in display order, all pages. Read-only. */
  get results(): Entry[] {
    return (this.#results?.hits ?? []).map((hit) => hit.entry);
  }

  /** `loading` while a `src` register loads; then `ready`, or `fallback` when the bundled copy is shown instead. Read-only. */
  get status(): RegisterStatus {
    return this.#register.status;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#settleTimer);
    clearTimeout(this.#inputTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      // A text set by the page replaces what is still waiting to be searched.
      clearTimeout(this.#inputTimer);
      this.#typed.cancel();
      this.#text = this.query ?? '';
      if (this.hasUpdated) this.#cause = 'program';
    }
    this.#selection = withPresets(this.#selection, (property) => (changed.has(property) ? this[property] : undefined));
    if (changed.has('pageSize')) this.#visible = this.#pageSize;
    this.#search();
  }

  get #pageSize(): number {
    const n = Math.floor(Number(this.pageSize));
    return Number.isFinite(n) && n > 0 ? n : 20;
  }

  /** Runs the search when the register, the text or the filters changed since the last run. */
  #search(): void {
    const register = this.#register.loaded?.register;
    if (!register) return;
    // Words typed while the index is still being built: the results shown stay until it is there.
    this.#indexing = this.#results?.register === register ? indexWait(register, this.#text) : undefined;
    if (this.#indexing) return void this.#indexing.then(() => this.requestUpdate());
    const results = searchResults(register, this.#text, this.locale, this.#selection, this.#results);
    indexSoon(register);
    if (results === this.#results) return;
    // The first list of a register is built over a few updates (later lists keep the nodes of results that stay).
    if (this.#results?.register !== register) this.#firstPage.start(this.#pageSize);
    this.#results = results;
    this.#visible = this.#pageSize;
    this.#recomputed = true;
  }

  /** After results changed: once things are quiet, announce the count (if a person caused it) and emit the event. */
  #scheduleSettle(cause: Cause): void {
    clearTimeout(this.#settleTimer);
    const delay = cause === 'typing' ? TYPING_PAUSE_MS : cause === 'filter' ? FILTER_PAUSE_MS : 0;
    this.#settleTimer = setTimeout(() => this.#settle(cause !== 'program'), delay);
  }

  #settle(announce: boolean): void {
    const count = this.#results?.hits.length ?? 0;
    if (announce) {
      // The same text twice would not be spoken again: vary it invisibly.
      let text = this.localize(() => countText(this.locale, count));
      this.#sayAgain = !this.#sayAgain;
      if (this.#sayAgain && text === this.#announcement.trimEnd()) text += '\u00a0';
      this.#announcement = text;
      this.requestUpdate();
    }
    this.resultsChanged(count);
  }

  /** Emits `ogv-results-change` with the count (and nothing else: never the query). */
  protected resultsChanged(count: number): void {
    emit(this, 'ogv-results-change', { count });
  }

  /** Emits `ogv-resource-open` when a person follows a result's link; the browser then navigates as usual. */
  protected resourceOpened(entry: Entry, url: string): void {
    emit(this, 'ogv-resource-open', { id: entry.id, url });
  }

  #setText(value: string): void {
    if (value === this.#text) return;
    this.#cause = 'typing';
    this.#text = value;
    this.requestUpdate();
  }

  #onInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#inputTimer);
    // A large register: search after a short pause instead of on every keystroke (the stale text is dropped).
    const entries = this.#register.loaded?.register.entries.length ?? 0;
    if (entries > LARGE_REGISTER) this.#inputTimer = setTimeout(() => this.#setText(value), TYPING_DEBOUNCE_MS);
    else this.#typed.type(value);
  }

  /** Also waits for typed text still to be searched, the rest of a register's first page, and an index being built. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#typed.settled;
    let complete = await super.getUpdateComplete();
    for (let wait = this.#firstPage.rest ?? this.#indexing; wait; wait = this.#firstPage.rest ?? this.#indexing) {
      await wait;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    const input = event.target as HTMLInputElement;
    if (!input.value && !this.#text) return; // nothing to clear: let Escape mean something else on the page
    event.preventDefault();
    event.stopPropagation();
    clearTimeout(this.#inputTimer);
    this.#typed.cancel();
    input.value = '';
    this.#setText('');
  }

  #toggle(facet: FacetName, id: string, checked: boolean): void {
    const current = this.#selection[facet];
    const next = checked ? [...new Set([...current, id])] : current.filter((x) => x !== id);
    this.#cause = 'filter';
    this.#selection = { ...this.#selection, [facet]: next };
    this.requestUpdate();
  }

  #clearFilters(): void {
    this.#cause = 'filter';
    this.#selection = emptySelection();
    this.#focusSearch = true;
    this.requestUpdate();
  }

  #showMore(): void {
    this.#focusIndex = this.#visible;
    this.#visible += this.#pageSize;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The controller takes a newly named `src` this page already loaded after willUpdate() ran: one more update.
    const register = this.#register.loaded?.register;
    if (register && register !== this.#results?.register) this.requestUpdate();
    // The search box holds what the person types; only a new `query` from the page writes into it.
    if (changed.has('query')) {
      const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
      if (input && input.value !== this.#text) input.value = this.#text;
    }
    if (this.#recomputed) {
      this.#recomputed = false;
      this.#scheduleSettle(this.#cause);
      this.#cause = 'program';
    }
    if (this.#focusIndex !== undefined) {
      const item = this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.#focusIndex}"]`);
      this.#focusIndex = undefined;
      (item?.querySelector<HTMLElement>('a') ?? item)?.focus();
    }
    if (this.#focusSearch) {
      this.#focusSearch = false;
      this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    }
  }

  override render() {
    const level = clampLevel(this.headingLevel);
    const loaded = this.#register.loaded;
    return html`
      ${heading(level, msg('Find help and resources'), { className: 'heading' })}
      ${registerNotice(this.#register, this.locale)}
      <div class="search">
        <label for="search">${msg('Search tools and publications')}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
        />
      </div>
      ${loaded && this.#results
        ? this.#renderReady(this.#results, level)
        : html`<div class="loading" aria-busy="true"><p>${msg('Loading the list of resources…')}</p></div>`}
      <div role="status" class="visually-hidden" aria-live="polite">${this.#announcement}</div>
    `;
  }

  #renderReady({ register, filters, outcome, hits, browsing }: Results, level: number): TemplateResult {
    return html`
      ${this.hideFilters
        ? nothing
        : renderFilters({
            register,
            locale: this.locale,
            selection: filters,
            counts: outcome.facets,
            onToggle: (facet, id, checked) => this.#toggle(facet, id, checked),
            onClear: () => this.#clearFilters(),
            open: this.#filtersOpen,
            onOpen: () => ((this.#filtersOpen = !this.#filtersOpen), this.requestUpdate()),
          })}
      <p part="count" class="count">${countText(this.locale, hits.length)}</p>
      ${hits.length
        ? renderResults({
            register,
            locale: this.locale,
            hits,
            visible: this.#visible,
            built: this.#firstPage.built,
            grouped: browsing,
            level: level + 1,
            newTab: this.linkTarget === '_blank',
            onOpen: (entry, url) => this.resourceOpened(entry, url),
            onShowMore: () => this.#showMore(),
          })
        : renderNoResults({
            locale: this.locale,
            src: this.src,
            canClear: !this.hideFilters && selectedCount(filters) > 0,
            onClear: () => this.#clearFilters(),
          })}
    `;
  }
}
