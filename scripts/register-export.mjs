#!/usr/bin/env node
// Writes the register for spreadsheet keepers, chosen by the output's extension:
//  - .xlsx: the whole register as a workbook (register-sheets.mjs, register-xlsx.mjs);
//  - .csv (and the default, register/register.csv): the entries, one row per entry (register-csv.mjs).
// Usage: npm run register:export [-- out.xlsx|out.csv] [-- --register path/to/register.json]
// See register/README.md for the columns.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { entriesToCsv } from './register-csv.mjs';
import { DEFAULT_CSV, ROOT, parseFileArgs, parseRegisterText, readTextOrExit } from './register-read.mjs';
import { registerToSheets } from './register-sheets.mjs';
import { sheetsToXlsx } from './register-xlsx.mjs';

const args = parseFileArgs(process.argv.slice(2), 'Usage: npm run register:export [-- out.xlsx|out.csv] [-- --register register.json]');
const { registerPath, registerLabel } = args;
const outPath = args.filePath ?? resolve(ROOT, DEFAULT_CSV);
const outLabel = args.file ?? DEFAULT_CSV;

const { register, problems } = parseRegisterText(readTextOrExit(registerPath, registerLabel), registerLabel);
if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
if (!Array.isArray(register?.entries)) {
  console.error(`${registerLabel}: (register) entries: missing or not a list`);
  process.exit(1);
}
if (/\.xlsx$/i.test(outLabel)) {
  const blob = await sheetsToXlsx(registerToSheets(register));
  writeFileSync(outPath, new Uint8Array(await blob.arrayBuffer()));
  console.log(`${outLabel}: ${register.entries.length} entries, ${register.helplines?.length ?? 0} helplines and the vocabularies written from ${registerLabel}`);
} else {
  writeFileSync(outPath, entriesToCsv(register.entries));
  console.log(`${outLabel}: ${register.entries.length} entries written from ${registerLabel}`);
}
