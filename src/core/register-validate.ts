/**
 * Runtime validation of a register document, by hand (no Ajv in the browser bundle).
 *
 * It mirrors register/register.schema.json, with three deliberate differences. Two keep an older script
 * working with a newer register: ids of groups, types, topics, audiences and regions are checked against
 * the document's own vocabularies (not the schema's closed lists), and unknown properties are dropped
 * rather than refused. The third: fields the widgets never show or search (provenance such as a helpline's
 * `source`, the document's `license`; see register-types.ts) are neither required nor kept; publishing
 * checks them (`npm run register:check`). What it returns is a fresh, deeply frozen copy holding only the
 * fields the widgets read.
 *
 * A document that fails as a whole (not an object, a missing or broken vocabulary, no entries array…)
 * is refused. An entry or helpline that fails is skipped on its own, and a helpline channel that cannot
 * be turned into a safe link is dropped on its own: each is reported once as a `RegisterProblem`.
 *
 * Each kind of object is described by a table of its fields (`Fields<T>`, typed against the contract in
 * register-types.ts): which fields it keeps, in which order, and the reader that checks each one.
 * `record` reads an object by its table.
 */
import { CHANNEL_TYPES, LOCALES, SECTIONS } from './register-types.js';
import type {
  Channel,
  Entry,
  Group,
  Helpline,
  Locale,
  OpeningHours,
  Register,
  Section,
  SectionId,
  Term,
  Topic,
} from './register-types.js';
import { mailtoUrl, safeWebUrl, telUrl } from './safe-url.js';

/** One skipped entry or helpline, or one dropped helpline channel (`kind`), or a whole-document failure. */
export interface RegisterProblem {
  /** The entry's or helpline's id (`entries[3]` when it has none); `register` for the whole document. */
  id: string;
  /** The field that failed, as a path inside the item: `url`, `topics[1]`, `channels[0].value`. */
  field: string;
  /** What is wrong, in plain English (for developers: it goes to the console, not to the page). */
  message: string;
  /** What was left out because of it. */
  kind?: 'register' | 'entry' | 'helpline' | 'channel';
}

export type ValidationResult =
  | { ok: true; register: Register; problems: RegisterProblem[] }
  | { ok: false; problem: RegisterProblem };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const VERSION = /^[0-9]+\.[0-9]+\.[0-9]+$/;
const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const PUBLISHED = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Thrown inside this module to stop checking one item; never escapes it. */
class Invalid extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Stops checking the current item: `field` (a path inside it) is wrong, as `message` says. */
function fail(field: string, message: string): never {
  throw new Invalid(field, message);
}

type Json = Record<string, unknown>;

/**
 * Checks one field and returns what to keep of it (undefined: nothing), or fails. `value` is what the
 * document holds at the path `field`; `item` is what is kept so far of the object being read (`Item`).
 */
type Reader<T, Item = unknown> = (value: unknown, field: string, item: Partial<Item>) => T;

/**
 * The table of a kind of object: each of its fields with the reader that checks it, in the order the fields
 * are checked and kept. Every field of `T` must be there, and its reader must give that field's type.
 */
type Fields<T> = { readonly [K in keyof Required<T>]: Reader<T[K], T> };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const object = (value: unknown, field: string): Json => (isObject(value) ? value : fail(field, 'must be an object'));

function list(value: unknown, field: string, nonEmpty = false): unknown[] {
  if (!Array.isArray(value)) fail(field, 'must be a list');
  if (nonEmpty && !value.length) fail(field, 'must hold at least 1 item');
  return value;
}

/**
 * `source` read by the table `fields`, field by field in `order` (by default the table's order), and kept
 * in the table's order. Field paths start with `path.` (none at the top of an item).
 */
function record<T extends object>(source: Json, fields: Fields<T>, path: string, order?: readonly (keyof T)[]): T {
  const names = Object.keys(fields) as (keyof T & string)[];
  const read: Partial<T> = {};
  for (const name of order ?? names) {
    const value = fields[name](source[name as string], path ? `${path}.${String(name)}` : String(name), read);
    if (value !== undefined) read[name] = value;
  }
  const item: Partial<T> = {};
  for (const name of names) if (read[name] !== undefined) item[name] = read[name];
  // Each required field's reader returned a value or failed, so every required field is there.
  return item as T;
}

