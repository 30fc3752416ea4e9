// The entries as CSV, for the people who keep the list in a spreadsheet: one row per entry, one column per
// entry field of the JSON Schema (register/register.schema.json), in its order. A field with one value per
// language (`summary`, `keywords`) has a column per language (`summary.en` … `summary.de`). List cells are
// separated by `;`.

import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { loadSchema, resolveSchema } from './register-read.mjs';
import { sheetProblemLine, sheetsToRegister } from './register-sheets.mjs';

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
 * CSV text → the rows of the workbook's `entries` sheet (register-sheets.mjs), each a list of texts, the
 * header first; row N is the spreadsheet's row N (empty lines kept, so the numbers match). `problems`: the
 * file cannot be read (lines `<label>: (file) csv: …`); `cellProblems`: rows that do not have as many cells
 * as the header (sheet problems, `{ sheet, row, column, code, message, data }`).
 */
export function csvToRows(text, label) {
  let records;
  try {
    records = parseCsv(text, { bom: true, columns: false, skip_empty_lines: false, relax_column_count: true });
  } catch (error) {
    return { rows: [], problems: [`${label}: (file) csv: not valid CSV: ${error.message}`], cellProblems: [] };
  }
  const rows = records.map((record) => record.map((cell) => cell.trim()));
  if (!rows.some((row) => row.some((cell) => cell !== ''))) {
    return { rows: [], problems: [`${label}: (file) csv: empty file (no header row)`], cellProblems: [] };
  }
  const width = rows.find((row) => row.some((cell) => cell !== '')).length;
  const cellProblems = rows.flatMap((row, index) =>
    row.length === width || !row.some((cell) => cell !== '')
      ? []
      : [{ sheet: 'entries', row: index + 1, column: '', code: 'cellCount', message: `${row.length} cells, the header has ${width}`, data: { value: row.length, limit: width } }],
  );
  return { rows, problems: [], cellProblems };
}

/**
 * CSV text → entries, read cell by cell as the workbook's `entries` sheet is. Returns `{ entries, problems }`;
 * problems are lines `<label>: entries, row 5 (id webetic), languagesInferred: <message>`. Empty cells leave
 * the property out; list cells are split on `;`. The register's own rules are checked by readCsv
 * (register-workbook.mjs), which names their rows too.
 */
export function csvToEntries(text, label) {
  const { rows, problems, cellProblems } = csvToRows(text, label);
  if (problems.length) return { entries: [], problems };
  const read = sheetsToRegister([{ name: 'entries', rows }], { only: ['entries'] });
  return {
    entries: read.register.entries ?? [],
    problems: [...cellProblems, ...read.problems].map((problem) => sheetProblemLine(label, problem)),
  };
}
