/**
 * custom-elements.json is generated (npm run analyze) and committed: it must match the source, and every
 * public attribute, property, event, CSS part and CSS custom property of our elements must be described.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const OUT = '.cem-check';

function elements(manifest) {
  return manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, modulePath: m.path })),
  );
}

test('custom-elements.json is current with the source (run `npm run analyze`)', () => {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', OUT], {
    stdio: 'pipe',
  });
  const fresh = readFileSync(`${OUT}/custom-elements.json`, 'utf8');
  rmSync(OUT, { recursive: true, force: true });
  const committed = readFileSync('custom-elements.json', 'utf8');
  assert.ok(fresh === committed, 'custom-elements.json is stale: run `npm run analyze` and commit it');
});

test('the manifest declares our elements with their tag names', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = elements(manifest).map((e) => e.tagName).filter(Boolean).sort();
  for (const tag of ['ogv-helpline-banner', 'ogv-quick-exit', 'ogv-report-path', 'ogv-resource-finder']) {
    assert.ok(tags.includes(tag), `${tag} missing from custom-elements.json (add @tagname ${tag} to its class)`);
  }
});

test('every public attribute, property, event, CSS part and CSS custom property has a description', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const missing = [];
  for (const el of elements(manifest)) {
    if (!el.tagName?.startsWith('ogv-')) continue;
    const where = (kind, name) => `${el.tagName} ${kind} ${name}`;
    if (!el.description && !el.summary) missing.push(where('element', el.name));
    for (const a of el.attributes ?? []) if (!a.description) missing.push(where('attribute', a.name));
    for (const m of el.members ?? []) {
      if (m.kind !== 'field' || m.privacy === 'private' || m.privacy === 'protected' || m.static) continue;
      if (m.name.startsWith('_') || m.name.startsWith('#') || m.inheritedFrom) continue;
      if (!m.description) missing.push(where('property', m.name));
    }
    for (const e of el.events ?? []) if (!e.description) missing.push(where('event', e.name));
    for (const p of el.cssParts ?? []) if (!p.description) missing.push(where('CSS part', p.name));
    for (const p of el.cssProperties ?? []) if (!p.description) missing.push(where('CSS custom property', p.name));
  }
  assert.deepEqual(missing, [], `undocumented API:\n${missing.join('\n')}`);
});

test('docs/reference.md is current with custom-elements.json (run `npm run analyze`)', () => {
  execFileSync(process.execPath, ['scripts/reference-doc.mjs', '--check'], { stdio: 'pipe' });
});
