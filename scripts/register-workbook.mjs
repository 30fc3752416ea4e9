// Workbook and CSV import for the register scripts and the studio: .xlsx bytes, sheets or CSV text → a
// checked register, or the problems, each named by sheet, row, column and id with what would be right. No
// file access.

import { csvToRows } from './register-csv.mjs';
import { canonicalRegister } from './register-format.mjs';
import { placeProblem, sheetProblemLine, sheetsToRegister } from './register-sheets.mjs';
import { xlsxToSheets } from './register-xlsx.mjs';
import { registerProblems } from './register-rules.mjs';

const HEADER_CODES = ['missingColumns', 'unknownColumns'];

/**
 * Sheets as read from a workbook → a checked register. Returns `{ register, problems }`; `problems` are
 * `{ sheet, row, column, id, message, hint, code }` (cell problems first, then the register's own).
 * `only`: the sheets expected (a CSV is the `entries` sheet alone); `base`: the register whose entries those
 * rows replace (everything else of it is kept).
 * @param {{ name: string, rows: unknown[][] }[]} sheets
 * @param {{ only?: string[], base?: Record<string, unknown> }} options
 */
export function workbookProblems(sheets, { only, base } = {}) {
  const read = sheetsToRegister(sheets, only ? { only } : undefined);
  const { problems: cellProblems, rows } = read;
  const register = base ? canonicalRegister({ ...base, entries: read.register.entries ?? [] }) : read.register;
  const taken = new Set(cellProblems.map((p) => `${p.sheet} ${p.row} ${p.column}`));
  const checked = cellProblems.some((p) => !p.row || HEADER_CODES.includes(p.code))
    ? []
    : registerProblems(register)
        .map((problem) => ({ ...problem, ...placeProblem(problem, rows, register) }))
        .filter((p) => !taken.has(`${p.sheet} ${p.row} ${p.column}`));
  return { register, problems: [...cellProblems, ...checked] };
}

/** Workbook bytes → `{ register, lines }`; `lines` as register-import prints them. */
export async function readWorkbook(bytes, label) {
  let sheets;
  try {
    sheets = await xlsxToSheets(bytes);
  } catch (error) {
    return { register: undefined, lines: [`${label}: (file) xlsx: not a workbook that can be read: ${error.message}`] };
  }
  const { register, problems } = workbookProblems(sheets);
  return { register, lines: problems.map((problem) => sheetProblemLine(label, problem)) };
}

/**
 * CSV text of entries → `{ register, lines }`: `base` with its entries replaced, checked as a whole, and
 * each problem as register-import prints it, named by row, column and id like a workbook's:
 * `my.csv: entries, row 5 (id webetic), url: …`.
 */
export function readCsv(text, label, base) {
  const { rows, problems, cellProblems } = csvToRows(text, label);
  if (problems.length) return { register: undefined, lines: problems };
  const checked = workbookProblems([{ name: 'entries', rows }], { only: ['entries'], base });
  const all = [...cellProblems, ...checked.problems];
  return { register: checked.register, lines: all.map((problem) => sheetProblemLine(label, problem)) };
}
