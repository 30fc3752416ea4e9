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
 * Each kind of object is described by a table of its fields (`Fields`): which fields it keeps, in which
 * order they are checked, and the reader that checks each one. `record` reads an object by its table.
 */
import { LOCALES, SECTIONS } from './register-types.js';
import type { Register, Term } from './register-types.js';
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
 * Checks one field: `value` is what the document holds at the path `field`; `item` is what is kept of
 * the object so far (the fields before this one). Returns what to keep, or undefined to keep nothing.
 */
type Read = (value: unknown, field: string, item: Json) => unknown;

/** An object's fields in the order they are checked (and kept), each with its reader. */
type Fields = [name: string, read: Read][];

/** Ids a value may take: a Set, or a Map by id. */
type Known = { has(id: unknown): boolean };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const object = (value: unknown, field: string): Json => (isObject(value) ? value : fail(field, 'must be an object'));

function list(value: unknown, field: string, nonEmpty?: boolean): unknown[] {
  if (!Array.isArray(value)) fail(field, 'must be a list');
  if (nonEmpty && !value.length) fail(field, 'must hold at least 1 item');
  return value;
}

/** `fields` read from `source`; their paths start with `path.` (none at the top of an item). */
function record(source: Json, fields: Fields, path: string): Json {
  const item: Json = {};
  for (const [name, read] of fields) {
    const value = read(source[name], path ? `${path}.${name}` : name, item);
    if (value !== undefined) item[name] = value;
  }
  return item;
}

// Readers, and functions that make them.

const boolean: Read = (value, field) => (typeof value === 'boolean' ? value : fail(field, 'must be true or false'));

const matching =
  (pattern: RegExp, message: string): Read =>
  (value, field) =>
    typeof value === 'string' && pattern.test(value) ? value : fail(field, message);

const text = matching(/\S/, 'must be a non-empty text');
const slug = matching(SLUG, 'must be a lower-case slug');

/** One of the ids in `known`, named `what` in the message. */
const oneOf =
  (known: Known, what: string): Read =>
  (value, field) =>
    typeof value === 'string' && known.has(value) ? value : fail(field, `unknown ${what} ${JSON.stringify(value)}`);

/** Leaves a field out when it is absent. */
const optional =
  (read: Read): Read =>
  (value, field, item) =>
    value === undefined ? undefined : read(value, field, item);

/** A list whose items each pass `read`; `unique` drops repeated items. */
const listOf =
  (read: Read, nonEmpty?: boolean, unique?: boolean): Read =>
  (value, field, item) => {
    const items = list(value, field, nonEmpty).map((each, i) => read(each, `${field}[${i}]`, item));
    return unique ? [...new Set(items)] : items;
  };

/** A list of ids, each one of `known`; duplicates removed. */
const ids = (known: Known, what: string, nonEmpty?: boolean): Read => listOf(oneOf(known, what), nonEmpty, true);

/** An object with `fields`. */
const recordOf =
  (fields: Fields): Read =>
  (value, field) =>
    record(object(value, field), fields, field);

/** One value per locale, each passing `read`. */
const localized = (read: Read): Read => recordOf(LOCALES.map((locale) => [locale, read]));

/** A vocabulary: every term valid and every id unique, or the whole document fails. */
const vocabulary =
  (read: Read, nonEmpty?: boolean): Read =>
  (value, field) => {
    const seen = new Set<unknown>();
    return list(value, field, nonEmpty).map((each, i) => {
      const term = read(each, `${field}[${i}]`, {}) as Term;
      if (seen.has(term.id)) fail(`${field}[${i}].id`, `duplicate id ${JSON.stringify(term.id)}`);
      seen.add(term.id);
      return term;
    });
  };

const SECTION_IDS: Known = new Set(SECTIONS);
const TERM: Fields = [
  ['id', slug],
  ['labels', localized(text)],
];

/** Checked as the register's outer fields; `entries` and `helplines` are then read item by item. */
const DOCUMENT: Fields = [
  ['version', matching(VERSION, 'must be MAJOR.MINOR.PATCH')],
  ['updated', matching(DATE, 'must be a date YYYY-MM-DD')],
  // A section's id is checked against the known sections only once its labels are.
  ['sections', vocabulary(recordOf([...TERM, ['id', oneOf(SECTION_IDS, 'section')]]), true)],
  ['groups', vocabulary(recordOf([...TERM, ['section', oneOf(SECTION_IDS, 'section')]]), true)],
  ['types', vocabulary(recordOf(TERM), true)],
  ['audiences', vocabulary(recordOf(TERM))],
  ['regions', vocabulary(recordOf(TERM))],
  ['topics', vocabulary(recordOf([...TERM, ['synonyms', localized(listOf(text, true))]]), true)],
  ['entries', (value, field) => list(value, field)],
  ['helplines', (value, field) => list(value, field)],
];

const PHONE = ['phone', 'sms'];
/** The last six digits of a phone number, to compare its two forms. */
const lastDigits = (phone: string): string => phone.replace(/\D/g, '').slice(-6);

