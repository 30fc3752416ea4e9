/**
 * Keeps a sticky quick exit clear of the host page's own bars, with no configuration from the partner.
 *
 * Many themes pin a header to the top of the viewport (Bootstrap's `fixed-top` navbar, sticky WordPress
 * headers). A quick exit stuck at `top: 0` would paint over that header's search box or menu button. So,
 * once a frame at most while the page scrolls, resizes or a host bar changes size, each sticky quick exit
 * looks straight above itself (hit-testing the top row of the viewport across its own width) for fixed or
 * sticky host elements pinned there, and sticks just below the lowest of them (`--_top` on the element).
 * An element taller than half the viewport (an opened full-screen menu, a dialog) is not a bar: the quick
 * exit stays under it, since its low z-index lets every host overlay paint over it.
 */

/** The elements kept in place, and the host bars whose size is watched. */
let watched: ReadonlySet<HTMLElement> = new Set();
let frame = 0;
let observer: ResizeObserver | undefined;
let bars: Element[] = [];

/** How far down (px) the host's fixed or sticky bars above `el` reach from the top of the viewport. */
function barsAbove(el: HTMLElement, found: Set<Element>): number {
  const { left, right } = el.getBoundingClientRect();
  let bottom = 0;
  for (const x of [left + 2, (left + right) / 2, right - 2]) {
    for (const hit of document.elementsFromPoint(x, 1)) {
      if (watched.has(hit as HTMLElement) || hit.contains(el)) continue;
      const position = getComputedStyle(hit).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      const r = hit.getBoundingClientRect();
      if (r.top > 1 || r.height > innerHeight / 2) continue;
      found.add(hit);
      bottom = Math.max(bottom, r.bottom);
    }
  }
  return bottom;
}

function place(): void {
  frame = 0;
  const found = new Set<Element>();
  for (const el of watched) {
    if (getComputedStyle(el).position !== 'sticky') {
      el.style.removeProperty('--_top');
      continue;
    }
    // Never pushed off the screen: at worst it stays at the bottom of the viewport.
    const top = Math.min(barsAbove(el, found), innerHeight - el.offsetHeight);
    el.style.setProperty('--_top', `${Math.max(0, Math.round(top))}px`);
  }
  const next = [...found];
  if (next.length === bars.length && next.every((bar, i) => bar === bars[i])) return;
  observer?.disconnect();
  bars = next;
  for (const bar of bars) observer?.observe(bar);
}

/** When focus last moved: the focused element is kept clear of the quick exits in the moment after. */
let focusTime = -Infinity;

/** The focused element, inside shadow roots too. */
function deepFocus(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function uncoverFocused(): void {
  const target = deepFocus();
  if (!target || target === document.body || performance.now() - focusTime > 1000) return;
  for (const el of watched) if (getComputedStyle(el).position !== 'static') uncover(el, target);
}

/**
 * Focus moved (a focusin, or a Tab key: focus moving inside another element's shadow root fires no focusin
 * on the document): once the browser has scrolled the focused element into view (two frames later, or when
 * a smooth scroll ends), it is scrolled out from under any quick exit. Only in that moment, so that a person
 * scrolling past a focused link is never pulled back.
 */
function followFocus(event: Event): void {
  if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Tab') return;
  focusTime = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(uncoverFocused));
}

/** Places the quick exits at the next frame (once per frame, however many calls). */
export function schedulePlacement(): void {
  if (!frame && watched.size) frame = requestAnimationFrame(place);
}

/** Starts keeping `elements` (a live set) clear of the host's bars; listens to the page once. */
export function watchPlacement(elements: ReadonlySet<HTMLElement>): void {
  watched = elements;
  observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedulePlacement) : undefined;
  const options = { passive: true, capture: true };
  for (const type of ['scroll', 'resize']) globalThis.addEventListener(type, schedulePlacement, options);
  globalThis.addEventListener('scrollend', uncoverFocused, options);
  for (const type of ['focusin', 'keydown']) document.addEventListener(type, followFocus, true);
  // A menu that opens (a click, then often a transition) can turn a button into a fixed bar.
  for (const type of ['click', 'transitionend']) document.addEventListener(type, schedulePlacement, options);
  schedulePlacement();
}

/**
 * If `target` (just focused, outside `el`) is painted under the quick exit `el`, scrolls the page so that it
 * is not (WCAG 2.2 2.4.11, Focus Not Obscured). A host menu or dialog painted over the quick exit is left
 * alone: scrolling would not move it.
 */
function uncover(el: HTMLElement, target: Element): void {
  if (el.contains(target) || el.shadowRoot?.contains(target) || !target.isConnected) return;
  const bar = el.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  const top = Math.max(rect.top, bar.top);
  const bottom = Math.min(rect.bottom, bar.bottom);
  const left = Math.max(rect.left, bar.left);
  const right = Math.min(rect.right, bar.right);
  if (bar.width === 0 || rect.width === 0 || top >= bottom || left >= right) return;
  if (document.elementFromPoint((left + right) / 2, (top + bottom) / 2) !== el) return;
  const gap = 8;
  const fixedBottom = getComputedStyle(el).position === 'fixed';
  const delta = fixedBottom ? rect.bottom - bar.top + gap : rect.top - bar.bottom - gap;
  window.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
}
