/**
 * The notice an element shows when its `src` register could not be used and it falls back to the copy
 * bundled into the script. The live region is always rendered (empty until needed), so that screen
 * readers announce the text when it appears. Call it inside `render()`, so `msg()` speaks the element's
 * language; add `noticeStyles` to the element's styles.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { normalizeLocale, resolveLocale, type Locale } from './locale.js';
import type { RegisterController } from './register-controller.js';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** `2025-03-14` as "14 March 2025" (in `locale`); any other text as it is. */
export function formatRegisterDate(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time)) return date;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-BE`, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(time);
}

/** The element's language: its `locale` (OgvElement), else resolved from the DOM. */
function hostLocale(host: HTMLElement): Locale {
  const own = (host as HTMLElement & { locale?: string }).locale;
  return normalizeLocale(own) ?? resolveLocale(host);
}

/**
 * `<div role="status" part="notice" class="ogv-notice">`, holding a localised sentence only when the
 * register fell back to the bundled copy, e.g. "The latest list could not be loaded. Showing the copy
 * from 14 March 2025."; and, when a local register named in `src` was left out, a sentence that says so.
 */
export function registerNotice(controller: RegisterController, locale?: Locale): TemplateResult {
  const loaded = controller.loaded;
  const texts: string[] = [];
  if (controller.status === 'fallback' && loaded) {
    const date = formatRegisterDate(loaded.register.updated, locale ?? hostLocale(controller.host));
    texts.push(
      msg(str`The latest list could not be loaded. Showing the copy from ${date}.`, {
        id: 'register-fallback-notice',
        desc: 'Shown when a widget could not load the published register and shows the copy bundled into it; the placeholder is a date.',
      }),
    );
  }
  if (loaded?.skipped?.length) {
    texts.push(
      msg('A local list could not be loaded. Its entries are not shown.', {
        id: 'register-local-skipped-notice',
        desc: "Shown when a partner's own small register (next to the Institute's) could not be loaded or is not valid, and is left out.",
      }),
    );
  }
  return html`<div role="status" part="notice" class="ogv-notice">${texts.length ? texts.join(' ') : nothing}</div>`;
}

/**
 * Styles for the notice; the element's own styles may follow and adjust. It is a child of the host, whose
 * font-family and overflow-wrap: anywhere it inherits, and it uses the shared tokens (tokens.ts).
 */
export const noticeStyles = css`
  .ogv-notice:not(:empty) {
    margin-block: 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid transparent;
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--ogv-color-text, inherit);
    background: var(--ogv-color-background, transparent);
    line-height: 1.4;
  }
  @media (forced-colors: active) {
    .ogv-notice:not(:empty) {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
