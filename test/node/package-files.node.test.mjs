/**
 * What `npm pack` puts in the tarball (run after `npm run build`): exactly what a user needs, nothing stray.
 * The list comes from `npm pack --dry-run --json`, the same file list `npm publish` uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { BUNDLES, ELEMENTS } from '../../src/elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Files a user of the package needs, each named. */
export const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/register.json',
  'register/README.md',
  'register/examples/local.json',
  'register/register.csv',
  'register/register.json',
  'register/register.schema.json',
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
  'dist/web-types.json',
  'dist/jsx/custom-elements.d.ts',
  'dist/jsx/react.d.ts',
  'dist/jsx/preact.d.ts',
  'dist/types/src/index.d.ts',
  ...BUNDLES.flatMap(({ bundle }) => [`dist/${bundle}.js`, `dist/${bundle}.js.map`]),
  ...ELEMENTS.map(({ entry }) => `dist/types/${entry.replace(/\.ts$/, '.d.ts')}`),
];

/** Type declarations: one for each source module (tsconfig.build.json), and no other. */
function isDeclarationOfASource(path) {
  const match = /^dist\/types\/(src\/.+)\.d\.ts$/.exec(path);
  return Boolean(match) && existsSync(`${match[1]}.ts`);
}

function packedFiles() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [{ files }] = JSON.parse(out);
  return files.map((f) => f.path).sort();
}

test('npm pack ships exactly what a user needs: nothing missing, nothing stray', () => {
  const files = packedFiles();
  const missing = REQUIRED.filter((path) => !files.includes(path));
  assert.deepEqual(missing, [], `missing from the tarball (build first: npm run build):\n${missing.join('\n')}`);
  const stray = files.filter((path) => !REQUIRED.includes(path) && !isDeclarationOfASource(path));
  assert.deepEqual(stray, [], `stray files in the tarball:\n${stray.join('\n')}`);
});

test('every file package.json points at is in the tarball', () => {
  const files = packedFiles();
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types']].filter(Boolean);
  for (const value of Object.values(pkg.exports)) targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
  const missing = targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !files.includes(t));
  assert.deepEqual(missing, [], `package.json points at files the tarball lacks:\n${missing.join('\n')}`);
});
