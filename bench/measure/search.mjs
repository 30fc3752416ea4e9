/**
 * Search latency per keystroke: the finder's real search path (src/core/search.ts, "Fuse") and MiniSearch,
 * bundled and minified from bench/search-bench.ts, on the real register and seeded synthetic ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { generateRegister, loadBase, DEFAULT_SEED } from '../generate-register.mjs';
import { max, median, ms, p95, ratio, round } from '../lib/stats.mjs';
import { QUICK, ROOT, TMP, log, row, section } from '../lib/report.mjs';

/** Bundles bench/search-bench.ts into bench/.tmp/build/, which bench/page.html loads. */
export async function bundleSearchBench() {
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    build: {
      outDir: join(TMP, 'build'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: join(ROOT, 'bench', 'search-bench.ts'), formats: ['es'], fileName: () => 'search-bench.js' },
    },
  });
}

/** The search page (bench/page.html), ready: `globalThis.__bench` is there. */
export async function openSearchPage(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
  await page.waitForFunction('globalThis.__bench');
  return page;
}

function keystrokeStats(runs) {
  const pooled = runs.flatMap((r) => r.keystrokes);
  const perKeystrokeMedian = runs[0].keystrokes.map((_, k) => median(runs.map((r) => r.keystrokes[k])));
  return {
    runs: runs.length,
    keystrokes: runs[0].keystrokes.length,
    p50: round(median(pooled), 4),
    p95: round(p95(pooled), 4),
    maxObserved: round(max(pooled), 3),
    maxOfMedians: round(max(perKeystrokeMedian), 3),
    over16msKeystrokes: perKeystrokeMedian.filter((x) => x > 16).length,
    over50msKeystrokes: perKeystrokeMedian.filter((x) => x > 50).length,
    buildMedian: round(median(runs.map((r) => r.build)), 3),
    buildP95: round(p95(runs.map((r) => r.build)), 3),
    perKeystrokeMedian,
  };
}

export async function measureSearch(browser, origin) {
  const queries = JSON.parse(readFileSync('bench/queries.json', 'utf8')).queries.map((q) => q.text);
  const { base, real } = loadBase();
  const sizes = [
    { name: `real register (${base.entries.length} entries)`, size: base.entries.length, register: base, runs: QUICK ? 3 : 21 },
    { name: '1 000 entries (synthetic)', size: 1000, register: generateRegister(1000, DEFAULT_SEED, base), runs: QUICK ? 2 : 15 },
    { name: '10 000 entries (synthetic)', size: 10000, register: generateRegister(10000, DEFAULT_SEED, base), runs: QUICK ? 1 : 5 },
  ];
  if (!real) log('register/register.json is missing: using the schema vocabulary with no real entries');
  const page = await openSearchPage(browser, origin);
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
  const result = { crossOriginIsolated: isolated, queries: queries.length, seed: DEFAULT_SEED, sizes: [] };
  section(
    `Search latency per keystroke (${queries.length} queries typed letter by letter; Fuse = src/core/search.ts, ` +
      `MiniSearch fuzzy 0.2 + prefix; timer ${isolated ? '5 µs' : '100 µs'})`,
  );
  for (const s of sizes) {
    log(`search: ${s.name}, ${s.runs} runs`);
    // Warm-up (JIT), then the measured runs.
    await page.evaluate((r, q) => globalThis.__bench.compare(r, q.slice(0, 10), 1), s.register, queries);
    const out = await page.evaluate((r, q, n) => globalThis.__bench.compare(r, q, n), s.register, queries, s.runs);
    const fuse = keystrokeStats(out.fuse);
    const mini = keystrokeStats(out.mini);
    const slowest = fuse.perKeystrokeMedian
      .map((t, k) => ({ t, k: out.keystrokes[k] }))
      .sort((a, b) => b.t - a.t)
      .slice(0, 5)
      .map((x) => `"${x.k}" ${x.t.toFixed(1)} ms`);
    delete fuse.perKeystrokeMedian;
    delete mini.perKeystrokeMedian;
    result.sizes.push({ name: s.name, entries: s.size, fuse, mini, slowestFuseKeystrokes: slowest });
    row(`${s.size} entries: Fuse p50 / p95`, `${ms(fuse.p50, 3)} / ${ms(fuse.p95, 3)}`, `${fuse.keystrokes} keystrokes × ${fuse.runs} runs`);
    row(`${s.size} entries: MiniSearch p50 / p95`, `${ms(mini.p50, 3)} / ${ms(mini.p95, 3)}`, `Fuse/MiniSearch: p50 ${ratio(fuse.p50, mini.p50)}, p95 ${ratio(fuse.p95, mini.p95)}`);
    row(`${s.size} entries: index build Fuse / MiniSearch`, `${ms(fuse.buildMedian)} / ${ms(mini.buildMedian)}`, `median; ratio ${ratio(fuse.buildMedian, mini.buildMedian)}`);
    row(
      `${s.size} entries: longest keystroke Fuse / MiniSearch`,
      `${ms(fuse.maxOfMedians, 1)} / ${ms(mini.maxOfMedians, 1)}`,
      `median over runs of the slowest keystroke; worst single ${ms(fuse.maxObserved, 1)} / ${ms(mini.maxObserved, 1)}`,
    );
    if (s.size === 94 || s.size === base.entries.length) {
      row('budget: p95 ≤ 1 ms at the real register', fuse.p95 <= 1 ? 'met' : 'NOT met', `p95 ${ms(fuse.p95, 3)}`);
    } else if (s.size === 1000) {
      row('budget: p95 ≤ 8 ms at 1 000', fuse.p95 <= 8 ? 'met' : 'NOT met', `p95 ${ms(fuse.p95, 3)}`);
    } else if (s.size === 10000) {
      row('budget: no keystroke > 50 ms at 10 000', fuse.maxOfMedians <= 50 ? 'met' : 'NOT met', `${fuse.over50msKeystrokes} keystrokes over 50 ms; slowest ${slowest.slice(0, 3).join(', ')}`);
      row('aim: no keystroke > 16 ms at 10 000', fuse.maxOfMedians <= 16 ? 'met' : 'not met', `${fuse.over16msKeystrokes} of ${fuse.keystrokes} keystrokes over 16 ms`);
    }
  }
  await page.close();
  return result;
}
