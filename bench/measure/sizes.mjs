/**
 * Sizes of every built file against the budgets, and what the main bundle is made of (from its source map).
 * Deterministic: no browser.
 */
import { existsSync } from 'node:fs';
import { BUDGETS } from '../budgets.mjs';
import { breakdown, distFiles } from '../sizes.mjs';
import { kb } from '../lib/stats.mjs';
import { row, section } from '../lib/report.mjs';

export function measureSizes() {
  const files = distFiles();
  const result = { files };
  section('Size (bytes: minified / gzip -9 / brotli -q 11)');
  if (!files.length) {
    row('dist/', 'missing', 'run npm run build');
    return result;
  }
  for (const f of files) {
    const budget = BUDGETS[f.file];
    const note = budget
      ? `budget ${kb(budget.budget)} gzip: ${f.gzip <= budget.budget ? 'within' : 'OVER'}; aim ${kb(budget.aim)}: ${
          f.gzip <= budget.aim ? 'met' : `${f.gzip - budget.aim} B over`
        }`
      : '';
    row(f.file, `${f.min} / ${f.gzip} / ${f.brotli}`, note);
  }
  const main = 'dist/ogv-widgets.js';
  if (!existsSync(`${main}.map`)) return result;
  const b = breakdown(main);
  result.breakdown = { file: main, min: b.min, gzip: b.gzip, groups: b.groups, sources: b.sources };
  section(`What ${main} is made of (from its source map; gzip shares scaled to the real ${b.gzip} B)`);
  for (const g of b.groups) {
    row(
      g.group,
      `${g.min} B min, ~${g.gzipShare} B gzip`,
      `${((g.min / b.min) * 100).toFixed(1)}% of the minified bytes; the bundle would be ${g.gzipMarginal} B smaller gzip without it`,
    );
  }
  const aim = BUDGETS[main].aim;
  const lit = b.groups.filter((g) => g.group.startsWith('Lit')).reduce((s, g) => s + g.gzipShare, 0);
  const fuse = b.groups.find((g) => g.group === 'Fuse.js')?.gzipShare ?? 0;
  const rest = b.gzip - lit - fuse;
  const between = b.gzip - aim;
  // What the aim leaves for our code once Lit and localize (~7 KB) and Fuse (~9 KB) are counted.
  const restAllowance = aim - 7 * 1024 - 9 * 1024;
  row(
    `against the ${aim / 1024} KB aim`,
    between > 0 ? `${between} B over` : `${-between} B under`,
    `Lit+localize ~${lit} B (issue estimate ~7 KB), Fuse ~${fuse} B (~8–9.5 KB), the rest (our code, strings, register) ~${rest} B vs the ~${restAllowance / 1024} KB the aim leaves`,
  );
  const ours = b.sources.filter((x) => x.group.startsWith('our ')).slice(0, 6);
  row('largest of our files', `${ours.length} shown`, ours.map((x) => `${x.source.replace(/^(\.\.\/)+/, '')} ${x.min} B`).join(', '));
  result.aim = { file: main, aim, gzip: b.gzip, between, lit, fuse, rest, restAllowance };
  const qe = files.find((f) => f.file === 'dist/quick-exit.js');
  if (qe && existsSync('dist/quick-exit.js.map')) {
    const q = breakdown('dist/quick-exit.js');
    result.quickExitBreakdown = { groups: q.groups };
    const qaim = BUDGETS['dist/quick-exit.js'].aim;
    row(
      `dist/quick-exit.js against the ${qaim / 1024} KB aim`,
      qe.gzip > qaim ? `${qe.gzip - qaim} B over` : `${qaim - qe.gzip} B under`,
      q.groups.map((g) => `${g.group} ~${g.gzipShare} B`).join(', '),
    );
  }
  return result;
}
