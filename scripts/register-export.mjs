#!/usr/bin/env node
// Writes the register's entries as CSV, one row per entry, for spreadsheet keepers.
// Usage: npm run register:export [-- out.csv] [-- --register path/to/register.json]
//   default output: register/register.csv; default register: register/register.json
// Columns: the entry fields of register/register.schema.json, in its order (see register-csv.mjs and
// register/README.md). Lists are separated by `;`.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { entriesToCsv } from './register-csv.mjs';
import { DEFAULT_CSV, ROOT, parseFileArgs, parseRegisterText, readTextOrExit } from './register-read.mjs';

const args = parseFileArgs(process.argv.slice(2), 'Usage: npm run register:export [-- out.csv] [-- --register register.json]');
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
writeFileSync(outPath, entriesToCsv(register.entries));
console.log(`${outLabel}: ${register.entries.length} entries written from ${registerLabel}`);
