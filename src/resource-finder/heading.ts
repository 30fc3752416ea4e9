/**
 * A real heading element at a level chosen at run time (`heading-level`), clamped to h1…h6, without
 * building markup from strings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clampLevel } from '../core/heading-level.js';

/** `<hN class=… part=… id=…>content</hN>` with N = clampLevel(level). */
export function heading(
  level: number,
  content: unknown,
  options: { className?: string; part?: string; id?: string; lang?: string } = {},
): TemplateResult {
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
