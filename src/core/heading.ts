/**
 * The headings of every element: real heading elements (<h1>…<h6>), at the level the element's
 * `heading-level` attribute gives, so that they fit under the partner's own outline.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** `level` as a heading level: truncated to a whole number and clamped to 1…6; not a number gives 2. */
export function clampLevel(level: unknown): number {
  const n = Math.trunc(Number(level));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
}

/** What a heading may carry besides its content. */
export interface HeadingOptions {
  className?: string;
  part?: string;
  id?: string;
  lang?: string;
}

/**
 * `<hN class=… part=… id=… lang=…>content</hN>` with N = clampLevel(level). One template per level: a tag
 * name cannot be a binding, and markup is never built from strings.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const cls = options.className ?? '';
  const part = options.part ?? nothing;
  const id = options.id ?? nothing;
  const lang = options.lang ?? nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 class=${cls} part=${part} id=${id} lang=${lang}>${content}</h1>`;
    case 2:
      return html`<h2 class=${cls} part=${part} id=${id} lang=${lang}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} part=${part} id=${id} lang=${lang}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} part=${part} id=${id} lang=${lang}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} part=${part} id=${id} lang=${lang}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} part=${part} id=${id} lang=${lang}>${content}</h6>`;
  }
}
