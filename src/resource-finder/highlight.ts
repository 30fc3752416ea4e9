/**
 * The matched parts of a title, wrapped in <mark>. Every part is a Lit text binding, so the title stays text
 * whatever it holds (`<img onerror=…>` shows as those characters); nothing here builds HTML from strings.
 */
import { html, type TemplateResult } from 'lit';
import type { TextRange } from '../core/search.js';

/** `title` split at `ranges` (half-open, sorted, non-overlapping): plain strings and `<mark>` parts. */
export function highlight(title: string, ranges: readonly TextRange[]): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of ranges) {
    const start = Math.max(at, Math.min(rawStart, title.length));
    const end = Math.max(start, Math.min(rawEnd, title.length));
    if (end <= start) continue;
    if (start > at) parts.push(title.slice(at, start));
    parts.push(html`<mark>${title.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < title.length || parts.length === 0) parts.push(title.slice(at));
  return parts;
}
