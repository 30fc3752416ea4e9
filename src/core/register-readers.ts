/**
 * The toolkit register-validate.ts reads a register with: a reader checks one value and returns what to keep
 * of it, or fails with the path of the value and what is wrong; `record` reads an object by a table of
 * readers, one per field (`Fields<T>`, typed against the object's type in register-types.ts).
 */
import { LOCALES } from './register-types.js';
import type { Locale, Term } from './register-types.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Thrown by a reader to stop checking one item; register-validate.ts catches it. */
export class Invalid extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Stops checking the current item: `field` (a path inside it) is wrong, as `message` says. */
export function fail(field: string, message: string): never {
  throw new Invalid(field, message);
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

export const object = (value: unknown, field: string): Json => (isObject(value) ? value : fail(field, 'must be an object'));

export function list(value: unknown, field: string, nonEmpty = false): unknown[] {
  if (!Array.isArray(value)) fail(field, 'must be a list');
  if (nonEmpty && !value.length) fail(field, 'must hold at least 1 item');
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
  typeof value === 'boolean' ? value : fail(field, 'must be true or false');

export const matching =
  (pattern: RegExp, message: string): Reader<string> =>
  (value, field) =>
    typeof value === 'string' && pattern.test(value) ? value : fail(field, message);

export const text = matching(/\S/, 'must be a non-empty text');
export const slug = matching(SLUG, 'must be a lower-case slug');

/** Whether `value` is one of `known` (a list, a set, or the keys of a map). */
export function isKnown<T>(known: readonly T[] | ReadonlySet<T> | ReadonlyMap<T, unknown>, value: unknown): value is T {
  return Array.isArray(known) ? known.includes(value) : (known as ReadonlySet<unknown>).has(value);
}

/** A non-empty text of at most `max` characters (counted by code point, as JSON Schema's maxLength does). */
export const shortText =
  (max: number): Reader<string> =>
  (value, field) => {
    const checked = text(value, field, {});
    return [...checked].length <= max ? checked : fail(field, `must be at most ${max} characters`);
  };

/** One of the ids in `known`, named `what` in the message. */
export const oneOf =
  <T>(known: readonly T[] | ReadonlySet<T> | ReadonlyMap<T, unknown>, what: string): Reader<T> =>
  (value, field) =>
    isKnown(known, value) ? value : fail(field, `unknown ${what} ${JSON.stringify(value)}`);

/** Leaves a field out when it is absent. */
export const optional =
  <T, Item>(read: Reader<T, Item>): Reader<T | undefined, Item> =>
  (value, field, item) =>
    value === undefined ? undefined : read(value, field, item);

/** A list whose items each pass `read`; `unique` drops repeated items. */
export const listOf =
  <T>(read: Reader<T>, { nonEmpty = false, unique = false } = {}): Reader<T[]> =>
  (value, field) => {
    const items = list(value, field, nonEmpty).map((each, i) => read(each, `${field}[${i}]`, {}));
    return unique ? [...new Set(items)] : items;
  };

/** An id the document defines in its vocabulary `vocabulary` (`known`). */
export const definedIn =
  <T>(known: ReadonlySet<T> | ReadonlyMap<T, unknown>, vocabulary: string): Reader<T> =>
  (value, field) =>
    isKnown(known, value) ? value : fail(field, `${JSON.stringify(value)} is not defined in ${vocabulary}`);

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
    return Object.keys(values).length ? values : fail(field, 'must hold at least one language');
  };

/** A vocabulary: every term valid and every id unique, or the whole document fails. */
export const vocabulary =
  <T extends Term>(read: Reader<T>, nonEmpty = false): Reader<T[]> =>
  (value, field) => {
    const first = new Map<string, number>();
    return list(value, field, nonEmpty).map((each, i) => {
      const term = read(each, `${field}[${i}]`, {});
      const seen = first.get(term.id);
      if (seen !== undefined) fail(`${field}[${i}].id`, `duplicate id in ${field} (also ${field}[${seen}])`);
      first.set(term.id, i);
      return term;
    });
  };
