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
 */
import { LOCALES, SECTIONS } from './register-types.js';
import type {
  Channel,
  ChannelType,
  Entry,
  Group,
  Helpline,
  Locale,
  Localized,
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

const CHANNEL_TYPES: readonly ChannelType[] = ['phone', 'sms', 'chat', 'email', 'web'];
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

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string => typeof value === 'string' && /\S/.test(value);

function object(value: unknown, field: string): Json {
  if (!isObject(value)) throw new Invalid(field, 'must be an object');
  return value;
}

function text(value: unknown, field: string): string {
  if (!isText(value)) throw new Invalid(field, 'must be a non-empty text');
  return value;
}

function optionalText(value: unknown, field: string): string | undefined {
  return value === undefined ? undefined : text(value, field);
}

function slug(value: unknown, field: string): string {
  if (typeof value !== 'string' || !SLUG.test(value)) throw new Invalid(field, 'must be a lower-case slug');
  return value;
}

function array(value: unknown, field: string, minItems = 0): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(field, 'must be a list');
  if (value.length < minItems) throw new Invalid(field, `must hold at least ${minItems} item${minItems > 1 ? 's' : ''}`);
  return value;
}

/** A list of ids, each one of `known`; duplicates removed. */
function idList(value: unknown, field: string, known: ReadonlySet<string>, what: string, minItems = 0): string[] {
  const ids = array(value, field, minItems).map((item, i) => {
    if (typeof item !== 'string' || !known.has(item)) throw new Invalid(`${field}[${i}]`, `unknown ${what} ${JSON.stringify(item)}`);
    return item;
  });
  return [...new Set(ids)];
}

function localized(value: unknown, field: string): Localized {
  const source = object(value, field);
  const result = {} as Localized;
  for (const locale of LOCALES) result[locale] = text(source[locale], `${field}.${locale}`);
  return result;
}

function term(value: unknown, field: string): Term {
  const source = object(value, field);
  return { id: slug(source.id, `${field}.id`), labels: localized(source.labels, `${field}.labels`) };
}

function section(value: unknown, field: string): Section {
  const result = term(value, field);
  if (!(SECTIONS as readonly string[]).includes(result.id)) {
    throw new Invalid(`${field}.id`, `unknown section ${JSON.stringify(result.id)}`);
  }
  return result as Section;
}

function group(value: unknown, field: string): Group {
  const result = term(value, field);
  const sectionId = (value as Json).section;
  if (typeof sectionId !== 'string' || !(SECTIONS as readonly string[]).includes(sectionId)) {
    throw new Invalid(`${field}.section`, `unknown section ${JSON.stringify(sectionId)}`);
  }
  return { ...result, section: sectionId as SectionId };
}

function topic(value: unknown, field: string): Topic {
  const result = term(value, field);
  const source = object((value as Json).synonyms, `${field}.synonyms`);
  const synonyms = {} as Record<Locale, string[]>;
  for (const locale of LOCALES) {
    synonyms[locale] = array(source[locale], `${field}.synonyms.${locale}`, 1).map((item, i) =>
      text(item, `${field}.synonyms.${locale}[${i}]`),
    );
  }
  return { ...result, synonyms };
}

/** A vocabulary: every term valid and every id unique, or the whole document fails. */
function vocabulary<T extends Term>(
  doc: Json,
  name: string,
  read: (value: unknown, field: string) => T,
  minItems: number,
): T[] {
  const seen = new Set<string>();
  return array(doc[name], name, minItems).map((item, i) => {
    const result = read(item, `${name}[${i}]`);
    if (seen.has(result.id)) throw new Invalid(`${name}[${i}].id`, `duplicate id ${JSON.stringify(result.id)}`);
    seen.add(result.id);
    return result;
  });
}

