// The whole register as sheets of text cells, for the workbook (register-xlsx.mjs) and the studio: a sheet
// `register` (field, value) for the top-level fields, one sheet per list (entries, helplines, topics,
// sections, groups, types, audiences, regions) with a column per field of the JSON Schema in its order, and
// a sheet `channels` with one row per channel of a helpline. A field with one value per language has a column
// per language (`labels.nl`, `synonyms.fr`); lists are separated by `;`; opening hours are written
// `1,2,3,4,5 09:00-17:00` (ISO weekdays, 1 is Monday), several separated by `;`. The columns of the
// language versions (`urls.*`, `urlsSource`, `names.*`, `values.*`, a channel's `labels.*`) may be left out.

import { loadSchema, resolveSchema } from './register-read.mjs';
import { canonicalRegister } from './register-format.mjs';

/**
 * Per sheet, the fields whose columns a CSV or a workbook may leave out (the field is then left out): the
 * language versions, added after the first workbooks were written, so that those still import.
 */
export const OPTIONAL_COLUMN_FIELDS = { entries: ['urls', 'urlsSource'], helplines: ['names'], channels: ['values', 'labels'] };
/** Whether the column `name` (`urls.fr`, `urlsSource`) of the sheet `sheet` may be missing from a header. */
export const mayBeMissing = (name, sheet = 'entries') => (OPTIONAL_COLUMN_FIELDS[sheet] ?? []).includes(name.split('.')[0]);

export const LIST_SEPARATOR = ';';
/** The sheets in the order a workbook has them. */
export const SHEET_ORDER = ['register', 'entries', 'helplines', 'channels', 'topics', 'sections', 'groups', 'types', 'audiences', 'regions'];
const LIST_PARTS = ['entries', 'helplines', 'topics', 'sections', 'groups', 'types', 'audiences', 'regions'];

const kindOf = (node) => {
  const schema = resolveSchema(node);
  if (schema.type === 'array') return resolveSchema(schema.items)?.type === 'object' ? 'hours' : 'list';
  return schema.type === 'boolean' ? 'boolean' : 'text';
};

/** Columns of an object definition: `name`, `path`, `kind` (text, list, boolean, hours) and `required`. */
function columnsOf(def, skip = []) {
  const schema = resolveSchema(def);
  return Object.entries(schema.properties)
    .filter(([field]) => !skip.includes(field))
    .flatMap(([field, node]) => {
      const sub = resolveSchema(node);
      const required = (schema.required ?? []).includes(field);
      if (sub.type !== 'object') return [{ name: field, path: [field], kind: kindOf(sub), required }];
      return Object.entries(sub.properties).map(([key, leaf]) => ({
        name: `${field}.${key}`,
        path: [field, key],
        kind: kindOf(leaf),
        required: (sub.required ?? []).includes(key),
      }));
    });
}

let cachedLayout;
/** For each sheet, its columns (the `register` sheet has `field` and `value`). */
export function sheetLayout() {
  if (cachedLayout) return cachedLayout;
  const root = loadSchema();
  const items = (part) => resolveSchema(root.properties[part]).items;
  const layout = {
    register: { columns: [{ name: 'field' }, { name: 'value' }], fields: Object.keys(root.properties).filter((k) => !LIST_PARTS.includes(k)) },
    channels: { columns: [{ name: 'helpline', path: ['helpline'], kind: 'text', required: true }, ...columnsOf(resolveSchema(items('helplines')).properties.channels.items)] },
  };
  for (const part of LIST_PARTS) layout[part] = { columns: columnsOf(items(part), part === 'helplines' ? ['channels'] : []) };
  cachedLayout = layout;
  return layout;
}

const valueAt = (item, path) => path.reduce((value, key) => value?.[key], item);

function cellText(value, kind) {
  if (value === undefined || value === null) return '';
  if (kind === 'list') return (Array.isArray(value) ? value : [value]).join(LIST_SEPARATOR);
  if (kind === 'hours') return (Array.isArray(value) ? value : []).map((h) => `${(h.days ?? []).join(',')} ${h.opens}-${h.closes}`).join(LIST_SEPARATOR);
  return String(value);
}

const rowOf = (item, columns) => columns.map(({ path, kind }) => cellText(valueAt(item, path), kind));

/**
 * register → sheets: `[{ name, rows }]`, each row a list of texts, the first row the header.
 * @param {Record<string, any>} register
 */
