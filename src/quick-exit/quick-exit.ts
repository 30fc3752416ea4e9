/**
 * <ogv-quick-exit>: a button (and a keyboard shortcut) that leaves the page at once for a neutral site.
 *
 * Someone reading about online violence may be watched. One click, or Shift three times, and in the same
 * task: the page is covered by a neutral overlay (a modal <dialog>, so everything behind is hidden and
 * inert), the title is blanked, a neutral "Loading…" (as GOV.UK's "Loading.": nothing a person looking over
 * the shoulder could read as leaving) is shown and announced in an alert region, and the browser
 * replaces this page in history (`location.replace()`) by the destination, with a no-referrer policy so the
 * destination does not learn where the person came from. One shared key listener serves every instance,
 * and one navigation happens however many clicks and shortcuts arrive. Coming back through the
 * back/forward cache restores a clean page. It writes nothing to cookies or storage and clears nothing.
 *
 * Without JavaScript, a link the partner puts inside the element still works; once upgraded, that link is
 * not rendered (no slot) and the button is the one control. See README.md for what it cannot hide.
 *
 * It is the element partners put on every page, so it is kept small: it extends ReactiveElement (through
 * OgvReactiveElement), not LitElement, and builds its few fixed nodes by hand (dom.ts: createElement and
 * text nodes, never HTML strings) once, then updates their texts and attributes in `update()`. So
 * dist/quick-exit.js carries no lit-html template engine.
 */
