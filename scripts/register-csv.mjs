// The entries as CSV, for the people who keep the list in a spreadsheet: one row per entry, one column per
// entry field of the JSON Schema (register/register.schema.json), in its order. A field with one value per
// language (`summary`, `keywords`, `urls`) has a column per language (`summary.en` … `summary.de`). List cells
// are separated by `;`. The columns of the language versions (`urls.*`, `urlsSource`) may be left out.

import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { loadSchema, resolveSchema } from './register-read.mjs';
import { mayBeMissing } from './register-sheets.mjs';
import { canonicalEntry } from './register-format.mjs';

export const CSV_LIST_SEPARATOR = ';';

/** What a cell holds, from the field's schema: a list, true/false, or a text. */
const kindOf = (node) => {
  const schema = resolveSchema(node);
  return schema.type === 'array' ? 'list' : schema.type === 'boolean' ? 'boolean' : 'text';
};

/** The columns: `name` (the header), `path` (where the value is in an entry) and `kind`. */
export const CSV_COLUMNS = Object.entries(loadSchema().$defs.entry.properties).flatMap(([field, node]) => {
  const schema = resolveSchema(node);
  if (schema.type !== 'object') return [{ name: field, path: [field], kind: kindOf(schema) }];
  return Object.entries(schema.properties).map(([key, sub]) => ({ name: `${field}.${key}`, path: [field, key], kind: kindOf(sub) }));
});

const valueAt = (entry, path) => path.reduce((value, key) => value?.[key], entry);

/** Entries → CSV text (UTF-8 with BOM so spreadsheets read the accents; header row; `\n` line ends). */
export function entriesToCsv(entries) {
  const rows = entries.map((entry) =>
    CSV_COLUMNS.map(({ path, kind }) => {
      const value = valueAt(entry, path);
      if (value === undefined || value === null) return '';
      if (kind === 'list') return (Array.isArray(value) ? value : []).join(CSV_LIST_SEPARATOR);
      return String(value);
    }),
  );
  return stringifyCsv([CSV_COLUMNS.map((column) => column.name), ...rows], { bom: true, record_delimiter: 'unix' });
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
  const names = CSV_COLUMNS.map((column) => column.name);
  const problems = [];
  const missing = names.filter((c) => !header.includes(c) && !mayBeMissing(c));
  const unknown = header.filter((c) => !names.includes(c));
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
    for (const { name, path, kind } of CSV_COLUMNS) {
      const cell = cells[name] ?? '';
      if (cell === '') continue;
      let value = cell;
      if (kind === 'list') {
        value = cell.split(CSV_LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');
      } else if (kind === 'boolean') {
        if (cell !== 'true' && cell !== 'false') {
          problems.push(`${label}: ${cells.id || `row ${row}`} ${name}: "${cell}" is not true or false`);
          continue;
        }
        value = cell === 'true';
      }
      // A field with one value per language is an object holding the languages that have a cell.
      const [field, key] = path;
      if (key === undefined) entry[field] = value;
      else entry[field] = { ...entry[field], [key]: value };
    }
    return canonicalEntry(entry);
  });
  return { entries, problems };
}
