/**
 * Size budgets of the built bundles (issue 8), gzip level 9: deterministic, so a test rather than a timing.
 * `npm test` runs the Node tests after the build; run `npm run build` first when running this file alone.
 * The aim (below the budget) is reported by `npm run bench`, with what stands between the bundle and it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// `target` is issue 8's budget. dist/quick-exit.js meets it, so its ceiling IS the budget. dist/ogv-widgets.js
// does NOT yet (see README, Performance): its `budget` is a ratchet, the enforced ceiling set just above today's
// size so the bundle cannot grow while the gap is closed. Lower it whenever a change makes the bundle smaller;
// never raise it without saying why in the commit.
const BUDGETS = [
  {
    file: 'dist/ogv-widgets.js',
    budget: 53.2 * 1024,
    target: 45 * 1024,
    what: 'all elements, four languages and the register snapshot',
  },
  { file: 'dist/quick-exit.js', budget: 10 * 1024, target: 10 * 1024, what: 'the quick exit alone' },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

for (const { file, budget, target, what } of BUDGETS) {
  test(`${file} (${what}) is at most ${kb(budget)} gzip (target ${kb(target)})`, () => {
    assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
    const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
    assert.ok(
      gzip <= budget,
      `${file} is ${gzip} bytes gzip (${kb(gzip)}), over its ceiling of ${budget} bytes (${kb(budget)}) by ` +
        `${gzip - budget} bytes; \`npm run bench\` shows what the bundle is made of`,
    );
    if (gzip > target) console.log(`# ${file}: ${kb(gzip)} gzip, ${kb(gzip - target)} over the target of ${kb(target)}`);
  });
}
