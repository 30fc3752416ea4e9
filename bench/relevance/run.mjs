#!/usr/bin/env node
/**
 * The relevance benchmark: the labelled queries of bench/relevance/queries.json against the real register,
 * for our search, MiniSearch and plain Fuse.js; overall, per split (tune / held-out) and per language.
 * `node bench/relevance/run.mjs` prints the table; `--failures` also lists the held-out queries whose best
 * answer is not in our top five, or that find none of their relevant entries; `--tune` prints only the tuning
 * part (table and failures), so that tuning never looks at the held-out numbers. bench/run.mjs calls `relevance()`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { measure, summarise } from './metrics.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const ENGINES = ['ours', 'mini', 'fuse'];
const NAMES = { ours: 'ogv-widgets', mini: 'MiniSearch', fuse: 'Fuse.js' };

async function loadEngines() {
  const outfile = join(ROOT, 'bench', '.tmp', 'relevance-engines.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(HERE, 'engines.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** Runs every engine on every query; returns the per-query rows and the summaries. */
export async function relevance({ registerPath = join(ROOT, 'register', 'register.json') } = {}) {
  const engines = await loadEngines();
  const register = JSON.parse(readFileSync(registerPath, 'utf8'));
  const { queries } = JSON.parse(readFileSync(join(HERE, 'queries.json'), 'utf8'));
  const run = Object.fromEntries(ENGINES.map((name) => [name, engines[name](register)]));
  const rows = queries.map((q) => {
    const row = { ...q, ranked: {}, m: {} };
    for (const name of ENGINES) {
      row.ranked[name] = run[name](q.q, q.lang);
      row.m[name] = measure(row.ranked[name], q);
    }
    return row;
  });
  const groups = { all: rows };
  for (const split of ['tune', 'holdout']) groups[split] = rows.filter((r) => r.split === split);
  for (const split of ['tune', 'holdout']) {
    for (const lang of ['nl', 'fr', 'de', 'en']) groups[`${split} ${lang}`] = groups[split].filter((r) => r.lang === lang);
  }
  const table = {};
  for (const [group, list] of Object.entries(groups)) {
    table[group] = Object.fromEntries(ENGINES.map((name) => [name, summarise(list.map((r) => r.m[name]))]));
  }
  return { rows, table };
}

const pct = (x) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(0)}%`);
const dec = (x) => (Number.isNaN(x) ? '–' : x.toFixed(3));

export function printTable(table, log = console.log) {
  log('group            engine        queries  recall@5  MRR    nDCG@5  best in top 5  zero results');
  for (const [group, byEngine] of Object.entries(table)) {
    for (const name of ENGINES) {
      const s = byEngine[name];
      log(
        `${group.padEnd(16)} ${NAMES[name].padEnd(13)} ${String(s.queries).padStart(7)}  ${dec(s.recall).padStart(8)}  ${dec(s.mrr)}  ${dec(s.ndcg)}  ${`${pct(s.bestTop5)} of ${s.bestQueries}`.padStart(13)}  ${pct(s.zero).padStart(12)}`,
      );
    }
  }
}

export function printFailures(rows, split = 'holdout', log = console.log) {
  for (const r of rows.filter((row) => !split || row.split === split)) {
    const m = r.m.ours;
    if (m.best === false || m.recall === 0) {
      log(`${r.id} [${r.lang}] "${r.q}": best ${r.best ?? '-'}; top 5 ${r.ranked.ours.slice(0, 5).join(', ') || '(none)'}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { rows, table } = await relevance();
  // --tune: only the tuning part, so that tuning never looks at the held-out numbers.
  const tuneOnly = process.argv.includes('--tune');
  printTable(tuneOnly ? Object.fromEntries(Object.entries(table).filter(([group]) => group.startsWith('tune'))) : table);
  if (process.argv.includes('--failures')) printFailures(rows, process.argv.includes('--tune') ? 'tune' : 'holdout');
}
