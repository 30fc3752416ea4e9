#!/usr/bin/env node
/**
 * npm run bench (after npm run build): sizes, what each element costs, search latency and quality (with
 * MiniSearch side by side), time to first results, quick-exit latency and layout shift, measured in the
 * machine's headless Chromium on the built code. Prints one table and writes bench/results.json and the
 * table of docs/performance.md (bench/lib/performance-doc.mjs).
 * One module per measurement in bench/measure/; see bench/README.md.
 *
 * Options (environment): OGV_BENCH_QUICK=1 runs fewer repetitions (a smoke run; figures are noisier, and
 * neither bench/results.json nor docs/performance.md is written); OGV_BENCH_ONLY=<parts> runs those parts
 * only, with few repetitions. The parts: sizes, element-costs, relevance, search (latency and quality), first-results,
 * quick-exit, slow-phone, layout-shift.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import puppeteer from 'puppeteer';
import { QUICK, ROOT, TMP, log, machineLine, printTable, secondsSinceStart, table, wanted } from './lib/report.mjs';
import { writePerformanceDoc } from './lib/performance-doc.mjs';
import { round } from './lib/stats.mjs';
import { startServer } from './lib/server.mjs';
import { measureSizes } from './measure/sizes.mjs';
import { measureElementCosts } from './measure/element-costs.mjs';
import { bundleSearchBench, measureSearch } from './measure/search.mjs';
import { measureSearchQuality } from './measure/search-quality.mjs';
import { measureRelevance } from './measure/relevance.mjs';
import { measureFirstResults } from './measure/first-results.mjs';
import { measureQuickExit } from './measure/quick-exit.mjs';
import { measureLayoutShift } from './measure/layout-shift.mjs';
import { measureSlowPhone } from './measure/slow-phone.mjs';

process.chdir(ROOT);
mkdirSync(TMP, { recursive: true });

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memoryGB: round(os.totalmem() / 2 ** 30, 1),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: 'unknown',
};
const results = { machine, date: new Date().toISOString(), quick: QUICK };

if (wanted('sizes')) {
  log('sizes');
  results.sizes = measureSizes();
}
if (wanted('element-costs')) {
  log('element costs (rebuilding the bundle without each element)');
  const elementCosts = await measureElementCosts();
  if (elementCosts) results.sizes = { ...results.sizes, elementCosts };
}
if (wanted('relevance')) {
  log('search relevance (labelled persona queries)');
  results.relevance = await measureRelevance();
}
if (wanted('search')) {
  log('bundling the search benchmark (vite, production, minified)');
  await bundleSearchBench();
}
const { server, origin } = await startServer();
const browser = await puppeteer.launch({
  executablePath: process.env.OGV_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
machine.chromium = await browser.version();
try {
  if (wanted('search')) {
    results.search = await measureSearch(browser, origin);
    results.search.quality = await measureSearchQuality(browser, origin);
  }
  if (wanted('first-results')) {
    log('time to first results');
    results.firstResults = await measureFirstResults(browser, origin);
  }
  if (wanted('quick-exit')) {
    log('quick exit');
    results.quickExit = await measureQuickExit(browser, origin);
  }
  if (wanted('slow-phone')) {
    log('a slow phone (throttled CPU), a big register');
    results.slowPhone = await measureSlowPhone(browser, origin);
  }
  if (wanted('layout-shift')) {
    log('layout shift');
    results.layoutShift = await measureLayoutShift(browser, origin);
  }
} finally {
  await browser.close();
  server.close();
}

const header = machineLine(machine, QUICK);
console.log(`${header}\n${printTable()}\n`);
results.table = table();
results.durationSeconds = secondsSinceStart();
const out = QUICK ? join(TMP, 'results.quick.json') : 'bench/results.json';
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
if (!QUICK) writePerformanceDoc(results);
log(`done in ${results.durationSeconds} s${QUICK ? ' (quick run: bench/results.json not written)' : '; wrote bench/results.json and docs/performance.md'}`);