export function registerToSheets(register) {
  const layout = sheetLayout();
  const sheets = {
    register: [['field', 'value'], ...layout.register.fields.filter((f) => register[f] !== undefined).map((f) => [f, String(register[f])])],
    channels: [layout.channels.columns.map((c) => c.name)],
  };
  for (const part of LIST_PARTS) {
    const { columns } = layout[part];
    sheets[part] = [columns.map((c) => c.name), ...(register[part] ?? []).map((item) => rowOf(item, columns))];
  }
  for (const helpline of register.helplines ?? []) {
    for (const channel of helpline.channels ?? []) sheets.channels.push(rowOf({ ...channel, helpline: helpline.id }, layout.channels.columns));
  }
  return SHEET_ORDER.map((name) => ({ name, rows: sheets[name] }));
}

/** A cell as text, whatever a spreadsheet program stored: numbers, dates, booleans, shared strings. */
export function cellToText(cell) {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return String(cell).trim();
}

const HOURS = /^(\d(?:\s*,\s*\d)*)\s+(\d\d:\d\d)\s*-\s*(\d\d:\d\d)$/;

/**
 * The value of a cell for its column; `{ problem }` when the text cannot be that kind of value.
 * An empty cell leaves the field out, except a required list, which is then empty.
 */
function cellValue(text, { kind, required }) {
  if (text === '') return kind === 'list' && required ? { value: [] } : {};
  if (kind === 'list') return { value: text.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '') };
  if (kind === 'boolean') {
    // A spreadsheet without a boolean format stores TRUE and FALSE as 1 and 0.
    const lower = text.toLowerCase();
    if (lower === 'true' || lower === 'false' || text === '1' || text === '0') return { value: lower === 'true' || text === '1' };
    return { problem: { code: 'notBoolean', message: `"${text}" is not true or false`, hint: 'true, false or an empty cell', data: { value: text } } };
  }
  if (kind === 'hours') {
    const hours = [];
    for (const part of text.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean)) {
      const match = HOURS.exec(part);
      if (!match) {
        return { problem: { code: 'notHours', message: `"${part}" is not opening hours`, hint: 'weekdays (1 is Monday) and times, e.g. 1,2,3,4,5 09:00-17:00', data: { value: part } } };
      }
      hours.push({ days: match[1].split(',').map((d) => Number(d.trim())), opens: match[2], closes: match[3] });
    }
    return { value: hours };
  }
  return { value: text };
}

function setAt(item, [field, key], value) {
  if (key === undefined) item[field] = value;
  else item[field] = { ...item[field], [key]: value };
}

/**
 * Sheets (cells as read, any type) → register. Returns `{ register, problems, rows }`: problems found in
 * the cells themselves, each `{ sheet, row, column, id, code, message, hint }`, and where each item came
 * from (`rows.entries[3]` is the sheet row of entries[3]; `rows.channels[h][c]` that of a channel) to place
 * the register's own problems (placeProblem). Rows without any text are skipped.
 * @param {{ name: string, rows: unknown[][] }[]} sheets
 * @param {{ only?: string[] }} options `only`: the sheets expected (the CSV holds only `entries`)
 */
