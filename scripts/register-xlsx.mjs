// The register as an .xlsx workbook (the sheets of register-sheets.mjs), in Node and in the studio.
// Libraries: write-excel-file and read-excel-file, their `universal` builds (Blob and ArrayBuffer in and out,
// the same code in Node and a browser). Every cell is written as text with the Text number format (`@`), so
// a spreadsheet program keeps `2021-01` and `+32…` as typed, and every column has that format too, so a
// cell typed later in a new row keeps it as well; reading accepts what Excel and LibreOffice
// store anyway (numbers, dates, booleans, shared and inline strings), which register-sheets.mjs turns back
// into text.

import readExcelFile from 'read-excel-file/universal';
import writeExcelFile from 'write-excel-file/universal';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const MAX_WIDTH = 60;

/**
 * Sheets of text → .xlsx, as a Blob. The header row is bold and stays in view; column widths follow the
 * longest text, up to MAX_WIDTH characters.
 * @param {{ name: string, rows: string[][] }[]} sheets
 */
export async function sheetsToXlsx(sheets) {
  const blob = await writeExcelFile(
    sheets.map(({ name, rows }) => ({
      sheet: name,
      data: rows.map((row, r) => row.map((value) => ({ type: String, value, format: '@', ...(r === 0 ? { fontWeight: 'bold' } : {}) }))),
      columns: rows[0].map((_, c) => ({ width: Math.min(MAX_WIDTH, Math.max(8, ...rows.map((row) => (row[c] ?? '').length + 2))) })),
      stickyRowsCount: 1,
    })),
  ).toBlob();
  return textColumns(new Uint8Array(await blob.arrayBuffer()));
}

const XF = /<xf\b[^>]*?(?:\/>|>.*?<\/xf>)/gs;

/**
 * The workbook `bytes` with the Text number format on every column as a whole (`<col style>`), not only on
 * the cells written: a cell a keeper fills in a new row keeps `2021-01` and `+32…` as typed too.
 * write-excel-file sets a format per cell only, so the column style is added to its output here: the cell
 * style of the body cells (Text format, normal font).
 */
function textColumns(bytes) {
  const files = unzipSync(bytes);
  const styles = strFromU8(files['xl/styles.xml']);
  const text = /<numFmt numFmtId="(\d+)" formatCode="@"\/>/.exec(styles)?.[1];
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1].match(XF) ?? [];
  const style = xfs.findIndex((xf) => xf.includes(`numFmtId="${text}"`) && !xf.includes('applyFont'));
  if (text === undefined || style < 0) throw new Error('write-excel-file wrote no Text cell style');
  for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    files[name] = strToU8(strFromU8(files[name]).replace(/<col (?![^>]*style=)/g, `<col style="${style}" `));
  }
  return new Blob([zipSync(files)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
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
