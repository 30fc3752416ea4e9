/**
 * What every measurement shares: the options (environment), the progress log and the one output table
 * (rows of label / value / note, also kept for results.json).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Bundles and scratch output (ignored by git). */
export const TMP = join(ROOT, 'bench', '.tmp');

const ONLY = process.env.OGV_BENCH_ONLY?.split(',');
/** Few repetitions: a smoke run, or a run of some parts only. bench/results.json is then not written. */
export const QUICK = process.env.OGV_BENCH_QUICK === '1' || Boolean(ONLY);
/** Whether a part runs: sizes, element-costs, relevance, search, first-results, quick-exit, layout-shift. */
export const wanted = (part) => !ONLY || ONLY.includes(part);

const started = Date.now();
export const secondsSinceStart = () => Math.round((Date.now() - started) / 1000);
export const log = (...args) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s]`, ...args);

const rows = [];
export const table = () => rows;
export const section = (title) => rows.push({ section: title });
export const row = (label, value, note = '') => rows.push({ label, value, note });

/** The table as printed: one `## section` line per section, then label, value and note in columns. */
export function formatTable(list) {
  const width = Math.max(...list.filter((r) => r.label).map((r) => r.label.length));
  const valueWidth = Math.max(...list.filter((r) => r.label).map((r) => String(r.value).length));
  const lines = [];
  for (const r of list) {
    if (r.section) lines.push('', `## ${r.section}`);
    else lines.push(`${r.label.padEnd(width)}  ${String(r.value).padEnd(valueWidth)}  ${r.note}`.trimEnd());
  }
  return lines.join('\n');
}

export const printTable = () => formatTable(rows);

/** The line that says where the figures come from (results.json's `machine`). */
export const machineLine = (machine, quick) =>
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.os}; ${machine.chromium} (headless); Node ${machine.node}` +
  (quick ? '\n(OGV_BENCH_QUICK=1: few repetitions, figures are rough)' : '');