// Readers, and functions that make them.

const boolean: Reader<boolean> = (value, field) =>
  typeof value === 'boolean' ? value : fail(field, 'must be true or false');

const matching =
  (pattern: RegExp, message: string): Reader<string> =>
  (value, field) =>
    typeof value === 'string' && pattern.test(value) ? value : fail(field, message);

const text = matching(/\S/, 'must be a non-empty text');
const slug = matching(SLUG, 'must be a lower-case slug');

/** Whether `value` is one of `known` (a list, a set, or the keys of a map). */
function isKnown<T>(known: readonly T[] | ReadonlySet<T> | ReadonlyMap<T, unknown>, value: unknown): value is T {
  return Array.isArray(known) ? known.includes(value) : (known as ReadonlySet<unknown>).has(value);
}

/** One of the ids in `known`, named `what` in the message. */
const oneOf =
  <T>(known: readonly T[] | ReadonlySet<T> | ReadonlyMap<T, unknown>, what: string): Reader<T> =>
  (value, field) =>
    isKnown(known, value) ? value : fail(field, `unknown ${what} ${JSON.stringify(value)}`);

/** Leaves a field out when it is absent. */
const optional =
  <T, Item>(read: Reader<T, Item>): Reader<T | undefined, Item> =>
  (value, field, item) =>
    value === undefined ? undefined : read(value, field, item);

/** A list whose items each pass `read`; `unique` drops repeated items. */
const listOf =
  <T>(read: Reader<T>, { nonEmpty = false, unique = false } = {}): Reader<T[]> =>
  (value, field) => {
    const items = list(value, field, nonEmpty).map((each, i) => read(each, `${field}[${i}]`, {}));
    return unique ? [...new Set(items)] : items;
  };

/** A list of ids, each one of `known`; duplicates removed. */
const ids = <T>(known: ReadonlySet<T> | ReadonlyMap<T, unknown>, what: string, nonEmpty = false): Reader<T[]> =>
  listOf(oneOf(known, what), { nonEmpty, unique: true });

/** An object read by the table `fields`. */
const recordOf =
  <T extends object>(fields: Fields<T>): Reader<T> =>
  (value, field) =>
    record(object(value, field), fields, field);

/** One value per locale, each passing `read`. */
const localized =
  <T>(read: Reader<T>): Reader<Record<Locale, T>> =>
  (value, field) => {
    const source = object(value, field);
    const values: Partial<Record<Locale, T>> = {};
    for (const locale of LOCALES) values[locale] = read(source[locale], `${field}.${locale}`, {});
    return values as Record<Locale, T>;
  };

/** A vocabulary: every term valid and every id unique, or the whole document fails. */
const vocabulary =
  <T extends Term>(read: Reader<T>, nonEmpty = false): Reader<T[]> =>
  (value, field) => {
    const seen = new Set<string>();
    return list(value, field, nonEmpty).map((each, i) => {
      const term = read(each, `${field}[${i}]`, {});
      if (seen.has(term.id)) fail(`${field}[${i}].id`, `duplicate id ${JSON.stringify(term.id)}`);
      seen.add(term.id);
      return term;
    });
  };

const TERM: Fields<Term> = {
  id: slug,
  labels: localized(text),
};

/** A section: a term whose id, once its labels are checked, must be one of the sections the widgets know. */
const section: Reader<Section> = (value, field) => {
  const term = recordOf(TERM)(value, field, {});
  return { ...term, id: oneOf(SECTIONS, 'section')(term.id, `${field}.id`, {}) };
};

const GROUP: Fields<Group> = {
  ...TERM,
  section: oneOf(SECTIONS, 'section'),
};

const TOPIC: Fields<Topic> = {
  ...TERM,
  synonyms: localized(listOf(text, { nonEmpty: true })),
};

/** The register as its outer fields are read: `entries` and `helplines` are then read item by item. */
type Outline = Omit<Register, 'entries' | 'helplines'> & { entries: unknown[]; helplines: unknown[] };

