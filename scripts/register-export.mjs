#!/usr/bin/env node
// Writes the register's entries as CSV, one row per entry, for spreadsheet keepers.
// Usage: npm run register:export [-- out.csv] [-- --register path/to/register.json]
//   default output: register/register.csv; default register: register/register.json
// Columns: id, section, group, type, title, authors, publisher, place, published, languages,
// languagesInferred, topics, audiences, url. Lists (authors, languages, topics, audiences) are separated by `;`.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CSV, DEFAULT_REGISTER, ROOT, entriesToCsv, parseRegisterText } from './register-lib.mjs';

function parseArgs(argv) {
  const options = { out: undefined, register: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--register') options.register = argv[++i];
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (!options.out) options.out = arg;
    else throw new Error(`unexpected argument: ${arg}`);
  }
  return options;
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (options.help) {
  console.log('Usage: node scripts/register-export.mjs [out.csv] [--register register.json]');
  process.exit(0);
}

// npm runs scripts from the package root; paths given by the user are relative to where they ran npm.
const base = process.env.INIT_CWD ?? process.cwd();
const registerPath = options.register ? resolve(base, options.register) : resolve(ROOT, DEFAULT_REGISTER);
const registerLabel = options.register ?? DEFAULT_REGISTER;
const outPath = options.out ? resolve(base, options.out) : resolve(ROOT, DEFAULT_CSV);
const outLabel = options.out ?? DEFAULT_CSV;

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
