/**
 * The finder's filters: labels in the reader's language, and the filter controls
 * (one disclosure per facet, a checkbox per option with the number of results it would give). On a narrow
 * screen (a phone) the controls sit behind one "Filters" button that says how many are ticked, so the results
 * start right under the search box; on a wider one the button is not shown and the controls always are.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { FACETS, facetOptions, type FacetName, type SearchFilters } from '../core/search-facets.js';
import type { Locale, Register } from '../core/register-types.js';
import { parseIds } from '../core/parse-ids.js';

export type Selection = Record<FacetName, string[]>;

/** An empty selection for every facet. */
export function emptySelection(): Selection {
  return { sections: [], types: [], topics: [], audiences: [], languages: [], origin: [] };
}

/** The selection narrowed to ids the register knows (an unknown preset id is ignored, not a dead end). */
export function activeFilters(register: Register, selection: Selection): SearchFilters {
  const filters: SearchFilters = {};
  for (const facet of FACETS) {
    const known = new Set(facetOptions(register, facet));
    const ids = selection[facet].filter((id) => known.has(id));
    if (ids.length) filters[facet] = ids;
  }
  return filters;
}

/** How many options are selected across facets (known ids only). */
export function selectedCount(filters: SearchFilters): number {
  return FACETS.reduce((n, f) => n + (filters[f]?.length ?? 0), 0);
}

/** The facet's name, in the language now rendering. */
export function facetLabel(facet: FacetName): string {
  switch (facet) {
    case 'sections':
      return msg('Section', { desc: 'Filter: the part of the register (inform, raise awareness, act).' });
    case 'types':
      return msg('Type', { desc: 'Filter: the kind of resource (brochure, study, video…).' });
    case 'topics':
      return msg('Topic', { desc: 'Filter: what the resource is about.' });
    case 'audiences':
      return msg('For whom', { desc: 'Filter: the audience of the resource.' });
    case 'languages':
      return msg('Language', { desc: 'Filter: the language the resource is written in.' });
    case 'origin':
      return msg('Source', {
        desc: "Filter, shown only when a partner's local register is merged: where the entries come from (its one option: Local).",
      });
  }
}

const languageNames = new Map<Locale, Intl.DisplayNames>();

/** "Dutch", "néerlandais", "Niederländisch": a language name in `locale`, capitalised. */
export function languageName(id: string, locale: Locale): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  const name = names.of(id) ?? id;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The label of option `id` of `facet`, in `locale` (the id itself when the register has no label). */
export function optionLabel(register: Register, facet: FacetName, id: string, locale: Locale): string {
  if (facet === 'languages') return languageName(id, locale);
  if (facet === 'origin') {
    return msg('Local', { id: 'filter-local-option', desc: "Filter option: only the entries of the partner's own local register (as the Local badge on them)." });
  }
  const term = (register[facet] ?? []).find((t) => t.id === id);
  return term?.labels?.[locale] || term?.labels?.en || id;
}

export interface FilterView {
  register: Register;
  locale: Locale;
  selection: SearchFilters;
  counts: Record<FacetName, Map<string, number>>;
  onToggle: (facet: FacetName, id: string, checked: boolean) => void;
  onClear: () => void;
  /** Whether the controls are shown on a narrow screen (the "Filters" button's state). */
  open: boolean;
  onOpen: () => void;
}

/** "2 selected": how many options are ticked. */
const selected = (n: number) =>
  msg(str`${n} selected`, { desc: 'How many filter options are ticked (of one filter, or of all on the Filters button).' });

/**
 * The "Filters" button (narrow screens only, see the styles), then the filter controls: a `<details>` per facet
 * (closed at first), then "Clear filters" while any is set.
 */
export function renderFilters(view: FilterView): TemplateResult {
  const total = selectedCount(view.selection);
  return html`<button
      type="button"
      class="filters-toggle"
      part="filters-toggle"
      aria-expanded=${view.open ? 'true' : 'false'}
      aria-controls="filters"
      @click=${view.onOpen}
    >
      ${msg('Filters')}${total ? html` <span class="facet-selected">${selected(total)}</span>` : nothing}
    </button>
    <div id="filters" part="filters" class="filters ${view.open ? 'open' : ''}" role="group" aria-label=${msg('Filters')}>
    ${FACETS.map((facet) => {
      const options = facetOptions(view.register, facet);
      if (!options.length) return nothing;
      const chosen = new Set(view.selection[facet] ?? []);
      const label = facetLabel(facet);
      return html`<details class="facet" data-facet=${facet}>
        <summary>
          <span class="facet-name">${label}</span>
          ${chosen.size
            ? html`<span class="facet-selected">${selected(chosen.size)}</span>`
            : nothing}
        </summary>
        <fieldset>
          <legend class="visually-hidden">${label}</legend>
          ${options.map((id) => {
            const count = view.counts[facet].get(id) ?? 0;
            // An option that would give nothing is unavailable (and announced so), unless it is ticked: then
            // it stays a working box, so it can be unticked.
            const unavailable = count === 0 && !chosen.has(id);
            return html`<label class="option" data-count=${count}>
              <input
                type="checkbox"
                name=${facet}
                .value=${id}
                .checked=${chosen.has(id)}
                ?disabled=${unavailable}
                @change=${(e: Event) => view.onToggle(facet, id, (e.target as HTMLInputElement).checked)}
              />
              <span class="option-label">${optionLabel(view.register, facet, id, view.locale)}</span>
              <span class="option-count">(${count})</span>
            </label>`;
          })}
        </fieldset>
      </details>`;
    })}
    ${total
      ? html`<button type="button" class="clear" @click=${view.onClear}>${msg('Clear filters')}</button>`
      : nothing}
  </div>`;
}

/** The finder's preset attributes (properties) and the facet each one sets. */
export const PRESETS = {
  section: 'sections',
  types: 'types',
  topics: 'topics',
  audiences: 'audiences',
  languages: 'languages',
} as const satisfies Record<string, FacetName>;
export type PresetProperty = keyof typeof PRESETS;

/** `selection` with each preset that changed (`changedValue` gives its new value, undefined if unchanged) applied. */
export function withPresets(selection: Selection, changedValue: (property: PresetProperty) => unknown): Selection {
  let next = selection;
  for (const property of Object.keys(PRESETS) as PresetProperty[]) {
    const value = changedValue(property);
    if (value !== undefined) next = { ...next, [PRESETS[property]]: parseIds(value) };
  }
  return next;
}
