// Workbook import for the register scripts and the studio: .xlsx bytes or sheets → a checked register, or the problems, each named
// by sheet, row, column and id with what would be right. No file access.

import { placeProblem, sheetProblemLine, sheetsToRegister } from './register-sheets.mjs';
import { xlsxToSheets } from './register-xlsx.mjs';
import { registerProblems } from './register-rules.mjs';

/**
 * Sheets as read from a workbook → a checked register. Returns `{ register, problems }`; `problems` are
 * `{ sheet, row, column, id, message, hint, code }` (cell problems first, then the register's own).
 */
export function workbookProblems(sheets) {
  const { register, problems: cellProblems, rows } = sheetsToRegister(sheets);
  const taken = new Set(cellProblems.map((p) => `${p.sheet} ${p.row} ${p.column}`));
  const checked = cellProblems.some((p) => !p.row || p.code === 'missingColumns' || p.code === 'unknownColumns')
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
