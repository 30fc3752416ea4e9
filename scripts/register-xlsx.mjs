// The register as an .xlsx workbook (the sheets of register-sheets.mjs), in Node and in the studio.
// Libraries: write-excel-file and read-excel-file, their `universal` builds (Blob and ArrayBuffer in and out,
// the same code in Node and a browser). Every cell is written as text with the Text number format (`@`), so
// a spreadsheet program keeps `2021-01` and `+32…` as typed; reading accepts what Excel and LibreOffice
// store anyway (numbers, dates, booleans, shared and inline strings), which register-sheets.mjs turns back
// into text.

import readExcelFile from 'read-excel-file/universal';
import writeExcelFile from 'write-excel-file/universal';

const MAX_WIDTH = 60;

/**
 * Sheets of text → .xlsx, as a Blob. The header row is bold and stays in view; column widths follow the
 * longest text, up to MAX_WIDTH characters.
 * @param {{ name: string, rows: string[][] }[]} sheets
 */
export function sheetsToXlsx(sheets) {
  return writeExcelFile(
    sheets.map(({ name, rows }) => ({
      sheet: name,
      data: rows.map((row, r) => row.map((value) => ({ type: String, value, format: '@', ...(r === 0 ? { fontWeight: 'bold' } : {}) }))),
      columns: rows[0].map((_, c) => ({ width: Math.min(MAX_WIDTH, Math.max(8, ...rows.map((row) => (row[c] ?? '').length + 2))) })),
      stickyRowsCount: 1,
    })),
  ).toBlob();
}

/**
 * .xlsx bytes → `[{ name, rows }]`, cells as the library reads them (string, number, boolean, Date, null).
 * Throws when the bytes are not a workbook.
 * @param {ArrayBuffer | Blob} input
 */
export async function xlsxToSheets(input) {
  const sheets = await readExcelFile(input);
  return sheets.map(({ sheet, data }) => ({ name: sheet, rows: data }));
}
