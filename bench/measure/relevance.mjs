/**
 * Search relevance: the labelled persona queries of bench/relevance/ against the real register, for our
 * search, MiniSearch and plain Fuse.js (recall@5, MRR, nDCG@5, best answer in the top five, zero results),
 * overall, on the tuning part, on the held-out part and per language of the held-out part. Also what the
 * entries' summaries and keywords cost in the register snapshot bundled into the script. Deterministic: no
 * browser, no timing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { relevance } from '../relevance/run.mjs';
import { ROOT, row, section } from '../lib/report.mjs';

const NAMES = { ours: 'ogv-widgets', mini: 'MiniSearch', fuse: 'Fuse.js' };
const pct = (x) => (Number.isNaN(x) ? '–' : `${Math.round(100 * x)}%`);
const dec = (x) => (Number.isNaN(x) ? '–' : x.toFixed(3));

/** gzip -9 bytes of the entries as the snapshot keeps them, with and without some fields. */
function summaryCost() {
  const register = JSON.parse(readFileSync(join(ROOT, 'register', 'register.json'), 'utf8'));
  const gz = (value) => gzipSync(JSON.stringify(value), { level: 9 }).length;
  const without = (fields) => register.entries.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k))));
  // The snapshot keeps neither summarySource nor the fields the widgets never read; summarySource is left out
  // of every variant, so each difference is what one field adds.
  const base = gz(without(['summarySource']));
  return {
    summaries: base - gz(without(['summarySource', 'summary'])),
    keywords: base - gz(without(['summarySource', 'keywords'])),
  };
}

export async function measureRelevance() {
  const { table, rows } = await relevance();
  section(
    `Search relevance: ${rows.length} labelled persona queries (bench/relevance/queries.json), recall@5 · MRR · nDCG@5 · best in top 5 · zero results`,
  );
  for (const [group, byEngine] of Object.entries(table)) {
    for (const [engine, s] of Object.entries(byEngine)) {
      row(
        `${group}: ${NAMES[engine]}`,
        `${dec(s.recall)} · ${dec(s.mrr)} · ${dec(s.ndcg)} · ${pct(s.bestTop5)} · ${pct(s.zero)}`,
        `${s.queries} queries, ${s.bestQueries} with a best answer`,
      );
    }
  }
  const cost = summaryCost();
  row('summaries in the snapshot', `${cost.summaries} B gzip`, 'four languages, all entries (aim: under 12 KB)');
  row('keywords in the snapshot', `${cost.keywords} B gzip`);
  const failing = rows
    .filter((r) => r.split === 'holdout' && (r.m.ours.best === false || r.m.ours.recall === 0))
    .map((r) => `"${r.q}"`);
  row('held-out queries missing their best answer or every relevant one', failing.length, failing.slice(0, 8).join(', '));
  return { table, cost, failing };
}