/** A channel that can be offered as a safe link (tel:, mailto:, http(s):). */
const CHANNEL = recordOf([
  ['type', oneOf(new Set([...PHONE, 'chat', 'email', 'web']), 'channel type')],
  [
    'value',
    (value, field, { type }) => {
      if (typeof value !== 'string' || !value.trim()) fail(field, 'missing');
      const trimmed = value.trim();
      const phone = PHONE.includes(type as string);
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
  ],
  [
    'display',
    optional((display, field, { type, value }) => {
      if (typeof display !== 'string' || !/^[0-9+ ./()-]{3,24}$/.test(display)) {
        fail(field, 'must be a phone number as written (digits, spaces, + . / - ( ))');
      }
      if (!PHONE.includes(type as string)) fail(field, 'is only for phone and sms channels');
      if (lastDigits(display) !== lastDigits(value as string)) {
        fail(field, `${JSON.stringify(display)} is not the number ${value as string}`);
      }
      return display;
    }),
  ],
  ['free', optional(boolean)],
  [
    'hours',
    optional(
      listOf(
        recordOf([
          [
            'days',
            listOf(
              (day, field) =>
                Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 7
                  ? day
                  : fail(field, 'must be a weekday number from 1 (Monday) to 7 (Sunday)'),
              true,
              true,
            ),
          ],
          ['opens', matching(TIME, 'must be HH:MM')],
          ['closes', matching(TIME, 'must be HH:MM')],
        ]),
        true,
      ),
    ),
  ],
]);

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
 * Validates and sanitises a parsed register document. Never throws: a document that fails as a whole
 * gives `{ ok: false, problem }`; otherwise `register` holds the valid entries and helplines only.
 */
export function validateRegister(value: unknown): ValidationResult {
  try {
    const register = record(object(value, '(document)'), DOCUMENT, '');
    /** The ids of one of the document's vocabularies (with each group's section). */
    const known = (name: string) => new Map((register[name] as Json[]).map((term) => [term.id, term.section]));
    const groups = known('groups');
    const topics = known('topics');
    const audiences = known('audiences');
    const problems: RegisterProblem[] = [];
    /** The channels dropped from the helpline being read: reported only if the helpline is kept. */
    let dropped: RegisterProblem[] = [];

    /** Reads `register[name]` item by item, skipping (and reporting) failures and later duplicates of an id. */
    const items = (name: 'entries' | 'helplines', kind: 'entry' | 'helpline', fields: Fields): void => {
      const kept: Json[] = [];
      const seen = new Set<unknown>();
      (register[name] as unknown[]).forEach((source, i) => {
        dropped = [];
        try {
          const item = record(object(source, kind), fields, '');
          if (seen.has(item.id)) fail('id', `duplicate id; the first ${kind} with this id is kept`);
          seen.add(item.id);
          kept.push(item);
          problems.push(...dropped);
        } catch (error) {
          const id = isObject(source) && typeof source.id === 'string' && source.id.trim() ? source.id : `${name}[${i}]`;
          report(problems, error, id, kind);
        }
      });
      register[name] = kept;
    };

    items('entries', 'entry', [
      ['id', slug],
      ['section', oneOf(known('sections'), 'section')],
      [
        'group',
        (group, field, { section }) => {
          const groupSection = groups.get(group);
          if (!groupSection) fail(field, `unknown group ${JSON.stringify(group)}`);
          if (groupSection !== section) fail(field, `group "${group as string}" belongs to section "${groupSection as string}"`);
          return group;
        },
      ],
      ['type', oneOf(known('types'), 'type')],
      ['title', text],
      [
        // Checked here, kept after `topics` (below).
        'url',
        (url, field) => {
          if (url === undefined) fail(field, 'missing');
          if (typeof url !== 'string' || !safeWebUrl(url) || /\s/.test(url.trim())) {
            fail(field, 'not an absolute http: or https: URL');
          }
        },
      ],
      ['languages', ids(new Set(LOCALES), 'language', true)],
      ['topics', ids(topics, 'topic', true)],
      ['url', (url) => (url as string).trim()],
      [
        'authors',
        optional((value, field, item) => {
          const authors = listOf(text)(value, field, item) as string[];
          return authors.length ? authors : undefined;
        }),
      ],
      ['publisher', optional(text)],
      ['published', optional(matching(PUBLISHED, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))],
      ['audiences', optional(ids(audiences, 'audience'))],
    ]);
    items('helplines', 'helpline', [
      ['id', slug],
      ['name', text],
      ['description', localized(text)],
      [
        'channels',
        (value, field, { id }) => {
          const channels: unknown[] = [];
          list(value, field, true).forEach((channel, i) => {
            try {
              channels.push(CHANNEL(channel, `${field}[${i}]`, {}));
            } catch (error) {
              report(dropped, error, id as string, 'channel');
            }
          });
          return channels.length ? channels : fail(field, 'no channel that can be offered as a link');
        },
      ],
      ['audiences', ids(audiences, 'audience')],
      ['regions', ids(known('regions'), 'region', true)],
      ['topics', ids(topics, 'topic')],
      ['emergency', boolean],
    ]);
    return { ok: true, register: deepFreeze(register as unknown as Register), problems };
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