interface Vocabularies {
  sections: ReadonlySet<string>;
  groups: ReadonlyMap<string, SectionId>;
  types: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  audiences: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

const LOCALE_SET: ReadonlySet<string> = new Set(LOCALES);

function entry(source: Json, vocab: Vocabularies): Entry {
  const id = slug(source.id, 'id');
  const section = source.section;
  if (typeof section !== 'string' || !vocab.sections.has(section)) {
    throw new Invalid('section', `unknown section ${JSON.stringify(section)}`);
  }
  const groupId = source.group;
  const groupSection = typeof groupId === 'string' ? vocab.groups.get(groupId) : undefined;
  if (!groupSection) throw new Invalid('group', `unknown group ${JSON.stringify(groupId)}`);
  if (groupSection !== section) throw new Invalid('group', `group "${groupId}" belongs to section "${groupSection}"`);
  if (typeof source.type !== 'string' || !vocab.types.has(source.type)) {
    throw new Invalid('type', `unknown type ${JSON.stringify(source.type)}`);
  }
  const title = text(source.title, 'title');
  if (source.url === undefined) throw new Invalid('url', 'missing');
  if (typeof source.url !== 'string' || !safeWebUrl(source.url) || /\s/.test(source.url.trim())) {
    throw new Invalid('url', 'not an absolute http: or https: URL');
  }
  const result: Entry = {
    id,
    section: section as SectionId,
    group: groupId as string,
    type: source.type,
    title,
    languages: idList(source.languages, 'languages', LOCALE_SET, 'language', 1) as Locale[],
    topics: idList(source.topics, 'topics', vocab.topics, 'topic', 1),
    url: source.url.trim(),
  };
  if (source.authors !== undefined) {
    const authors = array(source.authors, 'authors').map((item, i) => text(item, `authors[${i}]`));
    if (authors.length) result.authors = authors;
  }
  const publisher = optionalText(source.publisher, 'publisher');
  if (publisher !== undefined) result.publisher = publisher;
  if (source.published !== undefined) {
    if (typeof source.published !== 'string' || !PUBLISHED.test(source.published)) {
      throw new Invalid('published', 'must be YYYY, YYYY-MM or YYYY-MM-DD');
    }
    result.published = source.published;
  }
  if (source.audiences !== undefined) {
    result.audiences = idList(source.audiences, 'audiences', vocab.audiences, 'audience');
  }
  return result;
}

function hours(value: unknown, field: string): OpeningHours[] {
  return array(value, field, 1).map((item, i) => {
    const source = object(item, `${field}[${i}]`);
    const days = array(source.days, `${field}[${i}].days`, 1).map((day, j) => {
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
        throw new Invalid(`${field}[${i}].days[${j}]`, 'must be a weekday number from 1 (Monday) to 7 (Sunday)');
      }
      return day;
    });
    const time = (name: 'opens' | 'closes'): string => {
      const v = source[name];
      if (typeof v !== 'string' || !TIME.test(v)) throw new Invalid(`${field}[${i}].${name}`, 'must be HH:MM');
      return v;
    };
    return { days: [...new Set(days)], opens: time('opens'), closes: time('closes') };
  });
}

/** A channel that can be offered as a safe link (tel:, mailto:, http(s):), or Invalid. */
function channel(value: unknown, field: string): Channel {
  const source = object(value, field);
  const type = source.type;
  if (typeof type !== 'string' || !(CHANNEL_TYPES as readonly string[]).includes(type)) {
    throw new Invalid(`${field}.type`, `unknown channel type ${JSON.stringify(type)}`);
  }
  const raw = source.value;
  if (typeof raw !== 'string' || !raw.trim()) throw new Invalid(`${field}.value`, 'missing');
  const trimmed = raw.trim();
  const linkable =
    type === 'phone' || type === 'sms' ? telUrl(trimmed) : type === 'email' ? mailtoUrl(trimmed) : safeWebUrl(trimmed);
  if (!linkable) {
    const expected =
      type === 'phone' || type === 'sms'
        ? 'a short number or a number in international form (+32…)'
        : type === 'email'
          ? 'an e-mail address'
          : 'an absolute http: or https: URL';
    throw new Invalid(`${field}.value`, `${JSON.stringify(trimmed)} is not ${expected}`);
  }
  const result: Channel = { type: type as ChannelType, value: trimmed };
  if (source.display !== undefined) {
    if (typeof source.display !== 'string' || !/^[0-9+ ./()-]{3,24}$/.test(source.display)) {
      throw new Invalid(`${field}.display`, 'must be a phone number as written (digits, spaces, + . / - ( ))');
    }
    if (type !== 'phone' && type !== 'sms') throw new Invalid(`${field}.display`, 'is only for phone and sms channels');
    if (source.display.replace(/\D/g, '').slice(-6) !== trimmed.replace(/\D/g, '').slice(-6)) {
      throw new Invalid(`${field}.display`, `${JSON.stringify(source.display)} is not the number ${trimmed}`);
    }
    result.display = source.display;
  }
  if (source.free !== undefined) {
    if (typeof source.free !== 'boolean') throw new Invalid(`${field}.free`, 'must be true or false');
    result.free = source.free;
  }
  if (source.hours !== undefined) result.hours = hours(source.hours, `${field}.hours`);
  return result;
}

