#!/usr/bin/env node
// Checks a register file: JSON Schema (register/register.schema.json, Ajv 2020) plus the lints a schema
// cannot express (unique ids and URLs, references to the register's vocabularies, every topic used).
// Usage: node scripts/register-check.mjs [file]   (default: register/register.json)
// Prints one line per problem, `<file>: <entry or helpline id> <field>: <message>`, and exits 1;
// otherwise prints a one-line summary and exits 0.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_REGISTER, ROOT, checkRegisterText, summary } from './register-lib.mjs';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: node scripts/register-check.mjs [register.json]  (default: register/register.json)');
  process.exit(0);
}
const label = args[0] ?? DEFAULT_REGISTER;
// The default is found from the repository root; a path given on the command line is relative to where the
// command was run (npm runs scripts from the package root and passes the original directory as INIT_CWD).
const path = args[0] ? resolve(process.env.INIT_CWD ?? process.cwd(), args[0]) : join(ROOT, DEFAULT_REGISTER);

let text;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`${label}: (file) read: cannot read the file: ${error.message}`);
  process.exit(1);
}

const { register, problems } = checkRegisterText(text, label);
if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`${label}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(summary(register, label));