const OUTLINE: Fields<Outline> = {
  version: matching(VERSION, 'must be MAJOR.MINOR.PATCH'),
  updated: matching(DATE, 'must be a date YYYY-MM-DD'),
  sections: vocabulary(section, true),
  groups: vocabulary(recordOf(GROUP), true),
  types: vocabulary(recordOf(TERM), true),
  audiences: vocabulary(recordOf(TERM)),
  regions: vocabulary(recordOf(TERM)),
  topics: vocabulary(recordOf(TOPIC), true),
  entries: (value, field) => list(value, field),
  helplines: (value, field) => list(value, field),
};

const PHONE: readonly string[] = ['phone', 'sms'];
/** The last six digits of a phone number, to compare its two forms. */
const lastDigits = (phone: string): string => phone.replace(/\D/g, '').slice(-6);

const weekday: Reader<number> = (day, field) =>
  typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= 7
    ? day
    : fail(field, 'must be a weekday number from 1 (Monday) to 7 (Sunday)');

const OPENING_HOURS: Fields<OpeningHours> = {
  days: listOf(weekday, { nonEmpty: true, unique: true }),
  opens: matching(TIME, 'must be HH:MM'),
  closes: matching(TIME, 'must be HH:MM'),
};

/** A channel that can be offered as a safe link (tel:, mailto:, http(s):). */
const CHANNEL: Fields<Channel> = {
  type: oneOf(CHANNEL_TYPES, 'channel type'),
  value: (value, field, { type }) => {
    if (typeof value !== 'string' || !value.trim()) fail(field, 'missing');
    const trimmed = value.trim();
    const phone = PHONE.includes(type!);
    if (!(phone ? telUrl(trimmed) : type === 'email' ? mailtoUrl(trimmed) : safeWebUrl(trimmed))) {
      const expected = phone
        ? 'a short number or a number in international form (+32…)'
        : type === 'email'
          ? 'an e-mail address'
          : 'an absolute http: or https: URL';
      fail(field, `${JSON.stringify(trimmed)} is not ${expected}`);
    }
    return trimmed;
  },
  display: optional((display, field, { type, value }) => {
    if (typeof display !== 'string' || !/^[0-9+ ./()-]{3,24}$/.test(display)) {
      fail(field, 'must be a phone number as written (digits, spaces, + . / - ( ))');
    }
    if (!PHONE.includes(type!)) fail(field, 'is only for phone and sms channels');
    if (lastDigits(display) !== lastDigits(value!)) fail(field, `${JSON.stringify(display)} is not the number ${value!}`);
    return display;
  }),
  free: optional(boolean),
  hours: optional(listOf(recordOf(OPENING_HOURS), { nonEmpty: true })),
};

