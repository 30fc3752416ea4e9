// Shared helpers for the register scripts (register-check, register-import, register-export):
// reading, validating (JSON Schema + lints), canonical JSON output and CSV conversion.
// The contract is src/core/register-types.ts; register/register.schema.json states it in JSON Schema.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_REGISTER = 'register/register.json';
export const DEFAULT_CSV = 'register/register.csv';
export const SCHEMA_PATH = join(ROOT, 'register', 'register.schema.json');

export const LOCALES = ['en', 'nl', 'fr', 'de'];

/** Key order of each part, as written to register.json (the order of register-types.ts). */
export const REGISTER_KEYS = [
  '$schema', 'version', 'updated', 'publisher', 'license',
  'sections', 'groups', 'types', 'audiences', 'regions', 'topics', 'entries', 'helplines',
];
export const TERM_KEYS = ['id', 'labels'];
export const GROUP_KEYS = ['id', 'section', 'labels'];
export const TOPIC_KEYS = ['id', 'labels', 'synonyms'];
export const ENTRY_KEYS = [
  'id', 'section', 'group', 'type', 'title', 'authors', 'publisher', 'place', 'published',
  'languages', 'languagesInferred', 'topics', 'audiences', 'url',
];
export const HELPLINE_KEYS = [
  'id', 'name', 'description', 'channels', 'audiences', 'regions', 'topics', 'emergency', 'source',
];
export const CHANNEL_KEYS = ['type', 'value', 'display', 'free', 'hours'];
export const HOURS_KEYS = ['days', 'opens', 'closes'];

/** CSV columns: one row per entry. List cells are separated by `;`. */
export const CSV_COLUMNS = ENTRY_KEYS;
export const CSV_LIST_COLUMNS = ['authors', 'languages', 'topics', 'audiences'];
export const CSV_LIST_SEPARATOR = ';';

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

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Parses register JSON text. Returns { register } or { problems } (a parse error, as one line).
 * @param {string} text
 * @param {string} label the file name shown in messages
 */
/**
 * Command-line arguments of the import and export scripts: one optional file (`file`) and `--register PATH`.
 * Prints `usage` and exits 0 on --help, exits 2 on a bad argument or when `requireFile` and no file is given.
 * Paths are resolved against the folder npm was run from (INIT_CWD), defaults against the package root.
 */
