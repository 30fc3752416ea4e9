// The register check (register:check, register:import): a register must pass
//  1. the JSON Schema, register/register.schema.json (Ajv, draft 2020-12): the published contract;
//  2. the rules the widgets apply when they load it, run from src/core/register-validate.ts itself
//     (register-runtime.mjs): references to the register's own vocabularies, an entry's group in its
//     section, unique ids, channels that can be offered as links;
//  3. what only publishing asks for: unique URLs, every topic used, a group's section defined.
// A field reported by the schema is not reported again by the widgets' rules.

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadSchema, parseRegisterText } from './register-read.mjs';
import { runtime } from './register-runtime.mjs';

/**
 * Entries that really share one URL in the seed. A repeated URL is an error unless the pair is listed
 * here with the reason.
 */
export const SHARED_URLS = [
  {
    url: 'https://www.watwat.be/',
    ids: ['wat-wat-platform', 'wat-wat'],
    reason:
      'The 2021-2025 seed lists Wat Wat twice with the same URL: as an online platform under ' +
      'Informeren > Andere and as a contact point under Handelen > Persoonlijk, telefonisch en/of online onthaal.',
  },
];

const LIST_PARTS = ['sections', 'groups', 'types', 'audiences', 'regions', 'topics', 'entries', 'helplines'];

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const asArray = (value) => (Array.isArray(value) ? value : []);
const isString = (value) => typeof value === 'string';

/** The name used for an item in messages: its id, or `part[index]` when it has none. */
function itemName(register, part, index) {
  const item = register?.[part]?.[index];
  if (item && typeof item === 'object' && typeof item.id === 'string' && item.id !== '') return item.id;
  return `${part}[${index}]`;
}

/**
 * Where a path of the document is, as messages say it: `{ name, field }`, the item's name (or `(register)`)
 * and the field inside it, indices written as `topics[0]`, `channels[1].value`.
 * @param {string[]} segments the path, one key or index per segment
 */
function place(register, segments) {
  let name = '(register)';
  let fieldParts = segments;
  if (segments.length >= 2 && LIST_PARTS.includes(segments[0]) && /^\d+$/.test(segments[1])) {
    name = itemName(register, segments[0], Number(segments[1]));
    fieldParts = segments.slice(2);
  }
  return { name, field: fieldName(fieldParts), segments };
}

/** A path inside an item as messages write it: `topics[0]`, `channels[1].value`. */
function fieldName(parts) {
  let field = '';
  for (const part of parts) {
    field += /^\d+$/.test(String(part)) ? `[${part}]` : field === '' ? part : `.${part}`;
  }
  return field;
}

/**
 * What would be right, for a value of the schema's named forms (`$defs`) or fields with a pattern: the
 * spreadsheet import and the studio say it next to the problem.
 */
export const HINTS = {
  httpUrl: 'only http and https links are allowed, e.g. https://example.org/page',
  httpsUrl: 'only https links are allowed, e.g. https://example.org',
  slug: 'lowercase letters a-z, digits and single hyphens, e.g. my-tool-2024',
  text: 'a text that is not empty',
  summaryText: 'one sentence of at most 160 characters',
  keyword: 'a word or phrase of at most 40 characters, without ";"',
  published: 'a date YYYY-MM-DD, a month YYYY-MM or a year YYYY',
  version: 'three numbers, e.g. 1.4.0',
  updated: 'a date YYYY-MM-DD',
  phone: 'a number as dialled: digits only, a leading + allowed, e.g. +3280012800',
  display: 'the number as people write it: digits, spaces, + . / ( ) -',
  email: 'an e-mail address, e.g. info@example.org',
};

