#!/usr/bin/env node
// Imports a spreadsheet into register/register.json, chosen by the file's extension:
//  - .xlsx: the whole register (the workbook of register-sheets.mjs: entries, helplines and channels,
//    vocabularies, top-level fields) replaces register.json;
//  - .csv: the rows replace the entries; every other part of register.json is kept.
// The result is checked exactly as `npm run register:check` does; on any problem nothing is written. Each
// problem is named by sheet (a CSV is the `entries` sheet), row, column and id.
// Usage: npm run register:import -- file.xlsx|file.csv [--register path/to/register.json]

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatRegister } from './register-format.mjs';
import { parseFileArgs, parseRegisterText, readTextOrExit } from './register-read.mjs';
import { summaryLine } from './register-rules.mjs';
import { readCsv, readWorkbook } from './register-workbook.mjs';

const { file: label, filePath, registerPath, registerLabel } = parseFileArgs(
  process.argv.slice(2),
  'Usage: npm run register:import -- file.xlsx|file.csv [--register register.json]',
  { requireFile: true },
);

function refuse(lines) {
  for (const line of lines) console.error(line);
  console.error(`${registerLabel}: not written (${lines.length} problem${lines.length === 1 ? '' : 's'})`);
  process.exit(1);
}

const workbook = /\.xlsx$/i.test(label);
let before = '';
let updated;
if (workbook) {
  if (existsSync(registerPath)) before = readTextOrExit(registerPath, registerLabel);
  let bytes;
  try {
    bytes = new Uint8Array(readFileSync(filePath)).buffer;
  } catch (error) {
    refuse([`${label}: (file) read: cannot read the file: ${error.message}`]);
  }
  const { register, lines } = await readWorkbook(bytes, label);
  if (lines.length) refuse(lines);
  updated = register;
} else {
  before = readTextOrExit(registerPath, registerLabel);
  const parsed = parseRegisterText(before, registerLabel);
  if (parsed.problems.length) refuse(parsed.problems);
  const { register, lines } = readCsv(readTextOrExit(filePath, label), label, parsed.register);
  if (lines.length) refuse(lines);
  updated = register;
  before = formatRegister(parsed.register);
}

const text = formatRegister(updated);
writeFileSync(registerPath, text);
console.log(summaryLine(updated, registerLabel) + (text === before ? ' (no change)' : workbook ? ' (register updated)' : ' (entries updated)'));