import type { PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { OgvReactiveElement } from '../core/ogv-reactive-element.js';
import { pluralCategory } from '../core/locale.js';
import { emit } from '../core/events.js';
import { safeWebUrl } from '../core/safe-url.js';
import { attr, h, text } from './dom.js';
import { schedulePlacement, watchPlacement } from './placement.js';
import { styles } from './quick-exit.styles.js';
import {
  SHIFT_PRESSES,
  SHORTCUT_MODES,
  clearShortcuts,
  subscribe,
  unsubscribe,
  type ShortcutMode,
  type ShortcutSignal,
  type ShortcutSubscriber,
} from './shortcut.js';

/** A neutral, fast, multilingual public site: the Royal Meteorological Institute of Belgium. */
export const DEFAULT_QUICK_EXIT_HREF = 'https://www.meteo.be/';

export type QuickExitPosition = 'sticky-top' | 'fixed-bottom-end' | 'inline';
export type QuickExitTrigger = 'click' | 'shortcut';

/** Detail of the `ogv-quick-exit` event. Never carries the current page's URL. */
export interface QuickExitDetail {
  trigger: QuickExitTrigger;
}

/** How long a "shortcut cancelled" announcement stays in the live region. */
const RESET_MESSAGE_MS = 5000;

// Page-wide state, shared by every instance of this copy of the module.
let leaving = false;
let savedTitle: string | null = null;
const instances = new Set<OgvQuickExit>();
let pageListeners = false;

function onPageShow(event: Event): void {
  if ((event as PageTransitionEvent).persisted) restorePage();
}

/** Back from the back/forward cache: no overlay, no stale counter or announcement, the title back. */
function restorePage(): void {
  leaving = false;
  if (savedTitle !== null && document.title === '') document.title = savedTitle;
  savedTitle = null;
  clearShortcuts();
  for (const instance of instances) instance.resetView();
}

function listenToPage(): void {
  if (pageListeners) return;
  pageListeners = true;
  // Stays for the life of the page: a page that comes back from the cache must be cleaned up even if
  // its elements were removed meanwhile.
  globalThis.addEventListener('pageshow', onPageShow);
  watchPlacement(instances);
}

/** Inserting a referrer <meta> updates the document's referrer policy for every later request. */
function suppressReferrer(): void {
  if (document.head?.querySelector('meta[name="referrer"][content="no-referrer"][data-ogv-quick-exit]')) return;
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  meta.setAttribute('data-ogv-quick-exit', '');
  (document.head ?? document.documentElement).append(meta);
}

/** `value` resolved against the page's base URL (so partners can write `/browse-safely`), or undefined. */
function resolveAgainstPage(value: string): string | undefined {
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/**
 * Leaves the page at once for a neutral site: a clearly labelled button, plus a keyboard shortcut.
 *
 * @tagname ogv-quick-exit
 * @summary A quick-exit button: one click or Shift three times, and the page is gone.
 *
 * @fires {CustomEvent<QuickExitDetail>} ogv-quick-exit - Just before leaving (bubbles, composed, not cancelable); `detail.trigger` is
 *   `'click'` or `'shortcut'`. Carries no URL.
 *
 * @csspart button - The quick-exit button.
 * @csspart safety-link - The optional link to the partner's "browse safely" advice, next to the button.
 * @csspart overlay - The neutral full-page cover shown while leaving (a modal dialog).
 *
 * @cssprop [--ogv-color-accent=#1d4f91] - Shared accent: the safety link. Dark scheme: #9cc3ff. Keep 4.5:1 on the background.
 * @cssprop [--ogv-color-text=#1a1a1a] - Shared text colour: the bar, the overlay and the focus outline. Dark scheme: #f2f2f2.
 * @cssprop [--ogv-color-background=#ffffff] - Shared background colour: the bar and the overlay. Dark scheme: #161616.
 * @cssprop [--ogv-font-family=inherit] - Shared font family: the page's font unless set.
 * @cssprop [--ogv-radius=0.25rem] - Shared corner radius.
 * @cssprop [--ogv-space=1rem] - Shared spacing unit; the bar uses half of it.
 * @cssprop [--ogv-quick-exit-background=#b3261e] - Background of the button: a dark red, so that it stands apart from the page's own buttons (6.5:1 with the default white text).
 * @cssprop [--ogv-quick-exit-color=#ffffff] - Text colour of the button.
 */
export class OgvQuickExit extends OgvReactiveElement implements ShortcutSubscriber {
  static override styles = styles;

  static override properties = {
    href: { type: String },
    shortcut: { type: String },
    position: { type: String, reflect: true },
    safetyHref: { type: String, attribute: 'safety-href' },
  };

  /**
   * Where to go: an absolute `https:` or `http:` URL. Anything else is refused with a console warning and
   * the default is used (the Belgian weather service, https://www.meteo.be/). Without `href`, the `href`
   * of a fallback link inside the element is used if it is http(s).
   */
  declare href: string | undefined;

  /**
   * The keyboard shortcut: `shift-three-times` (default; each press within 5 s of the previous),
   * `escape-twice` (within 1 s) or `none`.
   */
  declare shortcut: string;

  /**
   * Where the button sits: `sticky-top` (default; in flow at the top, inline end, stays visible when
   * scrolling, just below a fixed or sticky header of the page), `fixed-bottom-end` (a small button in the bottom corner) or `inline` (where it is placed).
   */
  declare position: string;

  /**
   * Optional link to the partner's own "browse safely" advice (clearing history, private windows), shown
   * as a small link next to the button. A relative URL (`/browse-safely`) is resolved against the page;
   * only http(s) URLs are rendered.
   */
  declare safetyHref: string | undefined;

  /** Shift presses counted so far: the dots of the visual indicator. */
  #progress = 0;
  #resetTimer: ReturnType<typeof setTimeout> | undefined;
  #subscribedMode: ShortcutMode | undefined;
  #warnedHref: string | undefined;

  // The shadow DOM, built once and attached on the first update (see update()):
  //   <div class="bar">
  //     <button type="button" part="button" aria-describedby="hint">    (aria-describedby with a shortcut)
  //       <span class="label"><span class="visually-hidden">Emergency:</span> Leave this page</span>
  //       <span class="indicator" aria-hidden="true" hidden>             (hidden until a Shift press counts)
  //         <span class=""></span> ×3                                    (class "on" for each press counted)
  //       </span>
  //     </button>
  //     <a part="safety-link" href="…">Browse safely</a>                 (only with an http(s) safety-href)
  //     <span id="hint" class="visually-hidden">Shortcut: …</span>       (only with a shortcut)
  //     <div class="visually-hidden status" role="status"></div>         (progress and "cancelled")
  //   </div>
  //   <dialog part="overlay" closedby="none"><div class="leaving" role="alert"></div></dialog>
  readonly #prefix = new Text();
  readonly #label = new Text();
  readonly #dots = Array.from({ length: SHIFT_PRESSES }, () => h('span', { class: '' }));
  readonly #indicator = h('span', { class: 'indicator', 'aria-hidden': 'true' }, ...this.#dots);
  readonly #button = h(
    'button',
    { type: 'button', part: 'button' },
    h('span', { class: 'label' }, h('span', { class: 'visually-hidden' }, this.#prefix), ' ', this.#label),
    this.#indicator,
  );
  readonly #linkText = new Text();
  readonly #link = h('a', { part: 'safety-link' }, this.#linkText);
  readonly #hintText = new Text();
  readonly #hint = h('span', { id: 'hint', class: 'visually-hidden' }, this.#hintText);
  readonly #status = h('div', { class: 'visually-hidden status', role: 'status' });
  readonly #alert = h('div', { class: 'leaving', role: 'alert' });
  readonly #dialog = h('dialog', { part: 'overlay', closedby: 'none' }, this.#alert);

  constructor() {
    super();
    this.href = undefined;
    this.shortcut = 'shift-three-times';
    this.position = 'sticky-top';
    this.safetyHref = undefined;
    this.#button.addEventListener('click', () => this.leave('click'));
    // Escape must not uncover the page while it is being left.
    this.#dialog.addEventListener('cancel', (event) => event.preventDefault());
  }

  /** The shortcut in effect (unknown values mean the default). */
  get shortcutMode(): ShortcutMode {
    return (SHORTCUT_MODES as readonly string[]).includes(this.shortcut)
      ? (this.shortcut as ShortcutMode)
      : 'shift-three-times';
  }

  /** The URL this element leaves for, after validation. */
  get destination(): string {
    if (this.href != null) return safeWebUrl(this.href) ?? DEFAULT_QUICK_EXIT_HREF;
    const fallback = this.querySelector<HTMLAnchorElement>(':scope > a[href]');
    return (fallback && safeWebUrl(fallback.href)) ?? DEFAULT_QUICK_EXIT_HREF;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    instances.add(this);
    listenToPage();
    schedulePlacement();
    this.#resubscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    instances.delete(this);
    if (this.#subscribedMode) unsubscribe(this);
    this.#subscribedMode = undefined;
    clearTimeout(this.#resetTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shortcut')) this.#resubscribe();
    if (changed.has('position')) schedulePlacement();
    if (changed.has('href') && this.href != null && !safeWebUrl(this.href) && this.#warnedHref !== this.href) {
      this.#warnedHref = this.href;
      console.warn(
        `<ogv-quick-exit>: href must be an absolute https: or http: URL; leaving for ${DEFAULT_QUICK_EXIT_HREF} instead.`,
      );
    }
  }

  #resubscribe(): void {
    if (!this.isConnected) return;
    const mode = this.shortcutMode;
    if (mode === this.#subscribedMode) return;
    if (this.#subscribedMode) unsubscribe(this);
    this.#subscribedMode = mode;
    subscribe(this);
  }

  /** Brings the shadow DOM up to date, in the element's language (the base runs updates in its locale). */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const mode = this.shortcutMode;
    const safety = this.safetyHref ? safeWebUrl(resolveAgainstPage(this.safetyHref)) : undefined;
    const hint =
      mode === 'shift-three-times'
        ? msg('Shortcut: press Shift 3 times')
        : mode === 'escape-twice'
          ? msg('Shortcut: press Escape twice')
          : '';
    if (!this.hasUpdated) this.renderRoot.append(h('div', { class: 'bar' }, this.#button, this.#status), this.#dialog);
    text(this.#prefix, msg('Emergency:'));
    text(this.#label, msg('Leave this page'));
    this.#indicator.toggleAttribute('hidden', this.#progress === 0);
    this.#dots.forEach((dot, i) => dot.classList.toggle('on', i < this.#progress));
    // The link sits right after the button, the hint right before the status region.
    if (safety) {
      attr(this.#link, 'href', safety);
      text(this.#linkText, msg('Browse safely'));
      if (!this.#link.parentNode) this.#button.after(this.#link);
    } else this.#link.remove();
    attr(this.#button, 'aria-describedby', hint ? 'hint' : null);
    text(this.#hintText, hint);
    if (!hint) this.#hint.remove();
    else if (!this.#hint.parentNode) this.#status.before(this.#hint);
  }

  /** Called by the shared key listener. Only the leader (first instance with this shortcut) speaks and leaves. */
  onShortcut(signal: ShortcutSignal, leader: boolean): void {
    if (leaving) return;
    if (signal.kind === 'trigger') {
      if (leader) this.leave('shortcut');
      return;
    }
    this.#showProgress(signal.kind === 'progress' ? signal.count : 0);
    if (!leader) return;
    if (!this.hasUpdated) return; // nothing rendered to speak in yet
    const status = this.#status;
    clearTimeout(this.#resetTimer);
    if (signal.kind === 'progress') {
      const n = signal.remaining;
      status.textContent = this.localize(() =>
        pluralCategory(this.locale, n) === 'one'
          ? msg(str`Press Shift ${n} more time to leave this page`)
          : msg(str`Press Shift ${n} more times to leave this page`),
      );
    } else {
      status.textContent = this.localize(() => msg('Shortcut cancelled'));
      this.#resetTimer = setTimeout(() => {
        if (status.textContent && !leaving) status.textContent = '';
      }, RESET_MESSAGE_MS);
    }
  }

  /**
   * Leaves the page: overlay, blank title, alert, event, then navigation, all in this task. Only the first
   * call on the page does anything until the page comes back from the back/forward cache.
   */
  leave(trigger: QuickExitTrigger): void {
    if (leaving) return;
    leaving = true;
    const destination = this.destination;
    clearShortcuts();
    try {
      this.#cover();
    } catch {
      // The cover is a courtesy; leaving matters more.
    }
    savedTitle = document.title;
    document.title = '';
    if (this.hasUpdated) this.#alert.textContent = this.localize(() => msg('Loading…'));
    emit(this, 'ogv-quick-exit', { trigger });
    suppressReferrer();
    this.navigate(destination);
  }

  /** Replaces this page in history by `url`. The one outward side effect; tests stub it on an instance. */
  protected navigate(url: string): void {
    (this.ownerDocument.defaultView ?? window).location.replace(url);
  }

  #cover(): void {
    clearTimeout(this.#resetTimer);
    for (const instance of instances) instance.#clearAnnouncements();
    const dialog = this.#dialog;
    if (!this.hasUpdated || dialog.open) return;
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', ''); // not modal, but still covers the page visually
    }
  }

  #clearAnnouncements(): void {
    this.#status.textContent = '';
    this.#showProgress(0);
  }

  #showProgress(count: number): void {
    if (count === this.#progress) return;
    this.#progress = count;
    this.requestUpdate();
  }

  /** Back to the state before leaving (bfcache restore). */
  resetView(): void {
    clearTimeout(this.#resetTimer);
    this.#clearAnnouncements();
    this.#alert.textContent = '';
    const dialog = this.#dialog;
    if (dialog.open) dialog.close();
    if (dialog.hasAttribute('open')) dialog.removeAttribute('open');
  }
}
