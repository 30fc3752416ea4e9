#!/usr/bin/env node
// Replaces the entries of register/register.json with the rows of a CSV file (see register-export.mjs for
// the columns), keeping every other part of the register (vocabularies, helplines, metadata). The result is
// checked exactly as `npm run register:check` does; on any problem nothing is written.
// Usage: npm run register:import -- file.csv [--register path/to/register.json]

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_REGISTER, ROOT, checkRegister, csvToEntries, formatRegister, parseRegisterText, summary,
} from './register-lib.mjs';

function parseArgs(argv) {
  const options = { csv: undefined, register: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--register') options.register = argv[++i];
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (!options.csv) options.csv = arg;
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
if (options.help || !options.csv) {
  console.error('Usage: npm run register:import -- file.csv [--register register.json]');
  process.exit(options.help ? 0 : 2);
}

// npm runs scripts from the package root; paths given by the user are relative to where they ran npm.
const base = process.env.INIT_CWD ?? process.cwd();
const registerPath = options.register ? resolve(base, options.register) : resolve(ROOT, DEFAULT_REGISTER);
const registerLabel = options.register ?? DEFAULT_REGISTER;
const csvLabel = options.csv;

const read = (path, label) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`${label}: (file) read: cannot read the file: ${error.message}`);
    process.exit(1);
  }
};

const parsed = parseRegisterText(read(registerPath, registerLabel), registerLabel);
if (parsed.problems.length) {
  for (const problem of parsed.problems) console.error(problem);
  process.exit(1);
}

const { entries, problems: csvProblems } = csvToEntries(read(resolve(base, options.csv), csvLabel), csvLabel);
if (csvProblems.length) {
  for (const problem of csvProblems) console.error(problem);
  console.error(`${registerLabel}: not written`);
  process.exit(1);
}

const updated = { ...parsed.register, entries };
const problems = checkRegister(updated, csvLabel);
if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`${registerLabel}: not written (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
  process.exit(1);
}

const text = formatRegister(updated);
const before = formatRegister(parsed.register);
writeFileSync(registerPath, text);
console.log(summary(updated, registerLabel) + (text === before ? ' (no change)' : ' (entries updated)'));