export function sheetsToRegister(sheets, { only = SHEET_ORDER } = {}) {
  const layout = sheetLayout();
  const problems = [];
  const rows = { channels: [] };
  const register = {};
  const byName = new Map(sheets.map((s) => [s.name.trim(), s]));
  for (const name of byName.keys()) {
    if (!only.includes(name)) problems.push({ sheet: name, code: 'unknownSheet', message: `unknown sheet (the workbook has: ${only.join(', ')})` });
  }
  const tables = {};
  for (const name of only) {
    const sheet = byName.get(name);
    if (!sheet) {
      problems.push({ sheet: name, code: 'missingSheet', message: 'missing sheet' });
      continue;
    }
    const text = sheet.rows.map((row) => (row ?? []).map(cellToText));
    const headerIndex = text.findIndex((row) => row.some((c) => c !== ''));
    const header = headerIndex < 0 ? [] : text[headerIndex];
    const names = layout[name].columns.map((c) => c.name);
    const missing = names.filter((c) => !header.includes(c) && !mayBeMissing(c, name));
    const unknown = header.filter((c) => c !== '' && !names.includes(c));
    const headerRow = headerIndex + 1 || 1;
    if (missing.length) problems.push({ sheet: name, row: headerRow, column: missing.join(', '), code: 'missingColumns', message: 'missing column(s)', data: { value: missing.join(', ') } });
    if (unknown.length) problems.push({ sheet: name, row: headerRow, column: unknown.join(', '), code: 'unknownColumns', message: `unknown column(s) (allowed: ${names.join(', ')})`, data: { value: unknown.join(', ') } });
    if (missing.length || unknown.length) continue;
    tables[name] = text
      .map((cells, index) => ({ row: index + 1, cells: Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])) }))
      .filter(({ row, cells }) => row > headerRow && Object.values(cells).some((c) => c !== ''));
  }

  const readItem = (name, { row, cells }) => {
    const item = {};
    for (const column of layout[name].columns) {
      const { value, problem } = cellValue(cells[column.name] ?? '', column);
      if (problem) problems.push({ sheet: name, row, column: column.name, id: cells.id || cells.helpline || '', ...problem });
      else if (value !== undefined) setAt(item, column.path, value);
    }
    return item;
  };

  if (tables.register) {
    for (const { row, cells } of tables.register) {
      if (!layout.register.fields.includes(cells.field)) {
        problems.push({ sheet: 'register', row, column: 'field', code: 'unknownField', message: `unknown field "${cells.field}" (allowed: ${layout.register.fields.join(', ')})`, data: { value: cells.field } });
      } else if (cells.value !== '') {
        register[cells.field] = cells.value;
        (rows.register ??= {})[cells.field] = row;
      }
    }
  }
  for (const part of LIST_PARTS) {
    if (!tables[part]) continue;
    register[part] = tables[part].map((record) => readItem(part, record));
    rows[part] = tables[part].map(({ row }) => row);
  }
  if (tables.channels && register.helplines) {
    const byId = new Map(register.helplines.map((h, i) => [h.id, i]));
    register.helplines.forEach((h) => (h.channels = []));
    for (const record of tables.channels) {
      const { helpline, ...channel } = readItem('channels', record);
      const index = byId.get(helpline);
      if (index === undefined) {
        problems.push({ sheet: 'channels', row: record.row, column: 'helpline', id: helpline ?? '', code: 'unknownHelpline', message: `"${helpline ?? ''}" is not a helpline of the helplines sheet`, data: { value: helpline } });
        continue;
      }
      register.helplines[index].channels.push(channel);
      ((rows.channels[index] ??= []).push(record.row));
    }
  }
  return { register: canonicalRegister(register), problems, rows };
}

/**
 * Where a problem of the register (register-rules.mjs `registerProblems`) is in the sheets: `{ sheet, row,
 * column, id }`, from its path and the rows sheetsToRegister noted.
 */
export function placeProblem(problem, rows, register) {
  const [part, index, ...rest] = problem.segments ?? [];
  if (part === undefined) return { sheet: 'register', column: '' };
  if (!LIST_PARTS.includes(part)) return { sheet: 'register', row: rows.register?.[part], column: 'value', id: part };
  if (index === undefined || !/^\d+$/.test(index)) return { sheet: part, column: '', id: '' };
  const i = Number(index);
  const id = typeof register?.[part]?.[i]?.id === 'string' ? register[part][i].id : '';
  if (part === 'helplines' && rest[0] === 'channels' && rest[1] !== undefined && /^\d+$/.test(rest[1])) {
    return { sheet: 'channels', row: rows.channels?.[i]?.[Number(rest[1])], column: rest[2] ?? '', id };
  }
  const named = rest.filter((s) => !/^\d+$/.test(s));
  const columns = sheetLayout()[part].columns.map((c) => c.name);
  const column = columns.find((c) => c === named.slice(0, 2).join('.')) ?? named[0] ?? '';
  return { sheet: part, row: rows[part]?.[i], column, id };
}

/** A sheet problem as one line: `<label>: entries, row 5 (id webetic), url: <message>; <what is right>`. */
export function sheetProblemLine(label, { sheet, row, column, id, message, hint }) {
  const where = [sheet, row ? `row ${row}${id ? ` (id ${id})` : ''}` : id ? `(id ${id})` : '', column].filter(Boolean).join(', ');
  return `${label}: ${where}: ${message}${hint ? `; expected ${hint}` : ''}`;
}
