/**
 * Size budgets of the built bundles (bench/budgets.mjs, which says what each figure means), gzip level 9.
 * `npm test` runs the Node tests after the build; run `npm run build` first when running this file alone.
 * The aim (below the budget) is reported by `npm run bench`, with what stands between the bundle and it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { BUDGETS } from '../../bench/budgets.mjs';
import { gzipSize } from '../../bench/sizes.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

for (const [file, { ceiling, budget, what }] of Object.entries(BUDGETS)) {
  test(`${file} (${what}) is at most ${kb(ceiling)} gzip (target ${kb(budget)})`, () => {
    assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
    const gzip = gzipSize(readFileSync(file));
    assert.ok(
      gzip <= ceiling,
      `${file} is ${gzip} bytes gzip (${kb(gzip)}), over its ceiling of ${ceiling} bytes (${kb(ceiling)}) by ` +
        `${gzip - ceiling} bytes; \`npm run bench\` shows what the bundle is made of`,
    );
    if (gzip > budget) console.log(`# ${file}: ${kb(gzip)} gzip, ${kb(gzip - budget)} over the target of ${kb(budget)}`);
  });
}
