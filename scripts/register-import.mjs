#!/usr/bin/env node
// Replaces the entries of register/register.json with the rows of a CSV file (see register-export.mjs for
// the columns), keeping every other part of the register (vocabularies, helplines, metadata). The result is
// checked exactly as `npm run register:check` does; on any problem nothing is written.
// Usage: npm run register:import -- file.csv [--register path/to/register.json]

import { writeFileSync } from 'node:fs';
import { csvToEntries } from './register-csv.mjs';
import { formatRegister } from './register-format.mjs';
import { parseFileArgs, parseRegisterText, readTextOrExit } from './register-read.mjs';
import { checkRegister, summaryLine } from './register-rules.mjs';

const { file: csvLabel, filePath: csvPath, registerPath, registerLabel } = parseFileArgs(
  process.argv.slice(2),
  'Usage: npm run register:import -- file.csv [--register register.json]',
  { requireFile: true },
);

const parsed = parseRegisterText(readTextOrExit(registerPath, registerLabel), registerLabel);
if (parsed.problems.length) {
  for (const problem of parsed.problems) console.error(problem);
  process.exit(1);
}

const { entries, problems: csvProblems } = csvToEntries(readTextOrExit(csvPath, csvLabel), csvLabel);
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
console.log(summaryLine(updated, registerLabel) + (text === before ? ' (no change)' : ' (entries updated)'));
