/**
 * Search quality: the finder's labelled everyday queries (test/resource-finder/everyday-queries.ts), how many
 * expected resources each engine (Fuse, MiniSearch) puts in its top five, on the real register.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { loadBase } from '../generate-register.mjs';
import { ROOT, TMP, row, section } from '../lib/report.mjs';
import { openSearchPage } from './search.mjs';

/** The labelled queries, compiled from their TypeScript source for Node. */
async function everydayQueries() {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: join(TMP, 'everyday'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      lib: { entry: join(ROOT, 'test', 'resource-finder', 'everyday-queries.ts'), formats: ['es'], fileName: () => 'everyday-queries.mjs' },
    },
  });
  const { EVERYDAY_QUERIES } = await import(join(TMP, 'everyday', 'everyday-queries.mjs'));
  return EVERYDAY_QUERIES.map((q) => ({ text: q.query, expected: q.expected }));
}

export async function measureSearchQuality(browser, origin) {
  section('Search quality: labelled everyday queries, expected resources in the top five (real register)');
  const labelled = await everydayQueries();
  const { base } = loadBase();
  const page = await openSearchPage(browser, origin);
  const tops = await page.evaluate((r, q) => globalThis.__bench.topIds(r, q), base, labelled.map((q) => q.text));
  await page.close();
  let fuseFound = 0;
  let miniFound = 0;
  let expectedTotal = 0;
  const detail = labelled.map((q, i) => {
    const f = q.expected.filter((id) => tops[i].fuse.includes(id)).length;
    const m = q.expected.filter((id) => tops[i].mini.includes(id)).length;
    fuseFound += f;
    miniFound += m;
    expectedTotal += q.expected.length;
    return { query: q.text, expected: q.expected, fuseTop5: tops[i].fuse, miniTop5: tops[i].mini, fuseFound: f, miniFound: m };
  });
  const fuseQueries = detail.filter((d) => d.fuseFound > 0).length;
  const miniQueries = detail.filter((d) => d.miniFound > 0).length;
  row('expected resources found in top 5: Fuse', `${fuseFound} / ${expectedTotal}`, `${fuseQueries} of ${labelled.length} queries with at least one`);
  row('expected resources found in top 5: MiniSearch', `${miniFound} / ${expectedTotal}`, `${miniQueries} of ${labelled.length} queries with at least one`);
  const worse = detail.filter((d) => d.miniFound > d.fuseFound).map((d) => `"${d.query}"`);
  row('queries where MiniSearch finds more', worse.length, worse.slice(0, 6).join(', '));
  return { queries: labelled.length, expectedTotal, fuseFound, miniFound, fuseQueries, miniQueries, detail };
}