export function parseFileArgs(argv, usage, { requireFile = false } = {}) {
  const options = { file: undefined, register: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--register') options.register = argv[++i];
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (!options.file) options.file = arg;
    else {
      console.error(`unexpected argument: ${arg}\n${usage}`);
      process.exit(2);
    }
  }
  if (options.help || (requireFile && !options.file)) {
    (options.help ? console.log : console.error)(usage);
    process.exit(options.help ? 0 : 2);
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  return {
    file: options.file,
    filePath: options.file ? resolve(base, options.file) : undefined,
    registerPath: options.register ? resolve(base, options.register) : resolve(ROOT, DEFAULT_REGISTER),
    registerLabel: options.register ?? DEFAULT_REGISTER,
  };
}

export function parseRegisterText(text, label) {
  try {
    return { register: JSON.parse(text), problems: [] };
  } catch (error) {
    let where = '';
    const position = /position (\d+)/.exec(error.message);
    if (position) {
      const before = text.slice(0, Number(position[1])).split('\n');
      where = ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
    }
    return { register: undefined, problems: [`${label}: (file) json: not valid JSON: ${error.message}${where}`] };
  }
}

let cachedSchema;
export function loadSchema() {
  cachedSchema ??= JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  return cachedSchema;
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

/** The vocabulary ids the schema allows, by kind (from its $defs enums). */
export function schemaVocabulary() {
  const defs = loadSchema().$defs;
  return {
    sections: defs.sectionId.enum,
    types: defs.typeId.enum,
    topics: defs.topicId.enum,
    audiences: defs.audienceId.enum,
    regions: defs.regionId.enum,
    locales: defs.locale.enum,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation

const LIST_PARTS = ['sections', 'groups', 'types', 'audiences', 'regions', 'topics', 'entries', 'helplines'];

/** The name used for an item in messages: its id, or `part[index]` when it has none. */
function itemName(register, part, index) {
  const item = register?.[part]?.[index];
  if (item && typeof item === 'object' && typeof item.id === 'string' && item.id !== '') return item.id;
  return `${part}[${index}]`;
}

function describeAjvError(error, register) {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let name = '(register)';
  let fieldParts = segments;
  if (segments.length >= 2 && LIST_PARTS.includes(segments[0]) && /^\d+$/.test(segments[1])) {
    name = itemName(register, segments[0], Number(segments[1]));
    fieldParts = segments.slice(2);
  }
  // Indices inside a field (topics/0, channels/1/value) are shown as topics[0], channels[1].value.
  let field = '';
  for (const part of fieldParts) {
    field += /^\d+$/.test(part) ? `[${part}]` : field === '' ? part : `.${part}`;
  }
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
    case 'minItems':
      message = `must have at least ${error.params.limit} item(s)`;
      break;
    case 'uniqueItems':
      message = `repeats a value (items ${error.params.j} and ${error.params.i} are the same)`;
      break;
    default:
      message = error.message ?? error.keyword;
  }
  return `${name} ${field || '(root)'}: ${message}`;
}

/** Schema problems, as `<id> <field>: <message>` (without the file label). */
function schemaProblems(register) {
  const validate = schemaValidator();
  if (validate(register)) return [];
  return (validate.errors ?? [])
    // `if`/`then` pairs report the inner error too; the wrapper only says "must match then".
    .filter((error) => error.keyword !== 'if')
    .map((error) => describeAjvError(error, register));
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const asArray = (value) => (Array.isArray(value) ? value : []);
const isString = (value) => typeof value === 'string';

/** What JSON Schema cannot say: uniqueness across items, cross-references, use of the vocabulary. */
function lintProblems(register) {
  if (!isObject(register)) return [];
  const problems = [];
  const allowed = schemaVocabulary();

  // Vocabularies: ids unique within each.
  const defined = {};
  for (const part of ['sections', 'groups', 'types', 'audiences', 'regions', 'topics']) {
    defined[part] = new Map();
    asArray(register[part]).forEach((item, index) => {
      if (!isObject(item) || !isString(item.id)) return;
      if (defined[part].has(item.id)) {
        problems.push(`${item.id} id: duplicate id in ${part} (also ${part}[${defined[part].get(item.id).index}])`);
      } else {
        defined[part].set(item.id, { index, item });
      }
    });
  }

  // A value used by an entry or helpline must be defined in this register. Values the schema does not
  // allow at all are already reported by the schema; they are not reported twice.
  const checkDefined = (name, field, part, value, schemaIds) => {
    if (!isString(value)) return;
    if (schemaIds && !schemaIds.includes(value)) return;
    if (!defined[part].has(value)) problems.push(`${name} ${field}: "${value}" is not defined in ${part}`);
  };

  const usedTopics = new Set();

  // Groups: their section must be one of the register's sections.
  asArray(register.groups).forEach((group) => {
    if (!isObject(group) || !isString(group.id)) return;
    checkDefined(group.id, 'section', 'sections', group.section, allowed.sections);
  });

  // Entries.
  const entryIds = new Map();
  const urls = new Map();
  asArray(register.entries).forEach((entry, index) => {
    if (!isObject(entry)) return;
    const name = itemName(register, 'entries', index);
    if (isString(entry.id)) {
      if (entryIds.has(entry.id)) {
        problems.push(`${name} id: duplicate entry id (entries[${entryIds.get(entry.id)}] and entries[${index}])`);
      } else {
        entryIds.set(entry.id, index);
      }
    }
    checkDefined(name, 'section', 'sections', entry.section, allowed.sections);
    checkDefined(name, 'type', 'types', entry.type, allowed.types);
    if (isString(entry.group)) {
      const group = defined.groups.get(entry.group);
      if (!group) {
        problems.push(`${name} group: "${entry.group}" is not defined in groups`);
      } else if (isString(entry.section) && group.item.section !== entry.section) {
        problems.push(
          `${name} group: group "${entry.group}" belongs to section "${group.item.section}", not "${entry.section}"`,
        );
      }
    }
    asArray(entry.topics).forEach((topic, i) => {
      usedTopics.add(topic);
      checkDefined(name, `topics[${i}]`, 'topics', topic, allowed.topics);
    });
    if (Array.isArray(entry.topics) && entry.topics.length === 0) {
      // Same wording as the schema's minItems message, so the two are reported once.
      problems.push(`${name} topics: must have at least 1 item(s)`);
    }
    asArray(entry.audiences).forEach((audience, i) =>
      checkDefined(name, `audiences[${i}]`, 'audiences', audience, allowed.audiences),
    );
    if (isString(entry.url)) {
      const first = urls.get(entry.url);
      if (first === undefined) {
        urls.set(entry.url, name);
      } else {
        const shared = SHARED_URLS.find(
          (s) => s.url === entry.url && s.ids.includes(first) && s.ids.includes(name),
        );
        if (!shared) {
          problems.push(`${name} url: same URL as entry ${first} (add the pair to SHARED_URLS in scripts/register-lib.mjs only if the source really gives both the same URL)`);
        }
      }
    }
  });

  // Helplines.
  const helplineIds = new Map();
  asArray(register.helplines).forEach((helpline, index) => {
    if (!isObject(helpline)) return;
    const name = itemName(register, 'helplines', index);
    if (isString(helpline.id)) {
      if (helplineIds.has(helpline.id)) {
        problems.push(`${name} id: duplicate helpline id (helplines[${helplineIds.get(helpline.id)}] and helplines[${index}])`);
      } else {
        helplineIds.set(helpline.id, index);
      }
    }
    asArray(helpline.topics).forEach((topic, i) => {
      usedTopics.add(topic);
      checkDefined(name, `topics[${i}]`, 'topics', topic, allowed.topics);
    });
    asArray(helpline.audiences).forEach((audience, i) =>
      checkDefined(name, `audiences[${i}]`, 'audiences', audience, allowed.audiences),
    );
    asArray(helpline.regions).forEach((region, i) =>
      checkDefined(name, `regions[${i}]`, 'regions', region, allowed.regions),
    );
  });

  // Every topic is used, and (belt and braces with the schema) fully translated.
  for (const [id, { item }] of defined.topics) {
    if (!usedTopics.has(id)) problems.push(`${id} topic: defined but used by no entry or helpline`);
    for (const locale of LOCALES) {
      if (isObject(item.labels) && item.labels[locale] === undefined) {
        problems.push(`${id} labels.${locale}: missing (required)`);
      }
      if (isObject(item.synonyms)) {
        const words = item.synonyms[locale];
        if (!Array.isArray(words)) problems.push(`${id} synonyms.${locale}: missing (required)`);
        else if (words.length === 0) problems.push(`${id} synonyms.${locale}: must have at least 1 item(s)`);
      }
    }
  }
  return problems;
}

/**
 * All problems of a register, each as one line `<label>: <id> <field>: <message>`.
 * @param {unknown} register parsed JSON
 * @param {string} label the file name shown in messages
 */
export function checkRegister(register, label) {
  const lines = [...schemaProblems(register), ...lintProblems(register)].map((p) => `${label}: ${p}`);
  return [...new Set(lines)];
}

/** Parses and checks register text. Returns { register, problems }. */
export function checkRegisterText(text, label) {
  const parsed = parseRegisterText(text, label);
  if (parsed.problems.length) return parsed;
  return { register: parsed.register, problems: checkRegister(parsed.register, label) };
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

export function summary(register, label) {
  return `${label}: ${count(register.entries.length, 'entry', 'entries')}, ${count(register.helplines.length, 'helpline', 'helplines')}, ${count(register.topics.length, 'topic', 'topics')}: OK`;
}

// ---------------------------------------------------------------------------------------------
// Canonical JSON

function ordered(object, keys) {
  if (!isObject(object)) return object;
  const out = {};
  for (const key of keys) if (object[key] !== undefined) out[key] = object[key];
  // Unknown keys are kept (after the known ones) so that nothing is lost; the check rejects them.
  for (const key of Object.keys(object)) if (!keys.includes(key)) out[key] = object[key];
  return out;
}

const localized = (value) => ordered(value, LOCALES);

/** The register with every object's keys in the fixed order. */
export function canonicalRegister(register) {
  const r = ordered(register, REGISTER_KEYS);
  const mapList = (list, fn) => (Array.isArray(list) ? list.map(fn) : list);
  const term = (t) => {
    const o = ordered(t, TERM_KEYS);
    if (isObject(o)) o.labels = localized(o.labels);
    return o;
  };
  r.sections = mapList(r.sections, term);
  r.groups = mapList(r.groups, (g) => {
    const o = ordered(g, GROUP_KEYS);
    if (isObject(o)) o.labels = localized(o.labels);
    return o;
  });
  r.types = mapList(r.types, term);
  r.audiences = mapList(r.audiences, term);
  r.regions = mapList(r.regions, term);
  r.topics = mapList(r.topics, (t) => {
    const o = ordered(t, TOPIC_KEYS);
    if (isObject(o)) {
      o.labels = localized(o.labels);
      o.synonyms = localized(o.synonyms);
    }
    return o;
  });
  r.entries = mapList(r.entries, (e) => ordered(e, ENTRY_KEYS));
  r.helplines = mapList(r.helplines, (h) => {
    const o = ordered(h, HELPLINE_KEYS);
    if (isObject(o)) {
      o.description = localized(o.description);
      o.channels = mapList(o.channels, (c) => {
        const ch = ordered(c, CHANNEL_KEYS);
        if (isObject(ch)) ch.hours = mapList(ch.hours, (hours) => ordered(hours, HOURS_KEYS));
        return ch;
      });
    }
    return o;
  });
  for (const key of Object.keys(r)) if (r[key] === undefined) delete r[key];
  return r;
}

/** register.json text: canonical key order, 2-space indent, trailing newline. */
export function formatRegister(register) {
  return `${JSON.stringify(canonicalRegister(register), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Entries → CSV text (UTF-8 with BOM so spreadsheets read the accents; header row; `\n` line ends). */
export function entriesToCsv(entries) {
  const rows = entries.map((entry) =>
    CSV_COLUMNS.map((column) => {
      const value = entry[column];
      if (value === undefined || value === null) return '';
      if (CSV_LIST_COLUMNS.includes(column)) return asArray(value).join(CSV_LIST_SEPARATOR);
      return String(value);
    }),
  );
  return stringifyCsv([CSV_COLUMNS, ...rows], { bom: true, record_delimiter: 'unix' });
}

/**
 * CSV text → entries. Returns { entries, problems }; problems are `<label>: <where> <field>: <message>`.
 * Empty cells leave the property out; list cells are split on `;`.
 */
export function csvToEntries(text, label) {
  let records;
  try {
    records = parseCsv(text, { bom: true, columns: false, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    return { entries: [], problems: [`${label}: (file) csv: not valid CSV: ${error.message}`] };
  }
  if (records.length === 0) return { entries: [], problems: [`${label}: (file) csv: empty file (no header row)`] };
  const header = records[0].map((h) => h.trim());
  const problems = [];
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !CSV_COLUMNS.includes(c));
  if (missing.length) problems.push(`${label}: (header) columns: missing ${missing.join(', ')}`);
  if (unknown.length) problems.push(`${label}: (header) columns: unknown ${unknown.join(', ')}`);
  if (problems.length) return { entries: [], problems };

  const entries = records.slice(1).map((record, index) => {
    const row = index + 2;
    if (record.length !== header.length) {
      problems.push(`${label}: row ${row} (file) columns: ${record.length} cells, the header has ${header.length}`);
    }
    const cells = Object.fromEntries(header.map((column, i) => [column, (record[i] ?? '').trim()]));
    const entry = {};
    for (const column of CSV_COLUMNS) {
      const cell = cells[column];
      if (cell === '') continue;
      if (CSV_LIST_COLUMNS.includes(column)) {
        entry[column] = cell.split(CSV_LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');
      } else if (column === 'languagesInferred') {
        if (cell === 'true' || cell === 'false') entry[column] = cell === 'true';
        else problems.push(`${label}: ${cells.id || `row ${row}`} languagesInferred: "${cell}" is not true or false`);
      } else {
        entry[column] = cell;
      }
    }
    return ordered(entry, ENTRY_KEYS);
  });
  return { entries, problems };
}
