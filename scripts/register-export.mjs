#!/usr/bin/env node
// Writes the register's entries as CSV, one row per entry, for spreadsheet keepers.
// Usage: npm run register:export [-- out.csv] [-- --register path/to/register.json]
//   default output: register/register.csv; default register: register/register.json
// Columns: id, section, group, type, title, authors, publisher, place, published, languages,
// languagesInferred, topics, audiences, url. Lists (authors, languages, topics, audiences) are separated by `;`.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CSV, ROOT, entriesToCsv, parseFileArgs, parseRegisterText } from './register-lib.mjs';

const args = parseFileArgs(process.argv.slice(2), 'Usage: npm run register:export [-- out.csv] [-- --register register.json]');
const { registerPath, registerLabel } = args;
const outPath = args.filePath ?? resolve(ROOT, DEFAULT_CSV);
const outLabel = args.file ?? DEFAULT_CSV;

let text;
try {
  text = readFileSync(registerPath, 'utf8');
} catch (error) {
  console.error(`${registerLabel}: (file) read: cannot read the file: ${error.message}`);
  process.exit(1);
}
const { register, problems } = parseRegisterText(text, registerLabel);
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