/** The hint for an Ajv error, from the `$defs` entry or the field its rule belongs to. */
function hintFor(error, segments) {
  const field = segments.findLast((s) => !/^\d+$/.test(s));
  if (field === 'value' && segments.includes('channels')) {
    return /@|email/.test(JSON.stringify(error.parentSchema ?? '')) ? HINTS.email : /\[0-9\]/.test(error.params?.pattern ?? '') ? HINTS.phone : HINTS.httpsUrl;
  }
  const def = /\$defs\/(\w+)\/(?:pattern|minLength|maxLength|format)$/.exec(error.schemaPath)?.[1];
  if (def && HINTS[def] && def !== 'entry' && def !== 'channel') return HINTS[def];
  return HINTS[field];
}

let cachedValidate;
function schemaValidator() {
  if (!cachedValidate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    addFormats(ajv);
    cachedValidate = ajv.compile(loadSchema());
  }
  return cachedValidate;
}

function describeAjvError(error, register) {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let { name, field } = place(register, segments);
  const missing = error.params.missingProperty ?? error.params.additionalProperty;
  const keyword = error.keyword;
  const hint = ['pattern', 'format', 'minLength'].includes(keyword) ? hintFor(error, segments) : undefined;
  let message;
  switch (error.keyword) {
    case 'required':
      field = field ? `${field}.${error.params.missingProperty}` : error.params.missingProperty;
      message = 'missing (required)';
      break;
    case 'additionalProperties':
      field = field ? `${field}.${error.params.additionalProperty}` : error.params.additionalProperty;
      message = 'unknown property (not allowed)';
      break;
    case 'enum':
      message = `unknown value ${JSON.stringify(error.data)} (allowed: ${error.params.allowedValues.join(', ')})`;
      break;
    case 'pattern':
      message = `${JSON.stringify(error.data)} does not have the required form (${error.params.pattern})`;
      break;
    case 'format':
      message = `${JSON.stringify(error.data)} is not a valid ${error.params.format}`;
      break;
    case 'const':
      message = `must be ${JSON.stringify(error.params.allowedValue)}`;
      break;
    case 'maxLength':
      message = `must be at most ${error.params.limit} characters`;
      break;
    case 'minItems':
      message = `must have at least ${error.params.limit} item(s)`;
      break;
    case 'uniqueItems':
      message = `repeats a value (items ${error.params.j} and ${error.params.i} are the same)`;
      break;
    default:
      message = error.message ?? error.keyword;
  }
  return {
    name,
    field,
    message,
    segments: missing === undefined ? segments : [...segments, missing],
    code: keyword,
    data:
      keyword === 'enum'
        ? { value: error.data, allowed: error.params.allowedValues }
        : { value: error.data, limit: error.params.limit ?? error.params.allowedValue, type: error.params.type },
    hint,
  };
}

/** Schema problems, as `{ name, field, message }`. */
export function schemaProblems(register) {
  const validate = schemaValidator();
  if (validate(register)) return [];
  return (validate.errors ?? [])
    // `if`/`then` pairs report the inner error too; the wrapper only says "must match then".
    .filter((error) => error.keyword !== 'if')
    .map((error) => describeAjvError(error, register));
}

const valueAt = (register, segments) => segments.reduce((value, key) => (value === null || typeof value !== 'object' ? undefined : value[key]), register);
const shown = (value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));

/**
 * What the widgets' own rules find, as `{ name, field, message }`, with the validator's `code` (prefixed
 * `widgets.`, apart from the schema's keywords) and `data` for the studio to word it: the validator's params,
 * and what the widgets leave out of them to stay small, read from the document here: the `value` at the
 * path; for a channel, its `type` and its `number` (value); for an entry's group, the group's `section` and
 * the entry's (`not`).
 */
export function runtimeProblems(register) {
  return runtime.registerFaults(register).map(({ path, message, code, params }) => {
    const segments = path === '(document)' ? [] : path.match(/[^.[\]]+/g);
    const value = valueAt(register, segments);
    const parent = valueAt(register, segments.slice(0, -1));
    const group = code === 'groupSection' ? asArray(register.groups).find((g) => isObject(g) && g.id === value) : undefined;
    const data = {
      value: value === undefined ? '' : shown(value),
      ...(isObject(parent) ? { type: parent.type, number: parent.value, not: parent.section } : {}),
      section: group?.section,
      ...params,
    };
    return { ...place(register, segments), message, code: `widgets.${code ?? 'invalid'}`, data };
  });
}

