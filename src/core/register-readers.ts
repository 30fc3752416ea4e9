/**
 * The toolkit register-validate.ts reads a register with: a reader checks one value and returns what to keep
 * of it, or fails with the path of the value and what is wrong; `record` reads an object by a table of
 * readers, one per field (`Fields<T>`, typed against the object's type in register-types.ts).
 */
import { LOCALES } from './register-types.js';
import type { Locale, PerLocale, Term } from './register-types.js';
import type { Steps } from './slices.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The values a problem's message is made of, by name (`limit`, `value`…), for a translation to place. */
export type Params = Readonly<Record<string, string | number>>;

/**
 * Thrown by a reader to stop checking one item; register-validate.ts catches it. `message` is English, for
 * developers; `code` (a stable key, e.g. `maxLength`) and `params` are the same problem for a tool to word in
 * another language (the register studio does: studio/i18n.mjs). No translation is in the widgets.
 */
export class Invalid extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly code?: string,
    readonly params?: Params,
  ) {
    super(message);
  }
}

/** Stops checking the current item: `field` (a path inside it) is wrong, as `message` says (`code`, `params`). */
export function fail(field: string, message: string, code?: string, params?: Params): never {
  throw new Invalid(field, message, code, params);
}

export type Json = Record<string, unknown>;

/**
 * Checks one field and returns what to keep of it (undefined: nothing), or fails. `value` is what the
 * document holds at the path `field`; `item` is what is kept so far of the object being read (`Item`).
 */
export type Reader<T, Item = unknown> = (value: unknown, field: string, item: Partial<Item>) => T;

/**
 * The table of a kind of object: each of its fields with the reader that checks it, in the order the fields
 * are checked and kept. Every field of `T` must be there, and its reader must give that field's type.
 */
export type Fields<T> = { readonly [K in keyof Required<T>]: Reader<T[K], T> };

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const object = (value: unknown, field: string): Json => (isObject(value) ? value : fail(field, 'must be an object', 'object'));

export function list(value: unknown, field: string, nonEmpty = false, max = Infinity): unknown[] {
  if (!Array.isArray(value)) fail(field, 'must be a list', 'list');
  if (nonEmpty && !value.length) fail(field, 'must hold at least 1 item', 'nonEmpty');
  if (value.length > max) fail(field, `must hold at most ${max} items`, 'maxItems', { limit: max });
  return value;
}

/**
 * `source` read by the table `fields`, field by field in `order` (by default the table's order), and kept
 * in the table's order. Field paths start with `path.` (none at the top of an item). The first field that
 * fails stops the reading; with `faults`, each field that fails is noted there instead and the reading
 * goes on (what is returned then lacks those fields, and only serves to check the others).
 */
export function record<T extends object>(
  source: Json,
  fields: Fields<T>,
  path: string,
  { order, faults }: { order?: readonly (keyof T)[]; faults?: Invalid[] } = {},
): T {
  const names = Object.keys(fields) as (keyof T & string)[];
  const read: Partial<T> = {};
  for (const name of order ?? names) {
    try {
      const value = fields[name](source[name as string], path ? `${path}.${String(name)}` : String(name), read);
      if (value !== undefined) read[name] = value;
    } catch (error) {
      if (!faults || !(error instanceof Invalid)) throw error;
      faults.push(error);
    }
  }
  const item: Partial<T> = {};
  for (const name of names) if (read[name] !== undefined) item[name] = read[name];
  // Each required field's reader returned a value or failed, so every required field is there.
  return item as T;
}

// Readers, and functions that make them.

export const boolean: Reader<boolean> = (value, field) =>
  typeof value === 'boolean' ? value : fail(field, 'must be true or false', 'boolean');

/** A string that `pattern` matches; else fails with `message` and `code` (its value as the `value` param). */
export const matching =
  (pattern: RegExp, message: string, code?: string): Reader<string> =>
  (value, field) =>
    typeof value === 'string' && pattern.test(value) ? value : fail(field, message, code);

export const text = matching(/\S/, 'must be a non-empty text', 'text');
export const slug = matching(SLUG, 'must be a lower-case slug', 'slug');

/** Whether `value` is one of `known` (a list, a set, or the keys of a map). */
export function isKnown<T>(known: readonly T[] | ReadonlySet<T> | ReadonlyMap<T, unknown>, value: unknown): value is T {
  return Array.isArray(known) ? known.includes(value) : (known as ReadonlySet<unknown>).has(value);
}

/**
 * Whether `value` has at most `max` characters, counted by code point as JSON Schema's maxLength does. A string
 * has at least half as many code points as UTF-16 units, so a huge one is refused without counting.
 */
const fits = (value: string, max: number): boolean =>
  value.length <= max || (value.length <= 2 * max && [...value].length <= max);

/** `read`, for a string of at most `max` characters (checked first, so a huge value costs nothing more). */
export const maxLength =
  <T, Item = unknown>(read: Reader<T, Item>, max: number): Reader<T, Item> =>
  (value, field, item) =>
    typeof value === 'string' && !fits(value, max) ? fail(field, `must be at most ${max} characters`, 'maxLength', { limit: max }) : read(value, field, item);

/** A non-empty text of at most `max` characters. */
export const shortText = (max: number): Reader<string> => maxLength(text, max);

/** One of the ids in `known`, named `what` in the message. */
export const oneOf =
  <T>(known: readonly T[] | ReadonlySet<T> | ReadonlyMap<T, unknown>, what: string): Reader<T> =>
  (value, field) =>
    isKnown(known, value) ? value : fail(field, `unknown ${what} ${JSON.stringify(value)}`, 'oneOf');

