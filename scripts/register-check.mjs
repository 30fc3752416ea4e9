#!/usr/bin/env node
// Checks a register file: JSON Schema (register/register.schema.json, Ajv 2020), the rules the widgets apply
// when they load it (src/core/register-validate.ts) and what publishing asks for (see register-rules.mjs).
// Usage: node scripts/register-check.mjs [file]   (default: register/register.json)
// Prints one line per problem, `<file>: <entry or helpline id> <field>: <message>`, and exits 1;
// otherwise prints a one-line summary and exits 0.

import { join, resolve } from 'node:path';
import { DEFAULT_REGISTER, ROOT, readTextOrExit } from './register-read.mjs';
import { checkRegisterText, summaryLine } from './register-rules.mjs';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: node scripts/register-check.mjs [register.json]  (default: register/register.json)');
  process.exit(0);
}
const label = args[0] ?? DEFAULT_REGISTER;
// The default is found from the repository root; a path given on the command line is relative to where the
// command was run (npm runs scripts from the package root and passes the original directory as INIT_CWD).
const path = args[0] ? resolve(process.env.INIT_CWD ?? process.cwd(), args[0]) : join(ROOT, DEFAULT_REGISTER);

const { register, problems } = checkRegisterText(readTextOrExit(path, label), label);
if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`${label}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(summaryLine(register, label));
