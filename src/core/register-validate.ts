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
 * `registerFaults` reads a document with the same tables but notes every field that fails, not only the
 * first of each item: `npm run register:check` runs it (through esbuild) next to the JSON Schema, so a rule
 * the widgets apply is written once, here.
 *
 * Each kind of object is described by a table of its fields (`Fields<T>`, typed against the contract in
 * register-types.ts): which fields it keeps, in which order, and the reader that checks each one.
 * `record` reads an object by its table (register-readers.ts).
 */
import { CHANNEL_TYPES, KEYWORD_MAX_LENGTH, LOCALES, SECTIONS, SUMMARY_MAX_LENGTH } from './register-types.js';
import type {
  Channel,
  Entry,
  Group,
  Helpline,
  OpeningHours,
  Register,
  Section,
  SectionId,
  Term,
  Topic,
} from './register-types.js';
import {
  Invalid,
  boolean,
  deepFreeze,
  definedIn,
  fail,
  ids,
  isObject,
  list,
  listOf,
  localized,
  matching,
  maxLength,
  object,
  oneOf,
  optional,
  record,
  recordOf,
  shortText,
  slug as anySlug,
  someLocales,
  vocabulary,
  withPlain,
  readItems,
  type Fields,
  type ItemReport,
  type Params,
  type Reader,
} from './register-readers.js';
import { mailtoUrl, safeWebUrl, telUrl } from './safe-url.js';
import { runNow, type Steps } from './slices.js';

export { deepFreeze } from './register-readers.js';

/**
 * The longest text and the longest lists a register may hold (register.schema.json says the same): far above
 * what a real register needs, low enough that a hostile or broken one cannot stall the page.
 */
export const LIMITS = {
  /** Characters: ids; every other text (titles, labels, synonyms, names, descriptions); URLs and channels. */
  id: 100,
  text: 1000,
  url: 2048,
  /** Items. */
  entries: 50000,
  helplines: 1000,
  vocabulary: 500,
  synonyms: 100,
  authors: 50,
  channels: 20,
  hours: 14,
} as const;

const text = shortText(LIMITS.text);
const slug = maxLength(anySlug, LIMITS.id);

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

/** A field that fails, for `npm run register:check`: its path in the document and what is wrong. */
export interface RegisterFault {
  /** `version`, `topics[0].labels.de`, `entries[3].topics[1]`, `helplines[0].channels[2].value`, `entries[4]`. */
  path: string;
  /** In English. */
  message: string;
  /** The same, for a tool to word in another language: a stable key (`maxLength`, `url`…) and its values. */
  code?: string;
  params?: Params;
}

export type ValidationResult =
  | { ok: true; register: Register; problems: RegisterProblem[] }
  | { ok: false; problem: RegisterProblem };

const VERSION = /^[0-9]+\.[0-9]+\.[0-9]+$/;
const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const PUBLISHED = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

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
  synonyms: localized(listOf(text, { nonEmpty: true, max: LIMITS.synonyms })),
};

/** The register as its outer fields are read: `entries` and `helplines` are then read item by item. */
type Outline = Omit<Register, 'entries' | 'helplines'> & { entries: unknown[]; helplines: unknown[] };

const OUTLINE: Fields<Outline> = {
  version: matching(VERSION, 'must be MAJOR.MINOR.PATCH', 'version'),
  updated: matching(DATE, 'must be a date YYYY-MM-DD', 'updated'),
  sections: vocabulary(section, true, LIMITS.vocabulary),
  groups: vocabulary(recordOf(GROUP), true, LIMITS.vocabulary),
  types: vocabulary(recordOf(TERM), true, LIMITS.vocabulary),
  audiences: vocabulary(recordOf(TERM), false, LIMITS.vocabulary),
  regions: vocabulary(recordOf(TERM), false, LIMITS.vocabulary),
  topics: vocabulary(recordOf(TOPIC), true, LIMITS.vocabulary),
  entries: (value, field) => list(value, field, false, LIMITS.entries),
  helplines: (value, field) => list(value, field, false, LIMITS.helplines),
};

const PHONE: readonly string[] = ['phone', 'sms'];
/** The last six digits of a phone number, to compare its two forms. */
const lastDigits = (phone: string): string => phone.replace(/\D/g, '').slice(-6);

const weekday: Reader<number> = (day, field) =>
  typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= 7
    ? day
    : fail(field, 'must be a weekday number from 1 (Monday) to 7 (Sunday)', 'weekday');

