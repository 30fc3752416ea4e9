/**
 * scripts/locale-subset.mjs: a per-element bundle carries only its own messages, and a bundle without an
 * html`…` message does not import lit-html through its translations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { importClosure, messageIdsOf, subsetTable } from '../../scripts/locale-subset.mjs';

/** A generated locale module as lit-localize writes it, with a translation over two lines. */
const TABLE = `
    import {html} from 'lit';
    import {str} from '@lit/localize';

    export const templates = {
      'h1': html\`Bel <b>\${0}</b>.\`,
's1': \`Een\`,
's2': \`Twee regels,
tweede regel\`,
's3': str\`Drie \${0}\`,
    };
  `;

test('subsetTable keeps the listed messages, whole, and drops the others, whole', () => {
  const kept = subsetTable(TABLE, new Set(['h1', 's2']));
  assert.match(kept, /'h1': html`Bel <b>\$\{0\}<\/b>\.`,/);
  assert.match(kept, /'s2': `Twee regels,\ntweede regel`,/);
  assert.doesNotMatch(kept, /'s1'|'s3'|Een|Drie/);
  assert.match(kept, /^\s*};\s*$/m, 'the table is closed');
});

test('subsetTable drops the lit import when no html`…` message is left, and only then', () => {
  const withHtml = subsetTable(TABLE, new Set(['h1', 's1']));
  assert.match(withHtml, /import \{html\} from 'lit';/);

  const plain = subsetTable(TABLE, new Set(['s1', 's3']));
  assert.doesNotMatch(plain, /from 'lit'/);
  assert.match(plain, /import \{str\} from '@lit\/localize';/, 'the str import stays');
  assert.match(plain, /'s3': str`Drie \$\{0\}`,/);
});

test('importClosure follows relative imports, re-exports and dynamic imports, not packages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'locale-subset-'));
  try {
    const files = {
      'entry.ts': "import { a } from './a.js';\nimport { html } from 'lit';\nexport * from './b.js';\n",
      'a.ts': "const later = () => import('./c.js');\nimport './entry.js';\n",
      'b.ts': 'export const b = 1;\n',
      'c.ts': 'export const c = 1;\n',
      'unused.ts': 'export const unused = 1;\n',
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
    const names = [...importClosure(join(dir, 'entry.ts'))].map((file) => file.slice(dir.length + 1)).sort();
    assert.deepEqual(names, ['a.ts', 'b.ts', 'c.ts', 'entry.ts']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the quick exit's bundle gets its own messages, no other element's, and no lit import", () => {
  const ids = messageIdsOf('src/quick-exit/index.ts');
  assert.ok(ids.has(generateMsgId(['Leave this page'], false)), "the quick exit's label is missing");
  assert.ok(!ids.has(generateMsgId(['Section'], false)), "the finder's filter label is included");
  for (const locale of ['nl', 'fr', 'de']) {
    const table = subsetTable(readFileSync(`src/generated/locales/${locale}.ts`, 'utf8'), ids);
    assert.doesNotMatch(table, /from 'lit'/, `${locale}: lit imported`);
    assert.match(table, new RegExp(`'${generateMsgId(['Leave this page'], false)}':`), `${locale}: label dropped`);
  }
});