/** What only publishing asks for: unique URLs, every topic used, each group's section defined. */
function publishingProblems(register) {
  if (!isObject(register)) return [];
  const problems = [];
  const ids = (part) => new Set(asArray(register[part]).filter(isObject).map((term) => term.id));
  const sections = ids('sections');
  asArray(register.groups).forEach((group, index) => {
    if (isObject(group) && isString(group.id) && isString(group.section) && !sections.has(group.section)) {
      problems.push({
        name: group.id,
        field: 'section',
        message: `"${group.section}" is not defined in sections`,
        segments: ['groups', String(index), 'section'],
        code: 'undefinedSection',
        data: { value: group.section },
      });
    }
  });

  const urls = new Map();
  asArray(register.entries).forEach((entry, index) => {
    if (!isObject(entry) || !isString(entry.url)) return;
    const name = itemName(register, 'entries', index);
    const first = urls.get(entry.url);
    if (first === undefined) {
      urls.set(entry.url, name);
    } else if (!SHARED_URLS.some((s) => s.url === entry.url && s.ids.includes(first) && s.ids.includes(name))) {
      const message = `same URL as entry ${first} (add the pair to SHARED_URLS in scripts/register-rules.mjs only if the source really gives both the same URL)`;
      problems.push({ name, field: 'url', message, segments: ['entries', String(index), 'url'], code: 'sameUrl', data: { value: first } });
    }
  });

  const used = new Set(
    [...asArray(register.entries), ...asArray(register.helplines)].flatMap((item) => (isObject(item) ? asArray(item.topics) : [])),
  );
  asArray(register.topics).forEach((topic, index) => {
    if (isObject(topic) && isString(topic.id) && !used.has(topic.id)) {
      problems.push({
        name: topic.id,
        field: 'topic',
        message: 'defined but used by no entry or helpline',
        segments: ['topics', String(index), 'id'],
        code: 'unusedTopic',
      });
    }
  });
  return problems;
}

/**
 * All problems of a register, each as one line `<label>: <id> <field>: <message>`.
 * @param {unknown} register parsed JSON
 * @param {string} label the file name shown in messages
 */
export function checkRegister(register, label) {
  const lines = registerProblems(register).map(({ name, field, message }) => `${label}: ${name} ${field || '(root)'}: ${message}`);
  return [...new Set(lines)];
}

/**
 * All problems of a register as objects: `name` (item id), `field`, `message` (English), `segments` (the
 * path in the document, one key or index each), and for schema and publishing rules `code`, `data` and
 * `hint` (what would be right), which the spreadsheet import and the studio use to place and word them.
 */
export function registerProblems(register) {
  const schema = schemaProblems(register);
  const bySchema = new Set(schema.map(({ name, field }) => `${name} ${field}`));
  const widgets = runtimeProblems(register).filter(({ name, field }) => !bySchema.has(`${name} ${field}`));
  const seen = new Set();
  return [...schema, ...widgets, ...publishingProblems(register)].filter(({ name, field, message }) => {
    const key = `${name} ${field} ${message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Parses and checks register text. Returns { register, problems }. */
export function checkRegisterText(text, label) {
  const parsed = parseRegisterText(text, label);
  if (parsed.problems.length) return parsed;
  return { register: parsed.register, problems: checkRegister(parsed.register, label) };
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** The line a register that passes gets: its counts of entries, helplines and topics. */
export function summaryLine(register, label) {
  return `${label}: ${count(register.entries.length, 'entry', 'entries')}, ${count(register.helplines.length, 'helpline', 'helplines')}, ${count(register.topics.length, 'topic', 'topics')}: OK`;
}