const OPENING_HOURS: Fields<OpeningHours> = {
  days: listOf(weekday, { nonEmpty: true, unique: true }),
  opens: matching(TIME, 'must be HH:MM', 'time'),
  closes: matching(TIME, 'must be HH:MM', 'time'),
};

/** The one rule for every web address of the register (entry URLs, chat and web channels, their language versions). */
const isWebUrl = (url: string): boolean => !!safeWebUrl(url) && !/\s/.test(url.trim());

/** A web address, trimmed. */
const webUrl: Reader<string> = maxLength((url, field) => {
  if (url === undefined) fail(field, 'missing', 'missing');
  if (typeof url !== 'string' || !isWebUrl(url)) fail(field, 'not an absolute http: or https: URL', 'url');
  return url.trim();
}, LIMITS.url);

/** A channel that can be offered as a safe link (tel:, mailto:, http(s):). */
const CHANNEL: Fields<Channel> = {
  type: oneOf(CHANNEL_TYPES, 'channel type'),
  value: maxLength((value, field, { type }) => {
    if (typeof value !== 'string' || !value.trim()) fail(field, 'missing', 'missing');
    const trimmed = value.trim();
    const phone = PHONE.includes(type!);
    if (!(phone ? telUrl(trimmed) : type === 'email' ? mailtoUrl(trimmed) : isWebUrl(trimmed))) {
      const expected = phone
        ? 'a short number or a number in international form (+32…)'
        : type === 'email'
          ? 'an e-mail address'
          : 'an absolute http: or https: URL';
      fail(field, `${JSON.stringify(trimmed)} is not ${expected}`, 'channel');
    }
    return trimmed;
  }, LIMITS.url),
  values: (values, field, item) => {
    if (values !== undefined && item.type !== 'chat' && item.type !== 'web') fail(field, 'is only for chat and web channels', 'webOnly');
    return withPlain<Channel>(webUrl, (channel) => channel.value, 'value')(values, field, item);
  },
  labels: (labels, field, item) => {
    if (labels !== undefined && item.type !== 'chat' && item.type !== 'web') fail(field, 'is only for chat and web channels', 'webOnly');
    return optional(someLocales(text))(labels, field, item);
  },
  display: optional((display, field, { type, value }) => {
    if (typeof display !== 'string' || !/^[0-9+ ./()-]{3,24}$/.test(display)) {
      fail(field, 'must be a phone number as written (digits, spaces, + . / - ( ))', 'display');
    }
    if (!PHONE.includes(type!)) fail(field, 'is only for phone and sms channels', 'displayType');
    if (lastDigits(display) !== lastDigits(value!)) fail(field, `${JSON.stringify(display)} is not the number ${value!}`, 'displayNumber');
    return display;
  }),
  free: optional(boolean),
  hours: optional(listOf(recordOf(OPENING_HOURS), { nonEmpty: true, max: LIMITS.hours })),
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
    section: definedIn(known.sections, 'sections'),
    group: (value, field, { section }) => {
      const group = definedIn(known.groups, 'groups')(value, field, {});
      const groupSection = known.groups.get(group);
      if (section !== undefined && groupSection !== section) {
        fail(field, `group "${group}" belongs to section "${groupSection}", not "${section}"`, 'groupSection');
      }
      return group;
    },
    type: definedIn(known.types, 'types'),
    title: text,
    languages: listOf(oneOf(LOCALES, 'language'), { nonEmpty: true, unique: true }),
    topics: ids(known.topics, 'topics', true),
    url: webUrl,
    urls: withPlain<Entry>(webUrl, (entry) => entry.url, 'url'),
    authors: optional((value, field) => {
      const authors = listOf(text, { max: LIMITS.authors })(value, field, {});
      return authors.length ? authors : undefined;
    }),
    publisher: optional(text),
    published: optional(matching(PUBLISHED, 'must be YYYY, YYYY-MM or YYYY-MM-DD', 'published')),
    audiences: optional(ids(known.audiences, 'audiences')),
    summary: optional(localized(shortText(SUMMARY_MAX_LENGTH))),
    keywords: optional(someLocales(listOf(shortText(KEYWORD_MAX_LENGTH), { nonEmpty: true, unique: true }))),
  };
}

/** The order an entry's fields are checked in: its URL right after its title, before the lists. */
const ENTRY_ORDER: readonly (keyof Entry)[] = [
  'id', 'section', 'group', 'type', 'title', 'url', 'urls', 'languages', 'topics', 'authors', 'publisher', 'published', 'audiences',
  'summary', 'keywords',
];

