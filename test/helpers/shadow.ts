/**
 * Reading an element as a person meets it: its shadow root, its text with the whitespace of the markup
 * collapsed, whether it is laid out or visible, and queries that go through nested shadow roots.
 */

/** The element's (open) shadow root. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The text of `el` as read: runs of whitespace collapsed to one space, trimmed; '' for no element. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Laid out (not `display: none`, not in a hidden ancestor). */
export const isDisplayed = (el: Element): boolean => el.getClientRects().length > 0;

/** Rendered and not hidden by a closed <details> (which Chromium hides with content-visibility). */
export const isVisible = (el: Element): boolean => el.checkVisibility() && isDisplayed(el);

/** Every element matching `selector` in `start` and in every shadow root below it. */
export function deepQueryAll<T extends Element = HTMLElement>(start: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    found.push(...(Array.from(node.querySelectorAll(selector)) as T[]));
    for (const el of Array.from(node.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(start);
  return found;
}

/** The text of an element's shadow root and the shadow roots nested in it, as `text()` reads it; '' if none. */
export function shadowText(el: Element | null | undefined): string {
  const shadow = el?.shadowRoot;
  if (!shadow) return '';
  let all = shadow.textContent ?? '';
  for (const inner of Array.from(shadow.querySelectorAll('*'))) if (inner.shadowRoot) all += ' ' + shadowText(inner);
  return all.replace(/\s+/g, ' ').trim();
}
