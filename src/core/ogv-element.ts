/**
 * Base class of every ogv-* element: renders in the element's own language (see locale.ts),
 * re-renders when its `lang` or an ancestor's changes, and defines itself only once per page.
 */
import { LitElement } from 'lit';
import { resolveLocale, withLocale, type Locale } from './locale.js';

/** Every connected ogv element, so one observer can serve them all. */
const connected = new Set<OgvElement>();
let langObserver: MutationObserver | undefined;

function refreshLocales(): void {
  for (const element of connected) element.refreshLocale();
}

function observeLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(refreshLocales);
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  globalThis.addEventListener?.('languagechange', refreshLocales);
}

export class OgvElement extends LitElement {
  #locale: Locale = 'en';

  /** The language this element renders in now: `en`, `nl`, `fr` or `de`. */
  get locale(): Locale {
    return this.#locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#locale = resolveLocale(this);
    connected.add(this);
    observeLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Re-resolves the language and re-renders if it changed. Called by the shared `lang` observer. */
  refreshLocale(): void {
    const next = resolveLocale(this);
    if (next !== this.#locale) {
      this.#locale = next;
      this.requestUpdate();
    }
  }

  /** Runs `fn` with `msg()` answering in this element's language (for messages built outside render). */
  protected localize<T>(fn: () => T): T {
    return withLocale(this.#locale, fn);
  }

  protected override performUpdate(): void {
    withLocale(this.#locale, () => super.performUpdate());
  }
}

/** Defines `name` unless this page already has it (a second script tag, or another version). */
export function defineOnce(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  try {
    customElements.define(name, constructor);
  } catch {
    // Another copy won a race between get() and define(): the element exists, which is all we need.
  }
}
