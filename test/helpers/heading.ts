/**
 * What a screen reader gets from a heading, whether it is an <hN> or an element with role="heading" and
 * aria-level: the tests assert the role and level, not the markup.
 */

/** Any heading, in either form. */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** `'heading'` for a heading, else the element's explicit role (or null). */
export function headingRole(el: Element): string | null {
  return el.getAttribute('role') ?? (/^h[1-6]$/.test(el.localName) ? 'heading' : null);
}

/** A heading's level as aria-level writes it (`'2'`), or null. */
export function headingLevel(el: Element): string | null {
  return el.getAttribute('aria-level') ?? (/^h([1-6])$/.exec(el.localName)?.[1] ?? null);
}