/** Leaves a field out when it is absent. */
export const optional =
  <T, Item>(read: Reader<T, Item>): Reader<T | undefined, Item> =>
  (value, field, item) =>
    value === undefined ? undefined : read(value, field, item);

/** A list of at most `max` items that each pass `read`; `unique` drops repeated items. */
export const listOf =
  <T>(read: Reader<T>, { nonEmpty = false, unique = false, max = Infinity } = {}): Reader<T[]> =>
  (value, field) => {
    const items = list(value, field, nonEmpty, max).map((each, i) => read(each, `${field}[${i}]`, {}));
    return unique ? [...new Set(items)] : items;
  };

/** An id the document defines in its vocabulary `vocabulary` (`known`). */
export const definedIn =
  <T>(known: ReadonlySet<T> | ReadonlyMap<T, unknown>, vocabulary: string): Reader<T> =>
  (value, field) =>
    isKnown(known, value)
      ? value
      : fail(field, `${JSON.stringify(value)} is not defined in ${vocabulary}`, 'undefinedId', { vocabulary });

/** A list of ids the document defines in `vocabulary`; duplicates removed. */
export const ids = <T>(known: ReadonlySet<T> | ReadonlyMap<T, unknown>, vocabulary: string, nonEmpty = false): Reader<T[]> =>
  listOf(definedIn(known, vocabulary), { nonEmpty, unique: true });

/** An object read by the table `fields`. */
export const recordOf =
  <T extends object>(fields: Fields<T>): Reader<T> =>
  (value, field) =>
    record(object(value, field), fields, field);

/** One value per locale, each passing `read`. */
export const localized =
  <T>(read: Reader<T>): Reader<Record<Locale, T>> =>
  (value, field) => {
    const source = object(value, field);
    const values: Partial<Record<Locale, T>> = {};
    for (const locale of LOCALES) values[locale] = read(source[locale], `${field}.${locale}`, {});
    return values as Record<Locale, T>;
  };

/** Values for some of the locales (at least one), each passing `read`. */
export const someLocales =
  <T>(read: Reader<T>): Reader<Partial<Record<Locale, T>>> =>
  (value, field) => {
    const source = object(value, field);
    const values: Partial<Record<Locale, T>> = {};
    for (const locale of LOCALES) {
      if (source[locale] !== undefined) values[locale] = read(source[locale], `${field}.${locale}`, {});
    }
    return Object.keys(values).length ? values : fail(field, 'must hold at least one language', 'someLocales');
  };

/**
 * Values per language (`urls`, `values`, `names`) next to a plain one: each passes `read`, and the plain value
 * is one of them, under its own language, so that a reader of that language finds it (register-language.ts
 * tries the reader's language, then English, then the plain value).
 */
export const withPlain =
  <Item>(read: Reader<string>, plain: (item: Partial<Item>) => string | undefined, name: string): Reader<PerLocale | undefined, Item> =>
  (value, field, item) => {
    if (value === undefined) return undefined;
    const values = someLocales(read)(value, field, {});
    const own = plain(item);
    if (own !== undefined && !Object.values(values).includes(own)) fail(field, `must hold \`${name}\` itself, under its language`, 'plainValue');
    return values;
  };

/** A vocabulary of at most `max` terms: every term valid and every id unique, or the whole document fails. */
export const vocabulary =
  <T extends Term>(read: Reader<T>, nonEmpty = false, max = Infinity): Reader<T[]> =>
  (value, field) => {
    const first = new Map<string, number>();
    return list(value, field, nonEmpty, max).map((each, i) => {
      const term = read(each, `${field}[${i}]`, {});
      const seen = first.get(term.id);
      if (seen !== undefined) fail(`${field}[${i}].id`, `duplicate id in ${field} (also ${field}[${seen}])`, 'duplicateId');
      first.set(term.id, i);
      return term;
    });
  };

/** Freezes `value` and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** What reading one item found: every field that fails (none: the item is kept), and the channels it lost. */
export type ItemReport = (index: number, source: unknown, faults: readonly Invalid[], dropped: readonly Invalid[]) => void;

/**
 * The items of `sources` (the list `name`) read by `fields` (in `order`); `fields` gets the function that
 * drops one channel. Items with a fault, and later duplicates of a kept item's id, are left out. Each item
 * is told to `reportItem`; each kept item is frozen. Pauses after each item (slices.ts).
 */
export function* readItems<T extends { id: string }>(
  sources: unknown[],
  name: 'entries' | 'helplines',
  kind: 'entry' | 'helpline',
  makeFields: (drop: (error: unknown) => void) => Fields<T>,
  reportItem: ItemReport,
  order?: readonly (keyof T)[],
): Steps<T[]> {
  let dropped: Invalid[] = [];
  const fields = makeFields((error) => {
    if (!(error instanceof Invalid)) throw error;
    dropped.push(error);
  });
  const kept: T[] = [];
  const first = new Map<string, number>();
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    dropped = [];
    const faults: Invalid[] = [];
    try {
      const item = record(object(source, kind), fields, '', { order, faults });
      const seen = first.get(item.id);
      if (seen !== undefined) faults.push(new Invalid('id', `duplicate ${kind} id (${name}[${seen}] and ${name}[${i}])`, 'duplicateId'));
      if (!faults.length) {
        first.set(item.id, i);
        kept.push(deepFreeze(item));
      }
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      faults.push(error);
    }
    reportItem(i, source, faults, dropped);
    yield;
  }
  return kept;
}