/** A helpline's fields, against the document's vocabularies; a channel that fails is dropped through `drop`. */
function helplineFields(known: Vocabularies, drop: (error: unknown) => void): Fields<Helpline> {
  return {
    id: slug,
    name: text,
    names: withPlain<Helpline>(text, (helpline) => helpline.name, 'name'),
    description: localized(text),
    channels: (value, field) => {
      const channels: Channel[] = [];
      list(value, field, true, LIMITS.channels).forEach((channel, i) => {
        try {
          channels.push(recordOf(CHANNEL)(channel, `${field}[${i}]`, {}));
        } catch (error) {
          drop(error);
        }
      });
      return channels.length ? channels : fail(field, 'no channel that can be offered as a link', 'noChannel');
    },
    audiences: ids(known.audiences, 'audiences'),
    regions: ids(known.regions, 'regions', true),
    topics: ids(known.topics, 'topics'),
    emergency: boolean,
  };
}

/** Adds `error` to `problems` as the reason why `kind` `id` is left out; rethrows anything but Invalid. */
function report(problems: RegisterProblem[], error: unknown, id: string, kind: 'entry' | 'helpline' | 'channel'): void {
  if (!(error instanceof Invalid)) throw error;
  problems.push({ id, field: error.field, message: `${kind} ${kind === 'channel' ? 'dropped' : 'skipped'}: ${error.message}`, kind });
}

/** The readers of the entries and of the helplines of a register whose outline is valid. */
function itemReaders(outline: Outline) {
  const known = vocabularies(outline);
  return {
    entries: (reportItem: ItemReport) =>
      readItems(outline.entries, 'entries', 'entry', () => entryFields(known), reportItem, ENTRY_ORDER),
    helplines: (reportItem: ItemReport) =>
      readItems(outline.helplines, 'helplines', 'helpline', (drop) => helplineFields(known, drop), reportItem),
  };
}

/**
 * Validates and sanitises a parsed register document. Never throws: a document that fails as a whole
 * gives `{ ok: false, problem }`; otherwise `register` holds the valid entries and helplines only.
 */
export function validateRegister(value: unknown): ValidationResult {
  return runNow(validationSteps(value));
}

/** `validateRegister` as work that pauses after each entry and helpline (run it with slices.ts). */
export function* validationSteps(value: unknown): Steps<ValidationResult> {
  try {
    const outline = record(object(value, '(document)'), OUTLINE, '');
    const { entries, helplines } = itemReaders(outline);
    const problems: RegisterProblem[] = [];
    /** Reports the first fault of an item that is left out, or the channels a kept item lost. */
    const reportItem =
      (name: string, kind: 'entry' | 'helpline'): ItemReport =>
      (index, source, faults, dropped) => {
        const own = isObject(source) && typeof source.id === 'string' && source.id.trim() ? source.id : '';
        const id = own && own.length <= LIMITS.id ? own : `${name}[${index}]`;
        if (faults.length) report(problems, faults[0], id, kind);
        else for (const channel of dropped) report(problems, channel, id, 'channel');
      };
    const register: Register = {
      ...outline,
      entries: yield* entries(reportItem('entries', 'entry')),
      helplines: yield* helplines(reportItem('helplines', 'helpline')),
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

/**
 * Every field of a parsed register document that fails, for `npm run register:check`: each failing outer
 * field (the vocabularies…); when there is none, each failing field of each entry and helpline, each
 * duplicate id and each dropped channel. Nested values (a list, a channel) give their first fault only.
 */
export function registerFaults(value: unknown): RegisterFault[] {
  const found: RegisterFault[] = [];
  const note = (error: Invalid, path = error.field) => found.push({ path, message: error.message, code: error.code, params: error.params });
  const outlineFaults: Invalid[] = [];
  try {
    const outline = record(object(value, '(document)'), OUTLINE, '', { faults: outlineFaults });
    if (outlineFaults.length) {
      for (const fault of outlineFaults) note(fault);
      return found;
    }
    const { entries, helplines } = itemReaders(outline);
    const reportItem =
      (name: string, kind: string): ItemReport =>
      (index, _source, faults, dropped) => {
        for (const fault of [...faults, ...dropped]) {
          note(fault, fault.field === kind ? `${name}[${index}]` : `${name}[${index}].${fault.field}`);
        }
      };
    runNow(entries(reportItem('entries', 'entry')));
    runNow(helplines(reportItem('helplines', 'helpline')));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    note(error);
  }
  return found;
}