/** The ids of the document's vocabularies, each group with its section. */
interface Vocabularies {
  sections: ReadonlySet<SectionId>;
  groups: ReadonlyMap<string, SectionId>;
  types: ReadonlySet<string>;
  audiences: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

function vocabularies(outline: Outline): Vocabularies {
  const idsOf = <T extends string>(terms: readonly { id: T }[]) => new Set(terms.map((term) => term.id));
  return {
    sections: idsOf(outline.sections),
    groups: new Map(outline.groups.map((group) => [group.id, group.section])),
    types: idsOf(outline.types),
    audiences: idsOf(outline.audiences),
    regions: idsOf(outline.regions),
    topics: idsOf(outline.topics),
  };
}

/** An entry's fields, against the document's vocabularies. */
function entryFields(known: Vocabularies): Fields<Entry> {
  return {
    id: slug,
    section: oneOf(known.sections, 'section'),
    group: (value, field, { section }) => {
      const group = oneOf(known.groups, 'group')(value, field, {});
      const groupSection = known.groups.get(group);
      if (groupSection !== section) fail(field, `group "${group}" belongs to section "${groupSection}"`);
      return group;
    },
    type: oneOf(known.types, 'type'),
    title: text,
    languages: ids(new Set(LOCALES), 'language', true),
    topics: ids(known.topics, 'topic', true),
    url: (url, field) => {
      if (url === undefined) fail(field, 'missing');
      if (typeof url !== 'string' || !safeWebUrl(url) || /\s/.test(url.trim())) {
        fail(field, 'not an absolute http: or https: URL');
      }
      return url.trim();
    },
    authors: optional((value, field) => {
      const authors = listOf(text)(value, field, {});
      return authors.length ? authors : undefined;
    }),
    publisher: optional(text),
    published: optional(matching(PUBLISHED, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
    audiences: optional(ids(known.audiences, 'audience')),
  };
}

/** The order an entry's fields are checked in: its URL right after its title, before the lists. */
const ENTRY_ORDER: readonly (keyof Entry)[] = [
  'id', 'section', 'group', 'type', 'title', 'url', 'languages', 'topics', 'authors', 'publisher', 'published', 'audiences',
];

/** A helpline's fields, against the document's vocabularies; a channel that fails is dropped through `drop`. */
function helplineFields(known: Vocabularies, drop: (error: unknown, id: string) => void): Fields<Helpline> {
  return {
    id: slug,
    name: text,
    description: localized(text),
    channels: (value, field, { id }) => {
      const channels: Channel[] = [];
      list(value, field, true).forEach((channel, i) => {
        try {
          channels.push(recordOf(CHANNEL)(channel, `${field}[${i}]`, {}));
        } catch (error) {
          drop(error, id!);
        }
      });
      return channels.length ? channels : fail(field, 'no channel that can be offered as a link');
    },
    audiences: ids(known.audiences, 'audience'),
    regions: ids(known.regions, 'region', true),
    topics: ids(known.topics, 'topic'),
    emergency: boolean,
  };
}

/** Adds `error` to `problems` as the reason why `kind` `id` is left out; rethrows anything but Invalid. */
function report(problems: RegisterProblem[], error: unknown, id: string, kind: 'entry' | 'helpline' | 'channel'): void {
  if (!(error instanceof Invalid)) throw error;
  problems.push({ id, field: error.field, message: `${kind} ${kind === 'channel' ? 'dropped' : 'skipped'}: ${error.message}`, kind });
}

/** Freezes `value` and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The items of `sources` read by `fields` (in `order`): those that fail, and later duplicates of an id, are
 * skipped and reported in `problems` as `kind`s of the list `name`. `dropped` collects what the item being
 * read loses on its own (its channels): it is reported only if the item is kept.
 */
function readItems<T extends { id: string }>(
  sources: unknown[],
  name: 'entries' | 'helplines',
  kind: 'entry' | 'helpline',
  fields: Fields<T>,
  problems: RegisterProblem[],
  dropped: RegisterProblem[],
  order?: readonly (keyof T)[],
): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  sources.forEach((source, i) => {
    dropped.length = 0;
    try {
      const item = record(object(source, kind), fields, '', order);
      if (seen.has(item.id)) fail('id', `duplicate id; the first ${kind} with this id is kept`);
      seen.add(item.id);
      kept.push(item);
      problems.push(...dropped);
    } catch (error) {
      const id = isObject(source) && typeof source.id === 'string' && source.id.trim() ? source.id : `${name}[${i}]`;
      report(problems, error, id, kind);
    }
  });
  return kept;
}

/**
 * Validates and sanitises a parsed register document. Never throws: a document that fails as a whole
 * gives `{ ok: false, problem }`; otherwise `register` holds the valid entries and helplines only.
 */
export function validateRegister(value: unknown): ValidationResult {
  try {
    const outline = record(object(value, '(document)'), OUTLINE, '');
    const known = vocabularies(outline);
    const problems: RegisterProblem[] = [];
    /** The channels dropped from the helpline being read. */
    const dropped: RegisterProblem[] = [];
    const drop = (error: unknown, id: string) => report(dropped, error, id, 'channel');
    const register: Register = {
      ...outline,
      entries: readItems(outline.entries, 'entries', 'entry', entryFields(known), problems, dropped, ENTRY_ORDER),
      helplines: readItems(outline.helplines, 'helplines', 'helpline', helplineFields(known, drop), problems, dropped),
    };
    return { ok: true, register: deepFreeze(register), problems };
  } catch (error) {
    // Anything but Invalid is a bug here, which must not break a partner page: an invalid document too.
    const invalid = error instanceof Invalid;
    const problem: RegisterProblem = {
      id: 'register',
      field: invalid ? error.field : '(document)',
      message: invalid ? error.message : String(error),
      kind: 'register',
    };
    return { ok: false, problem };
  }
}
