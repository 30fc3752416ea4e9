/**
 * The finder's result list: one card per result (title link, summary in the reader's language, people and
 * year, a badge for an entry from a local register, type and language badges, topics), grouped by section while browsing and ranked while searching, then "Show more"; or, when nothing
 * matches, what to do next and the helplines. Rendering only: the element owns the state and passes what to show.
 *
 * Each list is keyed by entry id (lit's `repeat`): a result that stays from one keystroke to the next keeps its
 * DOM node, and only what changed in it (its place, the marked words) is written; new results alone are built.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { pluralCategory } from '../core/locale.js';
import type { Entry, Locale, Register } from '../core/register-types.js';
import { originOf } from '../core/register-merge.js';
import { entryUrl } from '../core/register-language.js';
import { safeWebUrl } from '../core/safe-url.js';
import { entryPeople } from '../core/search-index.js';
import type { SearchHit } from '../core/search.js';
import { languageName, optionLabel } from './filters.js';
import { heading } from '../core/heading.js';
import { highlight } from './highlight.js';

export interface ResultsView {
  register: Register;
  locale: Locale;
  /** Every result, in display order. */
  hits: readonly SearchHit[];
  /** How many of them are shown. */
  visible: number;
  /**
   * How many of the shown are built in this rendering (default: all): a new list's first cards, which fill the
   * screen, come first, and the rest of the page is built once they have been painted (the element re-renders).
   */
  built?: number;
  /** Browsing (no words typed): group the results under their section's heading. */
  grouped: boolean;
  /** Level of the headings directly below the element's own heading. */
  level: number;
  /** Open links in a new tab. */
  newTab: boolean;
  /** A person followed the link of a result. */
  onOpen: (entry: Entry, url: string) => void;
  onShowMore: () => void;
}

/** What keeps a result's node from one rendering to the next: its entry (ids are unique in a register). */
const byId = (hit: SearchHit): string => hit.entry.id;

/** The list of the first `visible` results, and "Show more" while some are hidden. */
export function renderResults(view: ResultsView): TemplateResult {
  const { register, level } = view;
  const total = view.hits.length;
  const visible = Math.min(view.visible, total);
  const shown = view.hits.slice(0, Math.min(visible, view.built ?? visible));
  let list: TemplateResult;
  if (view.grouped) {
    const groups = register.sections
      .map((section) => ({ section, hits: shown.filter((h) => h.entry.section === section.id) }))
      .filter((g) => g.hits.length);
    const orphans = shown.filter((h) => !register.sections.some((s) => s.id === h.entry.section));
    // Where each group starts in the whole list (worked out here: `repeat` calls its templates later).
    const starts = groups.map((_, g) => groups.slice(0, g).reduce((sum, group) => sum + group.hits.length, 0));
    const position = shown.length - orphans.length;
    list = html`${repeat(groups, (group) => group.section.id, ({ section, hits }, g) => {
      const start = starts[g];
      return html`<section class="group">
        ${heading(level, section.labels[view.locale] || section.labels.en, { className: 'group-heading' })}
        <ul class="results" role="list">
          ${repeat(hits, byId, (hit, k) => renderResult(view, hit, start + k, level + 1))}
        </ul>
      </section>`;
    })}
    ${orphans.length
      ? html`<ul class="results" role="list">
          ${repeat(orphans, byId, (hit, k) => renderResult(view, hit, position + k, level))}
        </ul>`
      : nothing}`;
  } else {
    list = html`<ol class="results" role="list">
      ${repeat(shown, byId, (hit, k) => renderResult(view, hit, k, level))}
    </ol>`;
  }
  return html`${list}
    ${visible < total
      ? html`<button type="button" class="more" @click=${view.onShowMore}>
          ${msg(str`Show more results (${visible} of ${total} shown)`)}
        </button>`
      : nothing}`;
}

/** One result card, its title a heading at `level`; `position` is its place in the whole list. */
function renderResult(view: ResultsView, hit: SearchHit, position: number, level: number): TemplateResult {
  const { register, locale } = view;
  const { entry } = hit;
  const url = safeWebUrl(entryUrl(entry, locale));
  const title = highlight(entry.title, hit.titleRanges);
  const titleLang = entry.languages?.length === 1 ? entry.languages[0] : undefined;
  const link = url
    ? html`<a
        href=${url}
        target=${view.newTab ? '_blank' : nothing}
        rel=${view.newTab ? 'noopener noreferrer' : nothing}
        @click=${() => view.onOpen(entry, url)}
        >${title}${view.newTab
          ? html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>`
          : nothing}</a
      >`
    : html`${title}`;
  const summary = entry.summary?.[locale] || entry.summary?.en;
  const year = /^\d{4}/.exec(entry.published ?? '')?.[0];
  const meta = [...entryPeople(entry), ...(year ? [year] : [])];
  const topics = (entry.topics ?? [])
    .filter((id) => register.topics.some((t) => t.id === id))
    .map((id) => optionLabel(register, 'topics', id, locale));
  return html`<li part="result" class="result" data-index=${position} data-id=${entry.id} tabindex=${url ? nothing : '-1'}>
    ${heading(level, link, { className: 'result-title', part: 'result-title', lang: titleLang })}
    ${summary ? html`<p part="result-summary" class="summary">${highlight(summary, hit.rangesIn(summary))}</p>` : nothing}
    ${meta.length
      ? html`<p class="meta">
          ${meta.map((text, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}<span>${text}</span>`)}
        </p>`
      : nothing}
    <p class="badges">
      ${originOf(entry)
        ? html`<span class="badge badge-local" part="result-local"
            >${msg('Local', { id: 'result-local-badge', desc: "Badge on a result that comes from a partner's own local register, not the Institute's." })}</span
          >`
        : nothing}
      <span class="badge"
        ><span class="visually-hidden">${msg('Type:')} </span>${optionLabel(register, 'types', entry.type, locale)}</span
      >
      ${(entry.languages ?? []).map(
        (code) =>
          html`<span class="badge badge-language"
            ><span class="visually-hidden">${msg('Language:')} </span>${languageName(code, locale)}</span
          >`,
      )}
    </p>
    ${topics.length
      ? html`<p class="topics"><span class="topics-label">${msg('Topics:')}</span> ${topics.join(', ')}</p>`
      : nothing}
  </li>`;
}

export interface NoResultsView {
  locale: Locale;
  /** The finder's `src`: the helplines shown come from the same register. */
  src: string | undefined;
  /** Filters are set and shown, so clearing them is offered. */
  canClear: boolean;
  onClear: () => void;
}

/** Nothing matches: say so, offer to clear the filters, and point to the helplines. */
export function renderNoResults(view: NoResultsView): TemplateResult {
  return html`<div part="empty" class="empty">
    <p class="empty-title">${msg('No resources match your search.')}</p>
    <p>${view.canClear ? msg('Try other words, or clear the filters.') : msg('Try other words, or fewer words.')}</p>
    ${view.canClear
      ? html`<button type="button" class="clear" @click=${view.onClear}>${msg('Clear filters')}</button>`
      : nothing}
    <p>${msg('You can also talk to someone now:')}</p>
    <ogv-helpline-banner variant="compact" lang=${view.locale} src=${view.src?.trim() || nothing}></ogv-helpline-banner>
  </div>`;
}

/** The result count in words ("1 resource", "12 resources"), plural by the reader's language. */
export function countText(locale: Locale, count: number): string {
  return pluralCategory(locale, count) === 'one'
    ? msg(str`${count} resource`, { desc: 'Result count, singular (and 0 in French).' })
    : msg(str`${count} resources`, { desc: 'Result count, plural.' });
}