/** A helpline; the channels it loses are added to `dropped` (reported only if the helpline is kept). */
function helpline(source: Json, vocab: Vocabularies, dropped: RegisterProblem[]): Helpline {
  const id = slug(source.id, 'id');
  const name = text(source.name, 'name');
  const description = localized(source.description, 'description');
  const channels: Channel[] = [];
  array(source.channels, 'channels', 1).forEach((item, i) => {
    try {
      channels.push(channel(item, `channels[${i}]`));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      dropped.push({ id, field: error.field, message: `channel dropped: ${error.message}`, kind: 'channel' });
    }
  });
  if (!channels.length) throw new Invalid('channels', 'no channel that can be offered as a link');
  const audiences = idList(source.audiences, 'audiences', vocab.audiences, 'audience');
  const regions = idList(source.regions, 'regions', vocab.regions, 'region', 1);
  const topics = idList(source.topics, 'topics', vocab.topics, 'topic');
  if (typeof source.emergency !== 'boolean') throw new Invalid('emergency', 'must be true or false');
  return { id, name, description, channels, audiences, regions, topics, emergency: source.emergency };
}

/** Checks each item of `items` with `read`; skips (and reports) failures and later duplicates of an id. */
function items<T extends { id: string }>(
  list: unknown[],
  listName: 'entries' | 'helplines',
  read: (source: Json, itemProblems: RegisterProblem[]) => T,
  problems: RegisterProblem[],
): T[] {
  const kind = listName === 'entries' ? 'entry' : 'helpline';
  const kept: T[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const rawId = isObject(item) && typeof item.id === 'string' && item.id.trim() ? item.id : `${listName}[${i}]`;
    try {
      if (!isObject(item)) throw new Invalid(listName === 'entries' ? 'entry' : 'helpline', 'must be an object');
      const itemProblems: RegisterProblem[] = [];
      const result = read(item, itemProblems);
      if (seen.has(result.id)) throw new Invalid('id', `duplicate id; the first ${kind} with this id is kept`);
      seen.add(result.id);
      kept.push(result);
      problems.push(...itemProblems);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push({ id: rawId, field: error.field, message: `${kind} skipped: ${error.message}`, kind });
    }
  });
  return kept;
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
    const doc = object(value, '(document)');
    const version = doc.version;
    if (typeof version !== 'string' || !VERSION.test(version)) throw new Invalid('version', 'must be MAJOR.MINOR.PATCH');
    const updated = doc.updated;
    if (typeof updated !== 'string' || !DATE.test(updated)) throw new Invalid('updated', 'must be a date YYYY-MM-DD');
    const register: Omit<Register, 'entries' | 'helplines'> = {
      version,
      updated,
      sections: vocabulary(doc, 'sections', section, 1),
      groups: vocabulary(doc, 'groups', group, 1),
      types: vocabulary(doc, 'types', term, 1),
      audiences: vocabulary(doc, 'audiences', term, 0),
      regions: vocabulary(doc, 'regions', term, 0),
      topics: vocabulary(doc, 'topics', topic, 1),
    };
    const entries = array(doc.entries, 'entries');
    const helplines = array(doc.helplines, 'helplines');

    const vocab: Vocabularies = {
      sections: new Set(register.sections.map((s) => s.id)),
      groups: new Map(register.groups.map((g) => [g.id, g.section])),
      types: new Set(register.types.map((t) => t.id)),
      topics: new Set(register.topics.map((t) => t.id)),
      audiences: new Set(register.audiences.map((t) => t.id)),
      regions: new Set(register.regions.map((t) => t.id)),
    };
    const problems: RegisterProblem[] = [];
    const result: Register = {
      ...register,
      entries: items(entries, 'entries', (source) => entry(source, vocab), problems),
      helplines: items(helplines, 'helplines', (source, dropped) => helpline(source, vocab, dropped), problems),
    };
    return { ok: true, register: deepFreeze(result), problems };
  } catch (error) {
    if (!(error instanceof Invalid)) {
      // A bug here must not break a partner page: report it as an invalid document.
      return { ok: false, problem: { id: 'register', field: '(document)', message: String(error), kind: 'register' } };
    }
    return { ok: false, problem: { id: 'register', field: error.field, message: error.message, kind: 'register' } };
  }
}
