/**
 * The quick exit builds its few fixed nodes by hand, once, and then updates their texts and attributes:
 * no lit-html template engine in dist/quick-exit.js, and never an HTML string. These helpers touch the DOM
 * only when a value changes.
 */

/** A new `tag` element with `attributes`, holding `children`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]!);
  element.append(...children);
  return element;
}

/** Sets attribute `name` to `value` (removes it for null), touching the DOM only when that changes it. */
export function attr(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Sets a text node's text, touching the DOM only when that changes it. */
export function text(node: Text, value: string): void {
  if (node.data !== value) node.data = value;
}
