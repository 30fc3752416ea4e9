/**
 * The one thing CSS cannot say about the page's font: whether the family an element inherits is the browser's
 * default (Times New Roman in most browsers). Design systems that set their font on classes (`.govuk-body`)
 * rather than on `body` leave it there, and `font-family: inherit` would show the widgets in it. When the
 * inherited family equals the initial one, a shared sheet gives the shadow root `--_font`, a system sans-serif
 * stack that tokens.ts puts between `--ogv-font-family` (a partner's choice, always first) and `inherit`.
 *
 * "The default" is what an element computes for `font-family: initial`, measured on a probe inside the element's
 * own shadow root (page CSS cannot reach it), so a reader's own default font setting is compared with itself.
 */

/** The platform's interface font (in every browser the README lists), then the generic sans-serif. */
export const SYSTEM_FONT = 'system-ui,sans-serif';

let sheet: CSSStyleSheet | undefined;

/** Whether `host` inherits the browser's default font family (no author font anywhere above it). */
export function inheritsDefaultFont(host: Element, root: ShadowRoot): boolean {
  // What the host inherits from: its parent, or the host of the shadow root it sits in.
  const parent = host.parentElement ?? (host.getRootNode() as ShadowRoot).host;
  if (!parent) return false;
  const probe = root.appendChild(document.createElement('b'));
  probe.style.fontFamily = 'initial';
  const initial = getComputedStyle(probe).fontFamily;
  probe.remove();
  return !!initial && getComputedStyle(parent).fontFamily === initial;
}

/**
 * Checks `host`'s inherited font now, and once more when the page has loaded (a late stylesheet may set one),
 * and adds or removes the system font stack in `root`. Browsers without constructed stylesheets (before
 * Firefox 101 and Safari 16.4) keep the inherited font.
 */
export function checkDefaultFont(host: Element, root: ShadowRoot | null): void {
  if (!root?.adoptedStyleSheets) return;
  const check = () => {
    if (!host.isConnected) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(`:host{--_font:${SYSTEM_FONT}}`);
    }
    const others = root.adoptedStyleSheets.filter((s) => s !== sheet);
    root.adoptedStyleSheets = inheritsDefaultFont(host, root) ? [...others, sheet] : others;
  };
  check();
  if (document.readyState !== 'complete') addEventListener('load', check, { once: true });
}
