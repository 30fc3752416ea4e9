#!/usr/bin/env node
/**
 * docs/performance.md shows the latest full bench run: the block between <!-- bench:start --> and
 * <!-- bench:end --> is the table of bench/results.json, as `npm run bench` prints it, with the machine and
 * the date. bench/run.mjs rewrites it after every full run (a quick run writes neither file); the prose
 * around it is written by hand and names rows, not their figures, so it stays true from run to run.
 *
 * `node bench/lib/performance-doc.mjs` rewrites the block from bench/results.json; `--check` exits 1 when the
 * block is not what bench/results.json holds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, formatTable, machineLine } from './report.mjs';

const DOC = join(ROOT, 'docs', 'performance.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** The generated block for one results.json. */
export function performanceBlock(results) {
  const date = results.date.slice(0, 10);
  return [
    START,
    '<!-- Written by npm run bench (bench/lib/performance-doc.mjs) from bench/results.json; do not edit by hand. -->',
    '',
    `Run of ${date}. Medians and p95 over repeated runs; times depend on the machine and its load, so compare rows`,
    'of the same run.',
    '',
    '```text',
    machineLine(results.machine, results.quick),
    formatTable(results.table),
    '```',
    END,
  ].join('\n');
}

/** docs/performance.md with its block replaced by the one for `results`. */
export function withPerformanceBlock(doc, results) {
  const i = doc.indexOf(START);
  const j = doc.indexOf(END);
  if (i < 0 || j < i) throw new Error(`${DOC} lacks the ${START} … ${END} markers`);
  return `${doc.slice(0, i)}${performanceBlock(results)}${doc.slice(j + END.length)}`;
}

/** Rewrites the block of docs/performance.md for `results` (a full run's results.json). */
export function writePerformanceDoc(results) {
  writeFileSync(DOC, withPerformanceBlock(readFileSync(DOC, 'utf8'), results));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8'));
  const doc = readFileSync(DOC, 'utf8');
  const next = withPerformanceBlock(doc, results);
  if (!process.argv.includes('--check')) writeFileSync(DOC, next);
  else if (next !== doc) {
    console.error('docs/performance.md is not the latest bench/results.json: run node bench/lib/performance-doc.mjs');
    process.exit(1);
  }
}
