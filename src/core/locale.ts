/**
 * Locale resolution and per-element localisation.
 *
 * @lit/localize holds one global locale per copy of the library, but our elements each speak their own
 * language. We use its reentrant mode: `msg()` asks `getLocale()` before every message, and
 * `withLocale()` sets "the locale of the element now rendering" for the duration of a synchronous call
 * (an element's update). The generated locale modules are imported statically, so every language is in
 * the bundle and switching is synchronous.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { templates as de } from '../generated/locales/de.js';
import { templates as fr } from '../generated/locales/fr.js';
import { templates as nl } from '../generated/locales/nl.js';
import { LOCALES, type Locale } from './register-types.js';

export { LOCALES, type Locale };

const templatesByLocale = { nl: { templates: nl }, fr: { templates: fr }, de: { templates: de } };

let current: Locale = 'en';

configureReentrantLocalization({
  sourceLocale: 'en',
  targetLocales: ['nl', 'fr', 'de'],
  getLocale: () => current,
  loadLocaleSync: (locale) => templatesByLocale[locale as keyof typeof templatesByLocale],
});

/** Runs `fn` with `msg()` answering in `locale`, then restores the previous locale (calls may nest). */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/**
 * Maps a BCP 47 tag to one of our four languages: `nl-BE` → `nl`, `fr-BE` → `fr`, `de-BE` → `de`.
 * Returns undefined for an empty tag, and `en` for any other language.
 */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
}

/** The closest `lang` attribute at or above `node`, crossing shadow-root boundaries. */
function closestLang(node: Node | null): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) {
      const lang = current.getAttribute('lang');
      if (lang) return lang;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

/**
 * The language an element speaks: its own `lang`, else the closest ancestor's (including `<html lang>`),
 * else the browser's, else English.
 */
export function resolveLocale(element: Element): Locale {
  return (
    normalizeLocale(closestLang(element)) ??
    normalizeLocale(globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language) ??
    'en'
  );
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The CLDR plural category of `count` in `locale` ('one' or 'other' for our four languages; French
 * puts 0 in 'one'). Choose between two msg() calls with it: one for 'one', one for every other case.
 */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}
