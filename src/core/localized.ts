/**
 * The locale behaviour every ogv-* element shares, as a mixin over Lit's ReactiveElement: the element
 * renders in its own language (see locale.ts), re-renders when its `lang` or an ancestor's changes; on connection, the check for the browser's default font
 * (default-font.ts); and `defineOnce()`. Two bases apply it: `OgvElement` (LitElement, ogv-element.ts) and `OgvReactiveElement`
 * (ReactiveElement, ogv-reactive-element.ts: no lit-html templates, for the quick exit). It uses nothing
 * from lit-html, so a bundle built on OgvReactiveElement does not carry it (see vite.config.ts).
 */
import type { ReactiveElement } from 'lit';
import { checkDefaultFont } from './default-font.js';
import { resolveLocale, withLocale, type Locale } from './locale.js';

// A mixin's constructor type must take `any[]` (TypeScript's rule for mixin classes); abstract, as
// ReactiveElement is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** What `Localized()` adds to a class (declared separately so its protected member can be typed). */
export declare class LocalizedInterface {
  /** The language this element renders in now: `en`, `nl`, `fr` or `de`. */
  get locale(): Locale;
  /** Re-resolves the language and re-renders if it changed. Called by the shared `lang` observer. */
  refreshLocale(): void;
  /** Runs `fn` with `msg()` answering in this element's language (for messages built outside an update). */
  protected localize<T>(fn: () => T): T;
}

/** Every connected ogv element, so one observer can serve them all. */
const connected = new Set<{ refreshLocale(): void }>();
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

/**
 * `Base` with a per-element language: resolved from `lang` on connection, followed by the shared observer,
 * and in force for `msg()` during every update (`performUpdate()` runs inside `withLocale()`).
 */
export function Localized<T extends Constructor<ReactiveElement>>(Base: T): Constructor<LocalizedInterface> & T {
  abstract class LocalizedElement extends Base {
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
      checkDefaultFont(this, this.shadowRoot);
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

    /** Runs `fn` with `msg()` answering in this element's language (for messages built outside an update). */
    protected localize<T>(fn: () => T): T {
      return withLocale(this.#locale, fn);
    }

    protected override performUpdate(): void {
      withLocale(this.#locale, () => super.performUpdate());
    }
  }
  return LocalizedElement as unknown as Constructor<LocalizedInterface> & T;
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
